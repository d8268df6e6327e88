/**
 * One test per fixture journal under test/fixtures/check/: its findings must
 * equal `expected.txt` (file:line:column severity rule). `UPDATE=1` rewrites
 * the expected files; review the diff before committing.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findingLines, loadFixture } from '../helpers/fixtures.js';

const root = join(import.meta.dirname, '..', 'fixtures', 'check');

describe('fixture journals', () => {
  for (const name of readdirSync(root).sort()) {
    it(name, async () => {
      const dir = join(root, name);
      const { files } = await loadFixture(dir);
      const actual = findingLines(files).join('\n') + '\n';
      const expectedPath = join(dir, 'expected.txt');
      if (process.env.UPDATE || !existsSync(expectedPath)) writeFileSync(expectedPath, actual);
      expect(actual).toBe(readFileSync(expectedPath, 'utf8'));
    });
  }
});
