/**
 * `link/broken`: every relative link and image (inline, or a reference's
 * definition) points at something the built site has: a published page
 * (and, after `#`, one of its headings), an asset, or one of the site's
 * folder pages. Links are followed exactly as the site follows them
 * (`locateLink`, `findPublished`), and anchors are those the site gives its
 * headings (`pageAnchors`), so the rule and the site cannot disagree.
 * External links (a scheme, `//host`) are never fetched.
 */
import { posix } from 'node:path';
import { report } from '../../findings/finding.js';
import { PRIVATE_DIR } from '../../model/content-paths.js';
import type { Entry, LinkRef } from '../../model/types.js';
import { outlineOf, placeKey } from '../../parse/heading-anchors.js';
import { FOLDER_PAGES, findPublished, locateLink } from '../../site/markdown/site-links.js';
import { publishJournal } from '../../site/published-journal.js';
import { closest } from '../../util/suggest.js';
import { fileFor, type Rule } from '../context.js';
import { defineRule } from './define-rule.js';

/** `#L10`, `#L10-L20`: GitHub's line anchors, which a page of the site does not have. */
const LINE_ANCHOR = /^L\d+(?:-L\d+)?$/;

const check: Rule = (context) => {
  const { journal } = context;
  // What `build` publishes: drafts and private entries have no page there.
  const { links } = publishJournal(journal, { includeDrafts: false });
  const entries = new Map<string, Entry>([...journal.goals, ...journal.weeks, ...journal.pages].map((entry) => [entry.path, entry]));
  const anchorsOf = new Map<string, ReadonlySet<string>>();
  const anchors = (entry: Entry) => {
    let found = anchorsOf.get(entry.path);
    if (!found) anchorsOf.set(entry.path, (found = new Set(outlineOf(entry).anchors)));
    return found;
  };
  const published = [...links.byPath.keys()];
  const goalSlugs = new Set(journal.goals.map((goal) => goal.slug));

  for (const entry of entries.values()) {
    // A private file never reaches the site: its links go nowhere anyway.
    if (entry.private) continue;
    // A link to a goal that does not exist is `ref/unknown-goal` already.
    const unknownGoals = new Set(
      entry.kind === 'week'
        ? entry.intentions.flatMap((intention) => intention.refs.filter((ref) => !goalSlugs.has(ref.slug)).map((ref) => placeKey(ref.place)))
        : [],
    );
    for (const link of outlineOf(entry).links) {
      if (unknownGoals.has(placeKey(link.place))) continue;
      const problem = checkLink(link, entry);
      if (problem) report(fileFor(context, entry), { rule: 'link/broken', place: link.place, message: problem });
    }
  }

  /** What is wrong with a link, in words, or undefined when it works. */
  function checkLink(link: LinkRef, from: Entry): string | undefined {
    const what = link.image ? 'This image' : 'This link';
    const located = locateLink(link.url, from.path);
    if (located.kind === 'external') return undefined;
    if (located.kind === 'fragment') return checkAnchor(located.fragment, from, 'this file', what);
    if (located.kind === 'outside') {
      return `${what} points outside the content folder (\`${link.url}\`), which the site does not have: link to a file inside it, or use a full https:// address.`;
    }
    const { path } = located;
    const known = findPublished(path, links);
    if (known) {
      const target = entries.get(known.path);
      return target ? checkAnchor(located.fragment, target, `\`${known.path}\``, what) : undefined;
    }
    const unpublished = entries.get(path) ?? entries.get(path.replace(/\/$/, '') + '/index.md');
    if (unpublished?.private || path.startsWith(PRIVATE_DIR)) {
      return `${what} points to a private file (\`${path}\`): it will not work on the site, which never shows private files. Remove the link, or make the file public.`;
    }
    if (unpublished?.draft) {
      // Drafts may link to each other: both appear together when published.
      if (from.draft) return checkAnchor(located.fragment, unpublished, `\`${unpublished.path}\``, what);
      return `${what} points to a draft (\`${unpublished.path}\`): it will not work on the site until the draft is published (remove \`draft: true\`).`;
    }
    if (FOLDER_PAGES.has(path.replace(/\/$/, ''))) return undefined;
    if (located.folder) {
      return `${what} points to the folder \`${path}\`, which has no page on the site: link to a file in it (or add an index.md there).`;
    }
    const suggestion = closest(path, published);
    const hint = suggestion ? ` Did you mean \`${relativeLink(from.path, suggestion)}\`?` : '';
    if (!path.endsWith('.md') && !path.startsWith('assets/')) {
      return `${what} points to \`${path}\`, which is not on the site: only Markdown files and files in assets/ are published.${hint}`;
    }
    return `${what} points to \`${path}\`, which does not exist.${hint || ' Check the file name (upper and lower case count).'}`;
  }

  /** Whether `fragment` names a heading of `target`'s page. */
  function checkAnchor(fragment: string | undefined, target: Entry, where: string, what: string): string | undefined {
    if (fragment === undefined || fragment === '' || fragment.toLowerCase() === 'top') return undefined;
    const known = anchors(target);
    if (known.has(fragment)) return undefined;
    if (LINE_ANCHOR.test(fragment)) {
      return `${what} points to line anchor \`#${fragment}\` in ${where}, but a page on the site has no line anchors: link to a heading instead.`;
    }
    const suggestion = closest(fragment, known);
    const hint = suggestion
      ? ` Did you mean \`#${suggestion}\`?`
      : known.size > 0
        ? ` Its headings are: ${[...known].slice(0, 8).map((anchor) => `\`#${anchor}\``).join(', ')}${known.size > 8 ? ', …' : ''}.`
        : ' It has no headings to link to.';
    return `${what} points to \`#${fragment}\`, but there is no such heading in ${where}.${hint}`;
  }
};

/** How `to` is written in a link from `from` (both content paths). */
function relativeLink(from: string, to: string): string {
  const relative = posix.relative(posix.dirname(from), to);
  return relative === '' ? posix.basename(to) : relative;
}

export const linkBroken = defineRule({
  id: 'link/broken',
  severity: 'warning',
  summary: 'a relative link or image that leads nowhere on the site ("did you mean …?")',
  help: [
    'A relative link or image (or a reference\'s definition) leads to nothing the site publishes: a missing file or asset, a heading that does not exist (`other.md#nope`, `#nope`), a private or draft file, a folder without a page, or a path outside content/.',
    'Readers would land on a "not found" page. External links are never fetched.',
    'Fix: correct the path or the heading (the message suggests the closest one), or remove the link.',
  ].join(' '),
  check,
});
