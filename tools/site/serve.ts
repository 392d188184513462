// A static server for the site on localhost only (`npm run site:serve`, scripts/serve-site.ts).
// Any web page the user has open can send requests here, so the server answers only GET and HEAD
// for files inside the folder, to a Host that is this machine, and no request, however malformed,
// can stop it.
import { readFile, realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, relative, sep } from 'node:path';

const TYPES = new Map([
  ['.html', 'text/html; charset=utf-8'],
  ['.css', 'text/css; charset=utf-8'],
  ['.js', 'text/javascript; charset=utf-8'],
  ['.woff2', 'font/woff2'],
  ['.txt', 'text/plain; charset=utf-8'],
  ['.svg', 'image/svg+xml'],
  ['.png', 'image/png'],
  ['.json', 'application/json'],
  ['.csv', 'text/csv; charset=utf-8'],
  ['.md', 'text/markdown; charset=utf-8'],
  ['.gz', 'application/gzip'],
]);

const HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  // The pages load only their own files and run no inline script.
  'content-security-policy':
    "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
};

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return !rel.startsWith(`..${sep}`) && rel !== '..' && !rel.startsWith(sep);
}

/** The file a request path names under `root`, or the status that refuses it. */
async function resolveFile(root: string, rawPath: string): Promise<string | number> {
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return 400; // a malformed escape such as %E0%A4%A
  }
  if (path.includes('\0') || path.includes('\\')) return 400;
  const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
  // Compared as paths, not as strings: "/site-private" starts with "/site" but is not inside it.
  if (!inside(root, file)) return 403;
  let real: string;
  try {
    real = await realpath(file);
  } catch {
    return 404;
  }
  if (!inside(root, real)) return 403;
  const stats = await stat(real);
  if (stats.isDirectory()) return resolveFile(root, `${rawPath}/`);
  return stats.isFile() ? real : 404;
}

function handler(root: string, hosts: () => Set<string>) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    const send = (status: number, text: string, extra: Record<string, string> = {}) => {
      res.writeHead(status, { ...HEADERS, 'content-type': 'text/plain; charset=utf-8', ...extra });
      res.end(req.method === 'HEAD' ? undefined : text);
    };
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD')
        return send(405, 'method not allowed', { allow: 'GET, HEAD' });
      // A page on another site that rebinds its own name to 127.0.0.1 still sends its own Host.
      if (!hosts().has(req.headers.host ?? '')) return send(403, 'forbidden host');
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const file = await resolveFile(root, url.pathname);
      if (typeof file === 'number')
        return send(file, file === 400 ? 'bad request' : file === 403 ? 'forbidden' : 'not found');
      const body = await readFile(file);
      res.writeHead(200, {
        ...HEADERS,
        'content-type': TYPES.get(extname(file)) ?? 'application/octet-stream',
        'content-length': body.length,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      if (!res.headersSent) send(500, 'internal error');
      else res.destroy();
    }
  };
}

/** A static server for `dir` on 127.0.0.1; port 0 picks a free one. */
export async function serveSite(dir: string, port = 0): Promise<{ url: string; server: Server }> {
  const root = await realpath(dir);
  let hosts = new Set<string>();
  const server = createServer(handler(root, () => hosts));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  hosts = new Set([`127.0.0.1:${actual}`, `localhost:${actual}`]);
  return { url: `http://127.0.0.1:${actual}/`, server };
}
