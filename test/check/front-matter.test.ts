import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { parseFrontMatter } from '../../src/parse/front-matter.js';

const read = (text: string) => {
  const file = new VFile({ path: 'x.md', value: text });
  return { result: parseFrontMatter(file), file };
};

describe('front matter', () => {
  it('reads dates as text, never as shifted or rolled-over Date objects', () => {
    const { result } = read('---\nstarted: 2026-01-05\ndue: 2026-02-30\n---\n');
    expect(result.data).toEqual({ started: '2026-01-05', due: '2026-02-30' });
  });

  it('returns fresh data for identical text (no shared cache to mutate)', () => {
    const text = '---\ntitle: Same\ntags: [a]\n---\nBody\n';
    const first = read(text).result.data as { tags: string[] };
    first.tags.push('mutated');
    expect(read(text).result.data).toEqual({ title: 'Same', tags: ['a'] });
  });

  it('reports duplicate keys at the second key', () => {
    const { file } = read('---\ntitle: A\ntitle: B\n---\n');
    expect(file.messages[0]!.ruleId).toBe('frontmatter/syntax');
    expect(file.messages[0]!.line).toBe(3);
  });

  it('keeps Object.prototype clean', () => {
    read('---\n__proto__:\n  polluted: true\nconstructor: x\n---\n');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('treats a file without front matter as body only', () => {
    const { result, file } = read('# Just text\n');
    expect(result.present).toBe(false);
    expect(file.messages).toEqual([]);
  });
});
