/**
 * Findings printed in a terminal cannot drive it: escape sequences, carriage
 * returns and bidirectional overrides from a journal (in key names, file
 * names, intentions) are shown as visible marks. JSON and GitHub output
 * escape them in their own ways.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { printable } from '../../src/report/printable.js';
import { recordingIo } from '../helpers/io.js';
import { makeTempDir, writeFolder } from './journal-folder.js';

const ESC = '\u001b';
const root = makeTempDir('logbook-terminal-');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const content = join(root, 'content');
writeFolder(content, {
  'journal.yml': 'title: Terminal\n',
  // A key that clears the line and moves the cursor up, hiding the findings printed before it.
  'about.md': '---\n"\\e[2K\\e[1Ahidden\\e]0;pwned\\a": x\ntitle: About\n---\n# About\n',
  [`pages/bad${ESC}[31mname.md`]: '# A name with an escape sequence\n',
  // The same unchecked intention two weeks running: the carried-over finding quotes it.
  'weeks/2026-W09.md': `## This week I intend to\n- [ ] read \u202Eesrever\u202C and ${ESC}[8mhide\r\n`,
  'weeks/2026-W10.md': `## This week I intend to\n- [ ] read \u202Eesrever\u202C and ${ESC}[8mhide\r\n`,
});

/** Escape sequences logbook itself prints when colouring (SGR only). */
const OWN_COLOURS = new RegExp(`${ESC}\\[[0-9;]*m`, 'g');

describe('findings in a terminal', () => {
  for (const color of [false, true]) {
    it(`show control characters as marks (color: ${color})`, async () => {
      const io = recordingIo(root);
      io.color = color;
      const code = await main(['check', '--today', '2026-11-24'], io);
      // The escape sequences in the weeks' text are errors (text/control-character); the file named with one is left out (file/unsafe-name).
      expect(code).toBe(1);
      expect(io.out).toContain('text/control-character');
      const printed = io.out.replace(OWN_COLOURS, '');
      expect(printed).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      expect(printed).toContain('\u241b[2K\u241b[1Ahidden');
      expect(printed).toContain('<U+202E>');
      expect(printed).toContain('bad\u241b[31mname.md');
    });
  }

  it('stay escaped in JSON and in GitHub annotations', async () => {
    const json = recordingIo(root);
    await main(['check', '--format', 'json', '--today', '2026-11-24'], json);
    expect(json.out).not.toContain(ESC);
    expect(JSON.parse(json.out).some((finding: { message: string }) => finding.message.includes(`${ESC}[2K`))).toBe(true);
    const github = recordingIo(root);
    await main(['check', '--format', 'github', '--today', '2026-11-24'], github);
    // One workflow command per line: nothing in a message can start a command of its own.
    for (const line of github.out.trimEnd().split('\n')) expect(line).toMatch(/^::(error|warning|notice) file=/);
  });

  it('printable() keeps ordinary text, tabs excepted, as it is', () => {
    expect(printable('Écrire 日本語 — fine.')).toBe('Écrire 日本語 — fine.');
    expect(printable(`a${ESC}b\r\n\u0007`)).toBe('a\u241bb\u240d\u240a\u2407');
  });
});
