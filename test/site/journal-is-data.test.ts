/**
 * Eleventy never reads the journal: template syntax in Markdown stays text,
 * front matter cannot choose where a page lands, and code in front matter
 * never runs.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { recordingIo } from '../helpers/io.js';
import { listFiles, readOutput, tempProject, writeFiles } from '../helpers/site.js';

describe('a journal that looks like templates', () => {
  let project: string;
  let code: number;
  let err: string;

  beforeAll(async () => {
    project = await tempProject();
    await writeFiles(project, {
      'content/journal.yml': 'title: T\n',
      'content/about.md': [
        '---',
        'title: About',
        'permalink: ../../escaped.html',
        'layout: ../../../etc/passwd',
        '---',
        'Curly {{ 7 * 7 }} and {% include "base.njk" %} and {{ site.title | upper }}.',
        '',
        '```njk',
        '{% for x in [1,2] %}{{ x }}{% endfor %}',
        '```',
      ].join('\n'),
    });
    const io = recordingIo(project);
    code = await main(['build', '--today', '2026-11-24'], io);
    err = io.err + io.out; // logbook's own messages, then the findings
  });

  it('builds, warning about the keys logbook does not know', () => {
    expect(code).toBe(0);
    expect(err).toContain('frontmatter/unknown-key');
  });

  it('shows template syntax as text instead of running it', async () => {
    const html = await readOutput(join(project, '_site'), 'about/index.html');
    expect(html).toContain('Curly {{ 7 * 7 }} and {% include "base.njk" %} and {{ site.title | upper }}.');
    expect(html).toContain('{% for x in [1,2] %}{{ x }}{% endfor %}');
    expect(html).not.toContain('Curly 49');
  });

  it('puts the page where its file says, whatever its front matter says', async () => {
    expect(await listFiles(join(project, '_site'))).toContain('about/index.html');
    expect(existsSync(join(project, 'escaped.html'))).toBe(false);
    expect(existsSync(join(project, '..', 'escaped.html'))).toBe(false);
  });
});
