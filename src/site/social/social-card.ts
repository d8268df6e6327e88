/**
 * What a page's link-preview image shows, as plain data: a goal's title and
 * milestone progress, a week's intentions (checked and open), or the
 * journal's title and the page's. Made from the published journal only, so
 * an image never holds private or draft text. The data is also the image's
 * cache key (see social-images.ts): an image is drawn again only when it
 * changes.
 */
import { socialImageUrl } from '../../model/content-paths.js';
import { describeProgress } from '../../progress/index.js';
import { scrubHiddenHashtags } from '../markdown/goal-hashtags.js';
import { dateRange, plural, weekName } from '../format.js';
import { absoluteUrl } from '../feeds/absolute-url.js';
import type { SiteContext } from '../site-context.js';
import type { SitePage } from '../site-page.js';

/** The intentions a week's image lists; the rest are counted. */
export const CARD_INTENTIONS = 3;

export type SocialCard =
  | { kind: 'goal'; site: string; title: string; status: string; done: number; total: number; progress: string }
  | { kind: 'week'; site: string; title: string; dates: string; intentions: { text: string; done: boolean }[]; more: number; checked: number; total: number }
  | { kind: 'page'; site: string; title: string; description: string };

/** The image's size in pixels: what link previews expect (1.91:1). */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** A page's image: where it goes in the site, and what it shows. */
export interface SocialImage {
  /** Site path of the image (`/og/goals/go/index.png`, see socialImageUrl). */
  url: string;
  card: SocialCard;
}

/**
 * Give each page that gets an image (see socialCards) its `og:image`
 * (absolute: a link preview cannot resolve a relative one) and return the
 * images to write. Called before anything hashes the pages' views.
 */
export function attachSocialImages(context: SiteContext, pages: readonly SitePage[]): SocialImage[] {
  if (!context.siteUrl) return [];
  const cards = socialCards(context, pages);
  const images: SocialImage[] = [];
  for (const page of pages) {
    const card = cards.get(page.url);
    if (!card) continue;
    const url = socialImageUrl(page.url);
    page.view.ogImage = { url: absoluteUrl(url, context), alt: cardAlt(card), width: CARD_WIDTH, height: CARD_HEIGHT };
    images.push({ url, card });
  }
  return images;
}

/** The card of each published HTML page that search engines may show (not the search page or 404), by URL. */
export function socialCards(context: SiteContext, pages: readonly SitePage[]): Map<string, SocialCard> {
  const site = context.journal.config.title;
  const goals = new Map(context.journal.goals.map((goal) => [goal.url as string, goal]));
  const goalFigures = new Map(context.progress.goals.map((figure) => [figure.slug, figure]));
  const weeks = new Map(context.journal.weeks.map((week) => [week.url as string, week]));
  const weekFigures = new Map(context.progress.weeks.map((figure) => [figure.id, figure]));
  const cards = new Map<string, SocialCard>();
  for (const page of pages) {
    if (!page.url.endsWith('/') || page.view.noindex || page.view.draft || page.view.private) continue;
    const goal = goals.get(page.url);
    const week = weeks.get(page.url);
    if (goal) {
      const figure = goalFigures.get(goal.slug)!;
      cards.set(page.url, { kind: 'goal', site, title: goal.title, status: goal.status, done: figure.milestonesDone, total: figure.milestonesTotal, progress: describeProgress(figure) });
    } else if (week) {
      const figure = weekFigures.get(week.id)!;
      const intentions = week.intentions.map((intention) => ({ text: withoutGoalTags(intention.text, context.links), done: intention.done }));
      cards.set(page.url, {
        kind: 'week',
        site,
        title: week.title === weekName(week) ? weekName(week) : `${weekName(week)}: ${week.title}`,
        dates: dateRange(week.monday, week.sunday),
        intentions: intentions.slice(0, CARD_INTENTIONS),
        more: Math.max(0, intentions.length - CARD_INTENTIONS),
        checked: figure.checked,
        total: figure.intentions,
      });
    } else {
      cards.set(page.url, { kind: 'page', site, title: String(page.view.title ?? site), description: String(page.view.description ?? '') });
    }
  }
  return cards;
}

/** An intention's words without its `#goal` references (a hidden goal's name never shows; a published one's is noise in a picture). */
function withoutGoalTags(text: string, links: SiteContext['links']): string {
  const scrubbed = scrubHiddenHashtags(text, links);
  return scrubbed.replace(GOAL_TAG, (whole, lead: string, slug: string) => (links.goals.has(slug) ? lead : whole)).replace(/\s\s+/g, ' ').trim();
}
const GOAL_TAG = /(^|\s)#([\p{L}\p{N}][\p{L}\p{N}_-]*)/gu;

/** The image's description in plain words (its `og:image:alt`). */
export function cardAlt(card: SocialCard): string {
  switch (card.kind) {
    case 'goal':
      return `${card.title}: ${card.total === 0 ? 'no milestones yet' : `${card.done} of ${plural(card.total, 'milestone')} done`}`;
    case 'week': {
      if (card.total === 0) return `${card.title}, ${card.dates}: no intentions written`;
      const listed = card.intentions.map((item) => `${item.text} (${item.done ? 'done' : 'open'})`).join('; ');
      return `${card.title}, ${card.dates}: ${card.checked} of ${plural(card.total, 'intention')} checked. ${listed}${card.more > 0 ? `; and ${card.more} more` : ''}`;
    }
    case 'page':
      return card.title === card.site ? card.site : `${card.site}: ${card.title}`;
  }
}
