// Starts one Vercel function copied out of `.vercel/output` (scripts/vercel-check.ts) and asks it a
// few requests, as plain Node with no loader, since its launcher changes the working folder and
// loads what the function ships. Prints one line `@@answers <json>`.
//   node vercel-invoke.cjs <function dir> <handler> <output dir> <asks json> <node|web>
// A Node handler is served over HTTP with `x-matched-path`, as Vercel calls it; a request for a path
// the CDN serves (a prerender fallback or a static file: the 404 page a function fetches) is
// answered from the output, as the CDN would. A web handler (the proxy) gets a Request.
const http = require('node:http');
const fs = require('node:fs');
const path = require('node:path');

const [dir, handler, outputDir, asksJson, kind] = process.argv.slice(2);
const asks = JSON.parse(asksJson);
const fn = require(path.join(dir, handler));

async function answer(ask, response) {
  return {
    ...ask,
    status: response.status,
    location: response.headers.get('location'),
    type: response.headers.get('content-type'),
    next: response.headers.get('x-middleware-next'),
    body: (await response.text()).slice(0, 4000),
  };
}

function report(answers) {
  process.stdout.write(`\n@@answers ${JSON.stringify(answers)}\n`);
  process.exit(0);
}

function fromCdn(pathname) {
  const name = decodeURIComponent(pathname).replace(/^\/+|\/+$/g, '') || 'index';
  const config = path.join(outputDir, 'functions', `${name}.prerender-config.json`);
  if (fs.existsSync(config)) {
    const c = JSON.parse(fs.readFileSync(config, 'utf8'));
    if (c.fallback) {
      const body = fs.readFileSync(path.join(path.dirname(config), c.fallback.fsPath));
      return { status: c.initialStatus || 200, body };
    }
  }
  const file = path.join(outputDir, 'static', `${name}.html`);
  return fs.existsSync(file) ? { status: 200, body: fs.readFileSync(file) } : null;
}

async function main() {
  const answers = [];
  if (kind === 'web') {
    for (const ask of asks)
      answers.push(await answer(ask, await fn(new Request(`http://127.0.0.1${ask.url}`))));
    return report(answers);
  }
  const server = http.createServer((req, res) => {
    const hit = req.headers['x-matched-path'] ? null : fromCdn(new URL(req.url, 'http://x').pathname);
    if (!hit) return fn(req, res);
    res.writeHead(hit.status, { 'content-type': 'text/html; charset=utf-8' });
    res.end(hit.body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  for (const ask of asks) {
    // As Vercel calls a function: the route it matched and the host the visitor asked for.
    const headers = {
      'x-matched-path': ask.matched,
      'x-forwarded-host': origin.slice('http://'.length),
      'x-forwarded-proto': 'http',
    };
    answers.push(await answer(ask, await fetch(origin + ask.url, { redirect: 'manual', headers })));
  }
  report(answers);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
