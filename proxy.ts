import { type NextRequest, NextResponse } from 'next/server';

// Next 16 answers a dynamic segment with malformed percent-encoding (`/tags/%E0%A4%A`) with a 500
// (vercel/next.js#92527); reject such paths as a bad request before routing instead.
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse('Bad Request: malformed URL encoding', { status: 400 });
  }
  return NextResponse.next();
}

// A proxy that runs costs every request it matches a large share of the server's throughput,
// so it runs only where the bug can bite: a path that is NOT valid
// percent-encoded UTF-8. Any path can reach a dynamic segment (app/[...path] serves posts with a
// `permalink:`, app/moved/ every path no page answers), so the matcher is not limited to a prefix.
// The lookahead fails when the rest of the path is a run of plain characters and well-formed UTF-8 byte sequences (RFC 3629, the grammar decodeURIComponent
// accepts: no overlongs, no surrogates, nothing above U+10FFFF), so valid paths such as
// `/tags/%E7%9F%A5%E4%B9%8E` never enter the proxy. Next tests the matcher against the raw path and
// against its decoded form; a malformed path cannot be decoded, so only the raw form is tested.
// lib/proxy-matcher.test.ts checks this matcher against decodeURIComponent on random paths. Next
// reads `config` statically, so the pattern must stay one literal.
export const config = {
  matcher: [
    '/:rest((?!(?:[^%]|%[0-7][0-9A-Fa-f]|%[Cc][2-9A-Fa-f]%[89ABab][0-9A-Fa-f]|%[Dd][0-9A-Fa-f]%[89ABab][0-9A-Fa-f]|%[Ee]0%[ABab][0-9A-Fa-f]%[89ABab][0-9A-Fa-f]|%[Ee][1-9A-Ca-c]%[89ABab][0-9A-Fa-f]%[89ABab][0-9A-Fa-f]|%[Ee][Dd]%[89][0-9A-Fa-f]%[89ABab][0-9A-Fa-f]|%[Ee][EFef]%[89ABab][0-9A-Fa-f]%[89ABab][0-9A-Fa-f]|%[Ff]0%[9ABab][0-9A-Fa-f]%[89ABab][0-9A-Fa-f]%[89ABab][0-9A-Fa-f]|%[Ff][1-3]%[89ABab][0-9A-Fa-f]%[89ABab][0-9A-Fa-f]%[89ABab][0-9A-Fa-f]|%[Ff]4%8[0-9A-Fa-f]%[89ABab][0-9A-Fa-f]%[89ABab][0-9A-Fa-f])*$).*)',
  ],
};
