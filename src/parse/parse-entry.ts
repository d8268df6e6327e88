/**
 * One Markdown file → one entry (goal, week or page), or findings only when
 * it cannot be read safely. Each file is screened, then parsed exactly once.
 */
import { posix } from 'node:path';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { report } from '../findings/finding.js';
import { PRIVATE_DIR } from '../model/content-paths.js';
import type { ContentPath, Entry, GoalTemplate, Page, SitePath } from '../model/types.js';
import type { Root } from 'mdast';
import { readFields, type EntryKind, type Fields } from './fields.js';
import { parseFrontMatter, type FrontMatter } from './front-matter.js';
import { parseGoal } from './goal.js';
import { outlineOf } from './heading-anchors.js';
import { attachTree } from '../model/trees.js';
import { parseMarkdown } from './markdown.js';
import { screenMarkdown } from './screen.js';
import { parseWeek } from './week.js';


/** Which kind of entry a content path holds. */
export function kindOf(path: ContentPath): EntryKind {
  const inside = path.startsWith(PRIVATE_DIR) ? path.slice(PRIVATE_DIR.length) : path;
  if (inside.startsWith('goals/')) return 'goal';
  if (inside.startsWith('weeks/')) return 'week';
  return 'page';
}

/** Parse one Markdown file into an entry; findings go on the file. */
export function parseEntry(file: VFile, template: GoalTemplate): Entry | undefined {
  const path = file.data.contentPath!;
  const problem = screenMarkdown(String(file.value));
  if (problem) {
    report(file, { rule: 'file/too-complex', place: problem, message: problem.message });
    return undefined;
  }

  const kind = kindOf(path);
  const frontMatter = parseFrontMatter(file);
  const fields = readFields(kind, frontMatter, file);
  // Front matter that could not be read might have said `private: true`: keep the entry hidden.
  if (!frontMatter.ok) fields.private = true;
  if (path.startsWith(PRIVATE_DIR)) fields.private = true;
  const tree = parseMarkdown(file);
  const entry = entryOf(kind, { path, tree, fields, frontMatter, template, file });
  if (entry) {
    attachTree(entry, tree);
    entry.outline = outlineOf(entry);
  }
  return entry;
}

function entryOf(
  kind: EntryKind,
  { path, tree, fields, frontMatter, template, file }: { path: ContentPath; tree: Root; fields: Fields; frontMatter: FrontMatter; template: GoalTemplate; file: VFile },
): Entry | undefined {
  switch (kind) {
    case 'goal':
      return parseGoal({ path, slug: posix.basename(path, '.md'), tree, fields, template, file });
    case 'week':
      return parseWeek({ path, tree, fields, frontMatter, file });
    case 'page': {
      const firstHeading = tree.children.find((node) => node.type === 'heading' && node.depth === 1);
      const page: Page = {
        kind: 'page',
        path,
        url: pageUrl(path),
        title: fields.title ?? (firstHeading ? toString(firstHeading) : posix.basename(path, '.md')),
        description: fields.description,
        tags: fields.tags,
        private: fields.private,
        draft: fields.draft,
      };
      return page;
    }
  }
}

/** `about.md` → `/about/`, `pages/blog/first.md` → `/blog/first/`, `x/index.md` → `/x/`. */
export function pageUrl(path: ContentPath): SitePath {
  let inside = path.startsWith(PRIVATE_DIR) ? path.slice(PRIVATE_DIR.length) : path;
  if (inside.startsWith('pages/')) inside = inside.slice('pages/'.length);
  const withoutExtension = inside.replace(/\.md$/, '');
  const trimmed = withoutExtension === 'index' ? '' : withoutExtension.replace(/\/index$/, '');
  return (trimmed === '' ? '/' : `/${trimmed}/`) as SitePath;
}
