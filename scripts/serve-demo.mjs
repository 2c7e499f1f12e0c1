// `npm start` (after the build): serves the demo portal and the CDN build on 127.0.0.1 with no
// dependencies. demo/strict-csp.html is served with `Content-Security-Policy: default-src 'self'`.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const ROOT = resolve('.');
const ALLOWED = ['demo', 'dist'];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

export function createDemoServer() {
  return createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/') {
      response.writeHead(302, { location: '/demo/' });
      return response.end();
    }
    let path = normalize(join(ROOT, decodeURIComponent(url.pathname)));
    const top = path.slice(ROOT.length + 1).split('/')[0];
    if (!path.startsWith(ROOT) || !ALLOWED.includes(top)) {
      response.writeHead(404).end('not found');
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) {
      response.writeHead(404).end('not found');
      return;
    }
    const headers = { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
    if (path.endsWith('strict-csp.html')) headers['content-security-policy'] = "default-src 'self'";
    response.writeHead(200, headers);
    createReadStream(path).pipe(response);
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 5173);
  const server = createDemoServer();
  server.on('error', (error) => {
    if (error.code === 'EADDRINUSE') {
      console.error(`Port ${port} is in use; run with PORT=<another port> npm start`);
      process.exit(1);
    }
    throw error;
  });
  server.listen(port, '127.0.0.1', () => {
    console.log(`\nDemo portal:        http://127.0.0.1:${port}/demo/`);
    console.log(`Strict-CSP page:    http://127.0.0.1:${port}/demo/strict-csp.html`);
    console.log('Press Ctrl+C to stop.');
  });
}
