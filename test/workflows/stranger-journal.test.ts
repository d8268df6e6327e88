/**
 * The path a learner's fork takes on GitHub, run by hand on a journal nobody
 * on the team wrote (test/fixtures/stranger-journal: SMART sections, weeks in
 * a sub-folder, no `url` in journal.yml): the Pages workflow's own commands,
 * read from pages.yml, with the address the Pages step would give. The site's
 * feed, sitemap, robots.txt and calendar hold only absolute addresses under it.
 */
import { cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main } from '../../src/cli/main.js';
import { recordingIo } from '../helpers/io.js';
import { listFiles, tempProject } from '../helpers/site.js';
import { strictXml } from '../helpers/strict-xml.js';
import { siteFileOf } from '../../src/model/content-paths.js';

const STRANGER = join(import.meta.dirname, '..', 'fixtures', 'stranger-journal', 'content');
const WORKFLOW = join(import.meta.dirname, '..', '..', '.github', 'workflows', 'pages.yml');
/** What actions/configure-pages reports as base_url for a project site (no trailing slash). */
const BASE_URL = 'https://kenji.github.io/smart-goals';
const TODAY = '2026-11-24';

/** The workflow's `npx logbook …` commands, as argument lists, with its environment filled in. */
async function workflowCommands(): Promise<string[][]> {
  const steps: { run?: string; env?: Record<string, string> }[] = parse(await readFile(WORKFLOW, 'utf8')).jobs.build.steps;
  return steps
    .filter((step) => step.run?.startsWith('npx logbook '))
    .map((step) => {
      const env: Record<string, string> = { SITE_URL: BASE_URL };
      for (const [name, value] of Object.entries(step.env ?? {})) env[name] = value.includes('base_url') ? BASE_URL : value;
      const words = step.run!.slice('npx logbook '.length).split(' ');
      return words.map((word) => word.replace(/^"\$([A-Z_]+)"$/, (_, name: string) => env[name] ?? `unset ${name}`));
    });
}

describe("a stranger's journal, published by the Pages workflow's steps", () => {
  let project: string;
  const outputs: { argv: string[]; code: number; out: string; err: string }[] = [];

  beforeAll(async () => {
    project = await tempProject('logbook-stranger-');
    await cp(STRANGER, join(project, 'content'), { recursive: true });
    for (const argv of await workflowCommands()) {
      const io = recordingIo(project);
      const code = await main([...argv, '--today', TODAY], io);
      outputs.push({ argv, code, out: io.out, err: io.err });
    }
  });

  it('runs check, then build with the Pages address, and both succeed', () => {
    expect(outputs.map(({ argv }) => argv[0])).toEqual(['check', 'build']);
    expect(outputs[1]!.argv).toEqual(['build', '--url', BASE_URL]);
    for (const { code, err } of outputs) {
      expect(code, err).toBe(0);
      expect(err).toBe('');
    }
    // Annotations only for what the journal really has (one carried-over intention), no journal/no-url.
    expect(outputs[0]!.out).toMatch(/^::warning file=content\/weeks\/2026\/2026-W46\.md,line=\d+/);
    expect(outputs[1]!.out).not.toContain('journal/no-url');
    expect(outputs[1]!.out).toContain('path prefix /smart-goals/');
  });

  it('writes the feed, sitemap, robots.txt and calendar with absolute addresses under the Pages address only', async () => {
    const site = join(project, '_site');
    const files = await listFiles(site);
    for (const name of ['feed.xml', 'sitemap.xml', 'robots.txt', 'calendar.ics']) expect(files).toContain(name);

    const feed = await readFile(join(site, 'feed.xml'), 'utf8');
    const sitemap = await readFile(join(site, 'sitemap.xml'), 'utf8');
    const feedElements = strictXml(feed);
    const sitemapElements = strictXml(sitemap);
    const locs = sitemapElements.filter((element) => element.name === 'loc').map((element) => element.text);
    const addresses = [
      ...feedElements.filter((element) => element.name === 'id' || element.name === 'uri').map((element) => element.text),
      ...feedElements.filter((element) => element.name === 'link').map((element) => element.attributes.href!),
      ...locs,
      ...(await readFile(join(site, 'robots.txt'), 'utf8')).split('\n').filter((line) => line.startsWith('Sitemap: ')).map((line) => line.slice('Sitemap: '.length)),
    ];
    const calendar = new ICAL.Component(ICAL.parse(await readFile(join(site, 'calendar.ics'), 'utf8')));
    const events = calendar.getAllSubcomponents('vevent');
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) addresses.push(String(event.getFirstPropertyValue('url')));

    expect(addresses.length).toBeGreaterThan(10);
    for (const address of addresses) expect(address).toMatch(/^https:\/\/kenji\.github\.io\/smart-goals\//);
    // Every page the sitemap names was written.
    for (const loc of locs) {
      const path = loc.slice(`${BASE_URL}/`.length);
      expect(files, loc).toContain(siteFileOf(`/${path}`));
    }
  });
});
