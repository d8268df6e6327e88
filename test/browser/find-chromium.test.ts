/** Without a Chromium the browser tests fail at once, with one line saying what to do. */
import { describe, expect, it } from 'vitest';
import { findChromium } from '../helpers/chromium.js';

describe('finding Chromium', () => {
  it('uses CHROME_PATH when it points at a file', () => {
    expect(findChromium({ env: { CHROME_PATH: process.execPath }, defaultPath: '/nowhere/chromium' })).toBe(process.execPath);
  });

  it('falls back to the default path', () => {
    expect(findChromium({ env: {}, defaultPath: process.execPath })).toBe(process.execPath);
  });

  it('says in one line how to install it when there is none', () => {
    const attempt = () => findChromium({ env: {}, defaultPath: '/nowhere/chromium' });
    expect(attempt).toThrow(/apt-get install -y chromium.*CHROME_PATH/);
    try {
      attempt();
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
    }
  });

  it('says so when CHROME_PATH points nowhere, rather than quietly using another browser', () => {
    expect(() => findChromium({ env: { CHROME_PATH: '/nowhere/chrome' }, defaultPath: process.execPath })).toThrow(/CHROME_PATH=\/nowhere\/chrome does not exist/);
  });
});
