/**
 * The order Eleventy lays pages out in: by layout (one paginated template
 * each). Apart from run-eleventy.ts so that planning the search shards does
 * not load Eleventy.
 */
import type { SitePage } from '../site-page.js';
import { groupBy } from '../../util/group-by.js';

/** Pages by layout: one paginated template each, laid out in this order. */
export function byLayout(pages: readonly SitePage[]): [string, SitePage[]][] {
  return groupBy(pages, (page) => page.layout);
}

/** The pages in the order Eleventy lays them out. */
export function writingOrder(pages: readonly SitePage[]): SitePage[] {
  return byLayout(pages).flatMap(([, group]) => group);
}
