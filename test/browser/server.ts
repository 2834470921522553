// A tiny static file server over the built site, so the browser tests and the bench load the
// exact files a host would serve, without depending on `astro preview` or a dev server.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface StaticServer {
  /** Origin with no trailing slash, e.g. `http://127.0.0.1:41234`. */
  readonly origin: string;
  /** `host:port`, for comparing against request URLs. */
  readonly host: string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.ndjson': 'application/x-ndjson; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ics': 'text/calendar; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
  '.map': 'application/json; charset=utf-8',
  '.zip': 'application/zip',
};

/** Text types a real host would compress; Lighthouse penalises uncompressed text. */
function compressible(type: string): boolean {
  return /^text\/|json|xml|svg|javascript|manifest/.test(type);
}

export function contentType(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** Maps a URL path to a file under root, or null when it would escape root or is malformed. */
function filePath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const full = normalize(join(root, decoded));
  return full === root || full.startsWith(root + sep) ? full : null;
}

async function isDirectory(path: string): Promise<boolean | null> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return null;
  }
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-cache' });
  res.end(body);
}

async function handle(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, 'text/plain; charset=utf-8', 'method not allowed');
    return;
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  let path = filePath(root, url.pathname);
  const dir = path === null ? null : await isDirectory(path);
  if (path === null || dir === null) {
    send(res, 404, 'text/plain; charset=utf-8', 'not found');
    return;
  }
  if (dir) {
    // Pages use relative links under trailingSlash: 'always', so mimic a host's redirect.
    if (!url.pathname.endsWith('/')) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` });
      res.end();
      return;
    }
    path = join(path, 'index.html');
  }
  let body: Buffer;
  try {
    body = await readFile(path);
  } catch {
    send(res, 404, 'text/plain; charset=utf-8', 'not found');
    return;
  }
  const type = contentType(path);
  const gzip = compressible(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  const payload = gzip ? gzipSync(body) : body;
  res.writeHead(200, {
    'content-type': type,
    'content-length': payload.length,
    'cache-control': 'no-cache',
    vary: 'accept-encoding',
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
  });
  res.end(req.method === 'HEAD' ? undefined : payload);
}

/** Serves `dir` on 127.0.0.1 on an ephemeral port. */
export async function startServer(dir: string): Promise<StaticServer> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    handle(root, req, res).catch((e: unknown) => {
      send(res, 500, 'text/plain; charset=utf-8', String(e));
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      ok();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = `127.0.0.1:${String(port)}`;
  return {
    origin: `http://${host}`,
    host,
    close: () =>
      new Promise<void>((ok, fail) => {
        // Keep-alive sockets from Chromium would otherwise hold close() open.
        server.closeAllConnections();
        server.close((e) => {
          if (e) fail(e);
          else ok();
        });
      }),
  };
}
