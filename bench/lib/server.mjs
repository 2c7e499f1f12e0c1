// A static server on 127.0.0.1 (random port) for the bench pages, their builds, dist/ and the
// peers' stylesheets in node_modules. It counts requests per path, which the one-dataset-request
// assertion reads. Everything is sent `no-store`: each fresh page fetches and compiles anew.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * The page every run loads. Its inline module fetches the page's data once and parses it (not
 * timed), then imports the page's bundle, whose first module starts the clock.
 */
function pageHtml({ entry, css, data }) {
  const links = css.map((href) => `<link rel="stylesheet" href="${href}">`).join('\n');
  const load = data ? `globalThis.__benchData = await (await fetch(${JSON.stringify(data)})).json();` : '';
  return `<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>bench</title>
${links}
<style>body{margin:0;font-family:system-ui,sans-serif}#root{display:flex;flex-wrap:wrap;gap:8px;padding:8px}#root>*{flex:0 0 auto}#root>wfp-program-card,#root>wfp-staffing-table,#root>wfp-facility-locator,#root>wfp-program-list{flex:1 1 100%}</style>
<script>globalThis.__benchDone = new Promise((resolve) => (globalThis.__benchResolve = resolve));</script>
</head>
<body>
<main id="root"></main>
<script type="module">
try {
  ${load}
  await import(${JSON.stringify(entry)});
} catch (error) {
  globalThis.__benchResolve({ ok: false, error: String(error && error.stack || error) });
}
</script>
</body>
</html>`;
}

/**
 * mounts: URL prefix → directory. `/page.html?entry=…&css=…&data=…` renders the page template;
 * other query parameters are left for the page's own script.
 */
export function startServer(mounts) {
  const counts = new Map();
  const roots = Object.entries(mounts).map(([prefix, dir]) => [prefix, resolve(dir)]);
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    counts.set(url.pathname, (counts.get(url.pathname) ?? 0) + 1);
    const headers = { 'cache-control': 'no-store' };
    if (url.pathname === '/page.html') {
      const body = pageHtml({ entry: url.searchParams.get('entry'), css: url.searchParams.getAll('css'), data: url.searchParams.get('data') });
      response.writeHead(200, { ...headers, 'content-type': TYPES['.html'] });
      return response.end(body);
    }
    if (url.pathname === '/favicon.ico') {
      response.writeHead(204, headers);
      return response.end();
    }
    const mount = roots.find(([prefix]) => url.pathname.startsWith(prefix));
    if (!mount) {
      response.writeHead(404, headers);
      return response.end('not found');
    }
    const [prefix, dir] = mount;
    const file = normalize(join(dir, decodeURIComponent(url.pathname.slice(prefix.length))));
    if (!file.startsWith(dir)) {
      response.writeHead(403, headers);
      return response.end('forbidden');
    }
    let size;
    try {
      const stat = statSync(file);
      if (!stat.isFile()) throw new Error('not a file');
      size = stat.size;
    } catch {
      response.writeHead(404, headers);
      return response.end('not found');
    }
    response.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': size });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolvePromise) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolvePromise({
        origin: `http://127.0.0.1:${port}`,
        /** Requests seen for a path since the last reset. */
        count: (path) => counts.get(path) ?? 0,
        resetCounts: () => counts.clear(),
        close: () => new Promise((done) => server.close(done)),
      });
    });
  });
}
