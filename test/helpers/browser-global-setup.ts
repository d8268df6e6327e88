/**
 * Vitest `globalSetup` of the `browser` project: once per run, build the
 * example journal, serve it on loopback under its prefix, and start one
 * Chromium as a server that every browser test file connects to (each
 * opens contexts of its own, see `browser-harness.ts`). Anything that goes
 * wrong here (no Chromium, a site that does not build) is handed to the
 * test files as one line, so each browser test fails at once saying what
 * to do, and the other tests still run.
 */
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import type { HarnessInfo } from './browser-harness.js';
import { CHROMIUM_FLAGS, findChromium } from './chromium.js';
import { serveExampleSite, type ServedSite } from './built-site.js';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let site: ServedSite | undefined;
  let browser: BrowserServer | undefined;
  const teardown = async () => {
    await browser?.close();
    await site?.close();
  };
  let info: HarnessInfo;
  try {
    // First, so that without a browser the tests fail within a second, before any build.
    const executablePath = findChromium();
    site = await serveExampleSite();
    browser = await chromium.launchServer({ executablePath, args: CHROMIUM_FLAGS, headless: true, timeout: 30_000 });
    info = { wsEndpoint: browser.wsEndpoint(), url: site.server.url, prefix: site.prefix, pages: site.pages };
  } catch (error) {
    await teardown().catch(() => undefined);
    info = { error: error instanceof Error ? error.message : String(error) };
  }
  project.provide('browserHarness', info);
  return teardown;
}
