/**
 * `logbook serve` asked by another site: a request whose `Host` is a name
 * other than this computer (what a DNS-rebinding page sends) gets nothing of
 * the journal, the live-reload stream refuses other origins, and no redirect
 * leaves the preview.
 */
import { request } from 'node:http';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/model/types.js';
import { isAllowedHost } from '../../src/serve/request-guard.js';
import { serveJournal, type ServeSession } from '../../src/serve/serve-journal.js';
import { tempProject, writeFiles } from '../helpers/site.js';

const PRIVATE = 'PRIVATE-DIARY-ZEBRA';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * One GET with the path and headers exactly as given (`host: null` sends no
 * Host header). The live-reload stream never ends, so the body is read only
 * until its first bytes.
 */
function rawGet(origin: string, path: string, headers: Record<string, string | null> = {}): Promise<RawResponse> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path, method: 'GET', setHost: false }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      const done = () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body });
      response.on('data', (chunk: string) => {
        body += chunk;
        if (String(response.headers['content-type']).startsWith('text/event-stream')) {
          req.destroy();
          done();
        }
      });
      response.on('end', done);
    });
    const all: Record<string, string | null> = { host: `${hostname}:${port}`, ...headers };
    for (const [name, value] of Object.entries(all)) if (value !== null) req.setHeader(name, value);
    req.on('error', reject);
    req.end();
  });
}

describe('logbook serve, asked by another site', () => {
  let project: string;
  let session: ServeSession;
  let port: string;

  beforeAll(async () => {
    project = await tempProject('logbook-serve-hosts-');
    await writeFiles(project, {
      // Prefix `/`: where `//goals/` would be another site.
      'content/journal.yml': 'title: Served\nurl: https://ada.example/\n',
      'content/about.md': '# About\n',
      'content/private/diary.md': `# Diary\n\n${PRIVATE}\n`,
    });
    session = await serveJournal({ contentDir: 'content', cwd: project, host: '127.0.0.1', port: 0, today: '2026-11-24' as IsoDate });
    port = new URL(session.url).port;
  });

  afterAll(async () => {
    await session?.close();
    rmSync(project, { recursive: true, force: true });
  });

  it('serves the private entry to a loopback name (so the refusals below are real)', async () => {
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, 'localhost', `[::1]:${port}`, '127.0.0.2:9999', `LOCALHOST:${port}`]) {
      const { status, body } = await rawGet(session.url, '/diary/', { host });
      expect(status, host).toBe(200);
      expect(body, host).toContain(PRIVATE);
    }
  });

  it.each([
    ['a foreign name', `evil.example:${port}`],
    ['a foreign name without a port', 'evil.example'],
    ['a name under localhost', `evil.localhost:${port}`],
    ['localhost with a trailing dot', `localhost.:${port}`],
    ['a name that starts like localhost', `localhost.evil.example:${port}`],
    ['an address outside 127/8', `128.0.0.1:${port}`],
    ['a malformed Host', `127.0.0.1:${port}@evil.example`],
    ['no Host at all', null],
  ])('refuses %s, with none of the journal in the answer', async (_, host) => {
    for (const path of ['/diary/', '/', '/about/', '/404.html', '/__logbook/events']) {
      const { status, body } = await rawGet(session.url, path, { host });
      // Node itself answers 400 to a request without a Host.
      expect(status, path).toBe(host === null ? 400 : 421);
      expect(body, path).not.toContain(PRIVATE);
      expect(body, path).not.toContain('Served');
      expect(body, path).not.toContain('<');
    }
  });

  it('opens the live-reload stream to the same origin only', async () => {
    const host = `localhost:${port}`;
    expect((await rawGet(session.url, '/__logbook/events', { host })).status).toBe(200);
    const same = await rawGet(session.url, '/__logbook/events', { host, origin: `http://${host}` });
    expect(same.status).toBe(200);
    expect(same.body).toContain(': connected');
    for (const origin of ['http://evil.example', `http://127.0.0.1:${port}`, `https://${host}`, 'null']) {
      const other = await rawGet(session.url, '/__logbook/events', { host, origin });
      expect(other.status, origin).toBe(403);
      expect(other.headers['content-type'], origin).toBe('text/plain; charset=utf-8');
    }
  });

  it.each(['/%2Fdiary', '/%2Fabout', '/%2F%2Fevil.com', '/\\evil.com', '/%5Cevil.com', '/%5C%5Cevil.com', '//evil.com', '/%2Fevil.com%2F', '/%09/evil.com', '/about/%2F%2Fevil.com'])(
    'never redirects %s out of the preview',
    async (path) => {
      const { status, headers } = await rawGet(session.url, path);
      const location = headers.location as string | undefined;
      if (location !== undefined) {
        expect(location).toMatch(/^\/(?![/\\])/);
        expect(location).not.toMatch(/^[a-z][a-z0-9+.-]*:/i);
      }
      expect([302, 404]).toContain(status);
    },
  );

  it('still redirects a folder without its slash to the folder', async () => {
    const { status, headers } = await rawGet(session.url, '/diary');
    expect(status).toBe(302);
    expect(headers.location).toBe('/diary/');
  });
});

describe('the hosts the preview answers', () => {
  it('takes the --host name and, when listening everywhere, only this computer’s addresses', () => {
    expect(isAllowedHost('mybox.lan:8080', 'mybox.lan')).toBe(true);
    expect(isAllowedHost('other.lan:8080', 'mybox.lan')).toBe(false);
    expect(isAllowedHost('[fe80::1]:8080', 'fe80::1')).toBe(true);
    expect(isAllowedHost('203.0.113.7:8080', '0.0.0.0')).toBe(false);
    expect(isAllowedHost('evil.example', '0.0.0.0')).toBe(false);
    expect(isAllowedHost('127.0.0.1:8080', '0.0.0.0')).toBe(true);
  });
});
