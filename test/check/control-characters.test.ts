/** `text/control-character`: each stray control character reported where it is, by name. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadJournal } from '../../src/journal.js';
import { listFindings } from '../../src/report/findings-list.js';
import { describeCharacter, findControlCharacters } from '../../src/util/control-characters.js';
import { FIXTURE_TODAY } from '../helpers/fixtures.js';
import { tempProject, writeFiles } from '../helpers/site.js';

const GOAL = `---
title: "Learn\u0085 Go"
due: 2026-12-31
---

## Specific
Write a CLI\u001b[31m in Go.

## Measurable
Ship it.\u000b Done.

## Achievable
Two evenings a week.

## Relevant
My team uses Go.
`;

describe('control characters', () => {
  it('reports each kind at its line and column, in Markdown bodies, front matter and journal.yml', async () => {
    const project = await tempProject();
    await writeFiles(join(project, 'content'), {
      'journal.yml': 'title: My journal\ndescription: "tab\tis fine, \u007f is not"\n',
      'goals/go.md': GOAL,
      // Lone CR and CRLF line ends count as line ends; the noncharacters are reported too.
      'weeks/2026-W47.md': '---\r\nweek: 2026-W47\r\n---\r\n\r\n## This week I intend to\r- [ ] x \uffff y\r\n\r\n## Reflection\nok\u009b\ufffe\n',
    });
    const loaded = await loadJournal({ contentDir: 'content', cwd: project, today: FIXTURE_TODAY });
    const found = listFindings(loaded.files).filter((finding) => finding.rule === 'text/control-character');
    expect(found.map((f) => `${f.file}:${f.line}:${f.column} ${f.severity}`)).toEqual([
      'content/goals/go.md:2:14 error',
      'content/goals/go.md:7:12 error',
      'content/goals/go.md:10:9 error',
      'content/journal.yml:2:28 error',
      'content/weeks/2026-W47.md:6:9 error',
      'content/weeks/2026-W47.md:9:3 error',
      'content/weeks/2026-W47.md:9:4 error',
    ]);
    const messages = found.map((f) => f.message);
    expect(messages[0]).toContain('U+0085 NEXT LINE');
    expect(messages[1]).toContain('U+001B ESCAPE');
    expect(messages[2]).toContain('U+000B LINE TABULATION');
    expect(messages[3]).toContain('U+007F DELETE');
    expect(messages[4]).toContain('U+FFFF NONCHARACTER');
    expect(messages[5]).toContain('U+009B CONTROL SEQUENCE INTRODUCER');
    for (const message of messages) expect(message).toMatch(/delete it/);
  });

  it('leaves tab, line feed and carriage return alone, and counts columns in characters', () => {
    expect(findControlCharacters('a\tb\r\nc\rd\ne')).toEqual([]);
    expect(findControlCharacters('😀é\u0007')).toEqual([{ line: 1, column: 3, code: 7 }]);
    expect(describeCharacter(0x1b)).toBe('U+001B ESCAPE');
    expect(describeCharacter(0x0b)).toBe('U+000B LINE TABULATION');
  });

  it('reports at most 20 in one file, saying there are more', async () => {
    const project = await tempProject();
    await writeFiles(join(project, 'content'), { 'journal.yml': 'title: J\n', 'about.md': `# About\n\n${'\u001b'.repeat(50)}\n` });
    const loaded = await loadJournal({ contentDir: 'content', cwd: project, today: FIXTURE_TODAY });
    const found = listFindings(loaded.files).filter((finding) => finding.rule === 'text/control-character');
    expect(found).toHaveLength(20);
    expect(found.at(-1)!.message).toContain('There are more after this one.');
  });
});
