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

// Only the routes with dynamic segments can hit the bug; static pages skip the proxy entirely.
export const config = {
  matcher: ['/posts/:path*', '/categories/:path*', '/tags/:path*', '/page/:path*', '/search-text/:path*'],
};
