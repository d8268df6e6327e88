/**
 * Debian's Chromium, driven through playwright-core (Playwright's own browser
 * download does not work here); `browser-global-setup.ts` starts it once per run. When no Chromium is found the test fails at
 * once with one line saying what to install, instead of timing out.
 */
import { existsSync } from 'node:fs';

/** Headless flags that keep Chromium quiet and off the network. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where Debian (and most Linux distributions) put Chromium. */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export interface FindChromiumOptions {
  env?: NodeJS.ProcessEnv;
  /** Where to look when `CHROME_PATH` is not set. */
  defaultPath?: string;
}

/** The Chromium to use: `CHROME_PATH` when set, else Debian's; throws a one-line instruction when there is none. */
export function findChromium({ env = process.env, defaultPath = DEFAULT_CHROMIUM }: FindChromiumOptions = {}): string {
  const fromEnv = env['CHROME_PATH'];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH=${fromEnv} does not exist: point it at a Chromium binary, or unset it and run "apt-get install -y chromium".`);
  }
  if (existsSync(defaultPath)) return defaultPath;
  throw new Error(`No Chromium for the browser tests at ${defaultPath}: run "apt-get install -y chromium" (Debian) or set CHROME_PATH to a Chromium binary.`);
}
