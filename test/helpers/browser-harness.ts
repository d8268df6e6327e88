/**
 * What a browser test file uses: the one Chromium and the one served example
 * site that `browser-global-setup.ts` started for the whole run. Each file
 * connects on its own and opens its own contexts, so files running side by
 * side in other workers share no cookies, storage, viewport or emulated
 * media. Requests from a file's contexts carry its own tag, so the server's
 * list of missed paths can be read per file.
 */
import { randomUUID } from 'node:crypto';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CLIENT_HEADER, MISSES_PATH } from './static-server.js';

/** What the global setup hands every browser test file (plain data: it crosses to the workers). */
export type HarnessInfo =
  | {
      /** Where to `chromium.connect`. */
      wsEndpoint: string;
      /** The site's root URL, prefix included, e.g. `http://127.0.0.1:41234/journal/`. */
      url: string;
      /** The path prefix, e.g. `/journal/`. */
      prefix: string;
      /** Every HTML page as a path under the prefix, e.g. `goals/typescript-backend/` (`""` is home). */
      pages: string[];
    }
  /** The one line saying why there is no browser or no site (e.g. no Chromium installed). */
  | { error: string };

declare module 'vitest' {
  export interface ProvidedContext {
    browserHarness: HarnessInfo;
  }
}

export interface SharedSite {
  /** The site's root URL, prefix included. */
  url: string;
  /** The path prefix, e.g. `/journal/`. */
  prefix: string;
  /** Every HTML page as a path under the prefix (`""` is home). */
  pages: string[];
  /** The absolute URL of a page path. */
  urlOf(page: string): string;
}

export interface Harness {
  site: SharedSite;
  /** This file's connection to the shared Chromium. */
  browser: Browser;
  /** A fresh context of this file's own; its requests are tagged as this file's. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** A page in a fresh context of this file's own. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  /** Every path this file's contexts asked the site for and did not get. */
  misses(): Promise<string[]>;
  /** Close this file's contexts and connection (the browser and the server stay for the other files). */
  close(): Promise<void>;
}

/** Connect to the shared Chromium and site; throws the setup's one-line error when there is none. */
export async function openHarness(): Promise<Harness> {
  const info = inject('browserHarness');
  if ('error' in info) throw new Error(info.error);
  const browser = await chromium.connect(info.wsEndpoint, { timeout: 30_000 });
  const client = randomUUID();
  const newContext = (options: BrowserContextOptions = {}) =>
    browser.newContext({ ...options, extraHTTPHeaders: { ...options.extraHTTPHeaders, [CLIENT_HEADER]: client } });
  return {
    site: { url: info.url, prefix: info.prefix, pages: info.pages, urlOf: (page) => info.url + page },
    browser,
    newContext,
    newPage: async (options) => (await newContext(options)).newPage(),
    misses: async () => (await fetch(new URL(`${MISSES_PATH}?client=${client}`, info.url))).json() as Promise<string[]>,
    // Closing a connected browser closes its contexts and disconnects; the shared Chromium keeps running.
    close: () => browser.close(),
  };
}
