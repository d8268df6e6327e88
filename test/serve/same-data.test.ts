/** Page data compared as a layout reads it; anything unusual counts as changed. */
import { describe, expect, it } from 'vitest';
import { sameData } from '../../src/serve/preview-site.js';

describe('sameData', () => {
  it('sees equal plain data as the same, however it was built', () => {
    expect(sameData({ title: 'A', items: [{ n: 1 }, { n: 2 }], draft: false, when: new Date(0) }, { title: 'A', items: [{ n: 1 }, { n: 2 }], draft: false, when: new Date(0) })).toBe(true);
  });

  it('sees any difference, in values, keys, order or length', () => {
    expect(sameData({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameData({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameData({ a: 1, b: undefined }, { a: 1, c: undefined })).toBe(false);
    expect(sameData([1, 2], [2, 1])).toBe(false);
    expect(sameData([1], [1, 1])).toBe(false);
    expect(sameData({ a: [] }, { a: {} })).toBe(false);
    expect(sameData('1', 1)).toBe(false);
    expect(sameData(null, {})).toBe(false);
    expect(sameData(new Date(0), new Date(1))).toBe(false);
  });

  it('counts what is not plain data as changed', () => {
    const same = () => 1;
    expect(sameData({ f: same }, { f: same })).toBe(true);
    expect(sameData({ f: () => 1 }, { f: () => 1 })).toBe(false);
    expect(sameData(new Map(), new Map())).toBe(false);
    expect(sameData(Number.NaN, Number.NaN)).toBe(false);
  });
});
