/**
 * `logbook serve` with a hostile journal and hostile requests: no request
 * path reaches a file outside the preview (the journal, the project, a
 * secret beside it, /etc/passwd), and the findings banner shows hostile text
 * as text.
 */
import { request } from 'node:http';
import { rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/model/types.js';
import { serveJournal, type ServeSession } from '../../src/serve/serve-journal.js';
import { tempProject, writeFiles } from '../helpers/site.js';
import { unsafeParts } from './html-safety.js';

const SECRET = 'SECRET-BESIDE-THE-PROJECT';

/** Send a request with its path exactly as written (fetch would tidy `..` away). */
function rawGet(origin: string, path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path, method: 'GET' }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('logbook serve, attacked', () => {
  let project: string;
  let session: ServeSession;

  beforeAll(async () => {
    project = await tempProject('logbook-hostile-serve-');
    await writeFiles(project, {
      'secret.txt': SECRET,
      'content/journal.yml': 'title: Served\nurl: https://ada.example/journal/\n',
      'content/about.md': '---\n"<script>alert(1)</script>": x\ntitle: About\n---\n# About <img src=x onerror=alert(1)>\n',
      'content/weeks/2026-W47.md': '---\ndraft: true\n---\n## This week I intend to\n- [ ] <script>alert(1)</script> [x](javascript:alert(1))\n',
    });
    symlinkSync(join(project, 'secret.txt'), join(project, 'content', 'leak.md'));
    session = await serveJournal({ contentDir: 'content', cwd: project, host: '127.0.0.1', port: 0, today: '2026-11-24' as IsoDate });
  });

  afterAll(async () => {
    await session?.close();
    rmSync(project, { recursive: true, force: true });
  });

  it.each([
    '/journal/../../../../../../etc/passwd',
    '/journal/..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
    '/journal/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
    '/journal/%252e%252e/%252e%252e/etc/passwd',
    '/journal/..\\..\\..\\..\\..\\..\\etc\\passwd',
    '/journal/....//....//....//etc/passwd',
    '/__logbook/../../../../../../etc/passwd',
    '/journal/%00../../etc/passwd',
    '//etc/passwd',
    '/journal/../../../../../../../../../../../../../..',
  ])('keeps %s inside the preview', async (path) => {
    const { body } = await rawGet(session.url, path);
    expect(body).not.toContain('root:x:0:0');
  });

  it('still serves the preview, also through `..` that stays inside it (so the requests above could have worked)', async () => {
    expect((await rawGet(session.url, '/journal/about/')).status).toBe(200);
    const inside = await rawGet(session.url, '/journal/weeks/../about/');
    expect(inside.status).toBe(200);
    expect(inside.body).toContain('<h1>About');
  });

  it('never serves the journal, the project or what is beside them', async () => {
    const up = '../'.repeat(12);
    for (const target of [`${project.slice(1)}/secret.txt`, `${project.slice(1)}/content/journal.yml`, 'secret.txt', 'leak.md', 'leak/', 'content/journal.yml']) {
      for (const path of [`/journal/${up}${target}`, `/journal/${encodeURIComponent(up + target)}`, `/journal/${target}`]) {
        const { body } = await rawGet(session.url, path);
        expect(body, path).not.toContain(SECRET);
        expect(body, path).not.toContain('title: Served');
      }
    }
  });

  it('shows hostile text in the findings banner as text', async () => {
    const { body } = await rawGet(session.url, '/journal/about/');
    const banner = /<aside id="logbook-findings"[\s\S]*?<\/aside>/.exec(body)?.[0];
    expect(banner).toBeDefined();
    expect(banner).toContain('&lt;script&gt;');
    expect(unsafeParts(banner!, { page: true })).toEqual([]);
  });

  it('renders drafts it shows as safely as the built site', async () => {
    const { status, body } = await rawGet(session.url, '/journal/weeks/2026-W47/');
    expect(status).toBe(200);
    // The preview's one inline script is its live reload.
    const problems = unsafeParts(body, { page: true }).filter((problem) => problem !== '<script>');
    expect(problems).toEqual([]);
    expect(body.match(/<script/g)).toHaveLength(1);
    expect(body).toContain('new EventSource("/__logbook/events")');
  });
});
