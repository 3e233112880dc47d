// A loopback static server for fixture pages; optional headers (e.g. a strict CSP) per server.

import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.xhtml': 'application/xhtml+xml; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/**
 * Serves files under `root`, plus any in-memory `routes` (path → { body, type }).
 * Returns { url(path), close(), setRoute(path, body, type) }.
 */
export async function serve(root, { headers = {}, routes = {} } = {}) {
  const memory = new Map(Object.entries(routes));
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const hit = memory.get(path);
    try {
      if (hit) {
        res.writeHead(200, { 'content-type': hit.type ?? types['.html'], ...headers });
        res.end(hit.body);
        return;
      }
      const file = normalize(join(base, path.endsWith('/') ? `${path}index.html` : path));
      if (!file.startsWith(base) || !(await stat(file)).isFile()) throw new Error('not found');
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', ...headers });
      res.end(await readFile(file));
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    url: (p) => `http://127.0.0.1:${port}${p.startsWith('/') ? p : `/${p}`}`,
    setRoute: (p, body, type) => memory.set(p, { body, type }),
    close: () => new Promise((ok) => server.close(ok)),
  };
}
