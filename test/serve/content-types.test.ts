/**
 * The preview server names each file's type the way browsers expect, from the
 * `mime-types` table rather than a list of our own: a module script sent as
 * `application/octet-stream` is refused by the browser, and a font or a web
 * app manifest sent that way is ignored.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReloadChannel } from '../../src/serve/live-reload.js';
import { startPreviewServer, type PreviewServer } from '../../src/serve/preview-server.js';

let siteDir: string;
let server: PreviewServer;

beforeAll(async () => {
  siteDir = await mkdtemp(join(tmpdir(), 'logbook-types-'));
  for (const name of ['index.html', 'app.mjs', 'font.woff2', 'site.webmanifest', 'style.css', 'feed.xml', 'data.json', 'icon.svg', 'blob.unknownext']) {
    await writeFile(join(siteDir, name), 'x');
  }
  server = await startPreviewServer({ siteDir, prefix: () => '/journal/', banner: () => '', reload: new ReloadChannel(), host: '127.0.0.1', port: 0 });
});

afterAll(async () => {
  await server?.close();
  await rm(siteDir, { recursive: true, force: true });
});

async function typeOf(name: string): Promise<string | null> {
  const response = await fetch(`${server.origin}/journal/${name}`);
  await response.arrayBuffer();
  return response.headers.get('content-type');
}

describe('content types in the preview', () => {
  it('sends modules, fonts and web app manifests with their own types', async () => {
    expect(await typeOf('app.mjs')).toBe('text/javascript; charset=utf-8');
    expect(await typeOf('font.woff2')).toBe('font/woff2');
    expect(await typeOf('site.webmanifest')).toBe('application/manifest+json; charset=utf-8');
  });

  it('keeps the types the site already had, with UTF-8 for text', async () => {
    expect(await typeOf('')).toBe('text/html; charset=utf-8');
    expect(await typeOf('style.css')).toBe('text/css; charset=utf-8');
    expect(await typeOf('data.json')).toBe('application/json; charset=utf-8');
    expect(await typeOf('icon.svg')).toBe('image/svg+xml');
    expect(await typeOf('feed.xml')).toMatch(/^application\/xml/);
  });

  it('falls back to application/octet-stream for a type nobody knows', async () => {
    expect(await typeOf('blob.unknownext')).toBe('application/octet-stream');
  });
});
