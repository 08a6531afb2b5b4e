// Serves the repository (demo/, dist/, data/) on localhost and prints the demo's URL.
// Usage: node scripts/serve.mjs [--port N]   (or PORT=N)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.csv': 'text/csv; charset=utf-8',
};

/** Starts the server; resolves to its base URL. */
export async function serve(port = Number(process.env.PORT ?? 8000), host = '127.0.0.1', options = {}) {
  // The benchmark page loads its peers' builds straight from node_modules.
  const allowed = options.nodeModules ?? [];
  // Extra response headers, e.g. a Content-Security-Policy for the strict-page test.
  const extraHeaders = options.headers ?? {};
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = normalize(decodeURIComponent(url.pathname));
    if (path === '/' || path === '/demo') path = '/demo/index.html';
    const file = join(root, path);
    const vendored = allowed.some((prefix) => path.startsWith(`/node_modules/${prefix}/`));
    if (!file.startsWith(root) || (!vendored && /[\\/](node_modules|\.git)([\\/]|$)/.test(path))) {
      res.writeHead(404).end('Not found');
      return;
    }
    try {
      const info = await stat(file);
      const target = info.isDirectory() ? join(file, 'index.html') : file;
      const body = await readFile(target);
      res.writeHead(200, { 'Content-Type': types[extname(target)] ?? 'application/octet-stream', 'Cache-Control': 'no-store', ...extraHeaders });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    }
  });
  for (let p = port; p < port + 20; p++) {
    const ok = await new Promise((done) => {
      server.once('error', () => done(false));
      server.listen(p, host, () => done(true));
    });
    if (ok) return { server, url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${p}/` };
  }
  throw new Error(`no free port from ${port} to ${port + 19}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--port');
  const { url } = await serve(i > 0 ? Number(process.argv[i + 1]) : undefined);
  console.log(`\nThe demo is at ${url}demo/   (Ctrl+C stops the server)\n`);
}
