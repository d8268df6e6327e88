/**
 * Records what a person would notice going wrong while a page loads: console
 * errors, uncaught exceptions, requests that failed or came back 4xx/5xx.
 */
import type { Page } from 'playwright-core';

export interface PageProblems {
  /** One line per problem, e.g. `404 http://…/missing.css`; empty when all is well. */
  problems: string[];
  /** Forget what was recorded so far (before the next page). */
  clear(): void;
}

/** Start recording problems on `page`. */
export function watchPage(page: Page): PageProblems {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? 'unknown';
    // Leaving a page cancels what it still loads (often the icon): that is us, not the site.
    if (reason !== 'net::ERR_ABORTED') problems.push(`failed request: ${request.url()} (${reason})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  return { problems, clear: () => void problems.splice(0) };
}
