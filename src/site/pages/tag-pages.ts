/** `/tags/` and `/tags/<tag>/`: the published goals, weeks and pages carrying each tag. */
import type { Journal, SitePath } from '../../model/types.js';
import { slugify, uniqueSlug } from '../../util/slugify.js';
import { plural, weekName } from '../format.js';
import type { SiteContext } from '../site-context.js';
import type { SitePage } from '../site-page.js';

/** Each tag of the published journal with its page; tags whose slugs would clash get `-2`, `-3`, … */
export function tagUrls(journal: Journal): Map<string, SitePath> {
  const names = [...new Set([...journal.goals, ...journal.weeks, ...journal.pages].flatMap((entry) => entry.tags))].sort();
  const taken = new Set<string>();
  const urls = new Map<string, SitePath>();
  for (const name of names) {
    const slug = uniqueSlug(slugify(name) || 'tag', (candidate) => taken.has(candidate));
    taken.add(slug);
    urls.set(name, `/tags/${slug}/` as SitePath);
  }
  return urls;
}

/** Links to the pages of some tags. */
export function tagLinks(tags: readonly string[], context: Pick<SiteContext, 'tags'>): { name: string; url: string }[] {
  return tags.flatMap((name) => {
    const url = context.tags.get(name);
    return url ? [{ name, url }] : [];
  });
}

/** The tags index and one page per tag. */
export function tagPages(context: SiteContext): SitePage[] {
  const { goals, weeks, pages } = context.journal;
  const tagged = [...context.tags].map(([name, url]) => ({
    name,
    url,
    goals: goals.filter((goal) => goal.tags.includes(name)).map((goal) => ({ url: goal.url, title: goal.title })),
    weeks: [...weeks].reverse().filter((week) => week.tags.includes(name)).map((week) => ({ url: week.url, title: weekName(week) })),
    pages: pages.filter((page) => page.tags.includes(name)).map((page) => ({ url: page.url, title: page.title })),
  }));
  const index: SitePage = {
    url: '/tags/',
    layout: 'tags.njk',
    view: {
      title: 'Tags',
      description: `${plural(tagged.length, 'tag')} across the journal's goals, weeks and pages.`,
      tags: tagged.map((tag) => ({ name: tag.name, url: tag.url, count: tag.goals.length + tag.weeks.length + tag.pages.length })),
    },
  };
  return [
    index,
    ...tagged.map((tag) => ({
      url: tag.url,
      layout: 'tag.njk',
      view: {
        title: `Tagged “${tag.name}”`,
        description: `${countList([plural(tag.goals.length, 'goal'), plural(tag.weeks.length, 'week'), plural(tag.pages.length, 'page')].filter((part) => !part.startsWith('0 ')))} tagged ${tag.name}.`,
        goals: tag.goals,
        weeks: tag.weeks,
        pages: tag.pages,
      },
    })),
  ];
}

/** "1 goal", "1 goal and 2 weeks", "1 goal, 2 weeks and 1 page": only the counts that are not zero. */
function countList(parts: readonly string[]): string {
  return parts.length <= 1 ? (parts[0] ?? 'nothing') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
