/**
 * The HTTP side of `serve`: the preview folder under the journal's path
 * prefix (as GitHub Pages will serve it), `/` redirected to the prefix, the
 * findings banner and the reload script put into every HTML page as it is
 * sent, and the site's own 404 page for anything missing.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { contentType } from 'mime-types';
import { EVENTS_PATH, RELOAD_SCRIPT, type ReloadChannel } from './live-reload.js';
import { isAllowedHost, isSameOrigin } from './request-guard.js';
import { siteFileOf } from '../model/content-paths.js';

export interface PreviewServerOptions {
  siteDir: string;
  /** The current path prefix (`/journal/`); read on every request, since journal.yml may change it. */
  prefix: () => string;
  /** The banner to put at the top of every page (empty when the journal is clean). */
  banner: () => string;
  reload: ReloadChannel;
  host: string;
  port: number;
}

export interface PreviewServer {
  /** `http://127.0.0.1:8080` (no prefix). */
  origin: string;
  close(): Promise<void>;
}

/** Start serving; resolves once listening. */
export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const server = createServer((request, response) => {
    respond(request, response, options).catch(() => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' });
      response.end('logbook serve: could not read that file.');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return { origin: `http://${host}:${port}`, close: () => closeServer(server, options.reload) };
}

async function respond(request: IncomingMessage, response: ServerResponse, options: PreviewServerOptions): Promise<void> {
  // Another name for this computer: a page of another site may be asking (see request-guard.ts).
  if (!isAllowedHost(request.headers.host, options.host)) {
    return refuse(response, 421, 'logbook serve answers only to localhost, 127.0.0.1, [::1] and the --host name.');
  }
  // Appended, not resolved: `//x` and `/\x` are paths here, never another host.
  const target = request.url ?? '/';
  const path = target.startsWith('/') ? decodePath(new URL(`http://localhost${target}`).pathname) : undefined;
  if (path === EVENTS_PATH) {
    if (!isSameOrigin(request.headers.origin, request.headers.host)) return refuse(response, 403, 'logbook serve: live reload is only for pages of this preview.');
    return options.reload.attach(response);
  }
  const prefix = options.prefix();
  // `//x` and `\x` would make a redirect leave the preview (a browser reads `//x/` as another site).
  if (path === undefined || !path.startsWith(prefix) || /\/\/|\\/.test(path)) {
    if (path === '/' || path === prefix.slice(0, -1)) return redirect(response, prefix);
    return notFound(response, options);
  }
  const relativePath = path.slice(prefix.length);
  const file = await findFile(options.siteDir, relativePath);
  if (!file) {
    if (!relativePath.endsWith('/') && (await findFile(options.siteDir, `${relativePath}/`))) return redirect(response, `${path}/`);
    return notFound(response, options);
  }
  await send(response, file, 200, options);
}

async function findFile(siteDir: string, relativePath: string): Promise<string | undefined> {
  const target = normalize(join(siteDir, siteFileOf(`/${relativePath}`)));
  if (target !== siteDir && !target.startsWith(siteDir.endsWith(sep) ? siteDir : siteDir + sep)) return undefined;
  try {
    return (await stat(target)).isFile() ? target : undefined;
  } catch {
    return undefined;
  }
}

async function send(response: ServerResponse, file: string, status: number, options: PreviewServerOptions): Promise<void> {
  // The type from mime-db by the file's extension (with `charset=utf-8` for text); unknown ones as bytes.
  const type = contentType(extname(file)) || 'application/octet-stream';
  let body: Buffer | string = await readFile(file);
  if (type.startsWith('text/html')) body = injectPreview(body.toString('utf8'), options.banner());
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  response.end(body);
}

/** The banner right after `<body>` (so it is read first) and the reload script before `</body>`. */
export function injectPreview(html: string, banner: string): string {
  const withBanner = banner ? afterBodyTag(html, banner) : html;
  return withBanner.includes('</body>') ? withBanner.replace('</body>', `${RELOAD_SCRIPT}\n</body>`) : withBanner + RELOAD_SCRIPT;
}

/**
 * Insert text right after the first `<body …>` tag (found with indexOf: the
 * pattern `/<body([^>]*)>/` is quadratic on a page of unclosed `<body`).
 */
function afterBodyTag(html: string, text: string): string {
  const start = html.indexOf('<body');
  const end = start === -1 ? -1 : html.indexOf('>', start + 5);
  return end === -1 ? html : `${html.slice(0, end + 1)}\n${text}${html.slice(end + 1)}`;
}

async function notFound(response: ServerResponse, options: PreviewServerOptions): Promise<void> {
  const page = await findFile(options.siteDir, '404.html');
  if (page) return send(response, page, 404, options);
  // No page has been built yet (the journal had errors from the start): the findings are the page.
  const html = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>logbook serve</title></head><body><main><h1>Nothing to show yet</h1><p>Fix the findings above and save: this page reloads by itself.</p></main></body></html>';
  response.writeHead(404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  response.end(injectPreview(html, options.banner()));
}

/** Redirect within the preview: `location` is a decoded path that starts with one `/` (anything else is refused). */
function redirect(response: ServerResponse, location: string): void {
  if (!/^\/(?![/\\])/.test(location) || location.includes('\\')) return refuse(response, 404, 'Not found.');
  // Encoded segment by segment, so the header holds a path and only a path.
  response.writeHead(302, { location: location.split('/').map(encodeURIComponent).join('/') });
  response.end();
}

function refuse(response: ServerResponse, status: number, message: string): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  response.end(`${message}\n`);
}

function decodePath(path: string): string | undefined {
  try {
    const decoded = decodeURIComponent(path);
    return decoded.includes('\0') ? undefined : decoded;
  } catch {
    return undefined;
  }
}

function closeServer(server: Server, reload: ReloadChannel): Promise<void> {
  reload.close();
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
