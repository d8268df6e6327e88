/**
 * A tiny static file server for the browser tests: serves a built site on
 * loopback under its path prefix, the way GitHub Pages serves a project
 * site. Anything outside the prefix, or missing, is a 404 with the site's
 * own 404 page, so a broken link shows up as a failed request.
 *
 * One server is shared by every browser test file (`browser-global-setup.ts`).
 * A request may carry a client tag (`CLIENT_HEADER`); what each client missed
 * can be read back at `MISSES_PATH?client=…`, outside the site.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { contentType } from 'mime-types';
import { siteFileOf } from '../../src/model/content-paths.js';

/** The request header a test's browser context sends to say whose requests they are. */
export const CLIENT_HEADER = 'x-test-client';

/** Where the paths one client asked for and did not get are listed, as JSON (answered before the prefix is looked at). */
export const MISSES_PATH = '/__test-misses__';

export interface StaticServer {
  /** The site's root URL, prefix included, e.g. `http://127.0.0.1:41234/journal/`. */
  url: string;
  /** Every path that was asked for and not found. */
  misses: string[];
  close(): Promise<void>;
}

export interface ServeOptions {
  /** The built site folder. */
  root: string;
  /** The path prefix, `/journal/` or `/`. */
  prefix: string;
}

/** Serve `root` under `prefix` on 127.0.0.1 at a free port. */
export async function serveStatic(options: ServeOptions): Promise<StaticServer> {
  const { root, prefix } = options;
  const misses: string[] = [];
  const missesByClient = new Map<string, string[]>();
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === MISSES_PATH) {
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      response.end(JSON.stringify(missesByClient.get(url.searchParams.get('client') ?? '') ?? []));
      return;
    }
    const client = request.headers[CLIENT_HEADER];
    void respond(request.url ?? '/').then(({ status, type, body, location }) => {
      if (status === 404) {
        misses.push(request.url ?? '/');
        if (typeof client === 'string') missesByClient.set(client, [...(missesByClient.get(client) ?? []), request.url ?? '/']);
      }
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...(location ? { location } : {}) });
      response.end(request.method === 'HEAD' ? undefined : body);
    });
  });

  async function respond(rawUrl: string): Promise<{ status: number; type: string; body: Buffer; location?: string }> {
    const path = decodeURIComponent(new URL(rawUrl, 'http://localhost').pathname);
    if (path.startsWith(prefix)) {
      const inside = path.slice(prefix.length);
      const file = await findFile(inside);
      if (file) return { status: 200, type: contentType(extname(file)) || 'application/octet-stream', body: await readFile(file) };
      // A folder asked for without its slash: GitHub Pages redirects to it.
      if (!inside.endsWith('/') && (await findFile(`${inside}/`))) return { status: 301, type: 'text/plain', body: Buffer.from(''), location: `${path}/` };
    }
    const notFound = await readFile(join(root, '404.html')).catch(() => Buffer.from('Not found'));
    return { status: 404, type: 'text/html; charset=utf-8', body: notFound };
  }

  /** The file of a path inside the prefix, as the site's URL scheme maps it (see siteFileOf). */
  async function findFile(inside: string): Promise<string | undefined> {
    const file = normalize(join(root, siteFileOf(`/${inside}`)));
    if (!file.startsWith(root + sep)) return undefined;
    return (await stat(file).catch(() => undefined))?.isFile() ? file : undefined;
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    misses,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
