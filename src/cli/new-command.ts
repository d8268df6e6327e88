/**
 * `logbook new goal "Title"` and `logbook new week [YYYY-Www]`: write a file
 * from the template into the content folder, never over an existing one.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { loadJournal, type CheckedJournal } from '../journal.js';
import { kindOf } from '../parse/parse-entry.js';
import { printable } from '../report/printable.js';
import { addWeeks, parseWeekId, weekOf } from '../model/iso-week.js';
import type { WeekId } from '../model/types.js';
import { goalText } from '../new/goal-text.js';
import { slugify } from '../util/slugify.js';
import { weekText } from '../new/week-text.js';
import { parseCommandArgs, UsageError } from './args.js';
import type { Io } from './io.js';
import { readToday } from './today.js';

/** What `--slug` accepts: what `slugify` makes. */
const SAFE_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SLUG_MAX = 60;

export async function newCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    content: { type: 'string', default: 'content' },
    slug: { type: 'string' },
    today: { type: 'string' },
  });
  const [kind, argument, extra] = positionals;
  if (extra !== undefined) throw new UsageError(`too many arguments (unexpected "${extra}")`);
  const contentDir = resolve(io.cwd, values.content);
  const parsed = await loadJournal({ contentDir, cwd: io.cwd, today: readToday(values.today) });
  const { journal, today } = parsed;

  let target: string;
  let text: string;
  if (kind === 'goal') {
    if (!argument?.trim()) throw new UsageError('give the goal a title: logbook new goal "Become productive in Go"');
    const title = argument.trim();
    const slug = values.slug ?? slugify(title);
    if (values.slug !== undefined && (values.slug.length > SLUG_MAX || !SAFE_SLUG.test(values.slug))) {
      throw new UsageError(`--slug must be lowercase letters, digits and single dashes, at most 60 characters, e.g. learn-go (got "${values.slug}")`);
    }
    if (!slug) throw new UsageError(`"${title}" gives no readable file name: pass one with --slug, e.g. --slug my-goal`);
    const existing = existingGoal(parsed, contentDir, slug, title);
    if (existing) {
      io.stderr(`logbook new: ${existing.why} in ${relative(io.cwd, existing.path)}; nothing was written. ${existing.what}\n`);
      return 1;
    }
    target = join(contentDir, 'goals', `${slug}.md`);
    text = goalText({ title, template: journal.config.template, today });
  } else if (kind === 'week') {
    const id = argument === undefined ? weekOf(today) : parseWeekId(argument);
    if (!id) throw new UsageError(`"${argument}" is not a real ISO week: write it YYYY-Www, e.g. 2026-W05`);
    const existing = journal.weeks.find((week) => week.id === id);
    if (existing) throw new UsageError(`${existing.path} already holds ${id}; nothing was written`);
    const previousId = addWeeks(id, -1) as WeekId;
    const previousWeek = journal.weeks.find((week) => week.id === previousId);
    target = join(contentDir, 'weeks', `${id}.md`);
    text = weekText({
      id,
      // Private goals stay out of a file that is committed.
      goals: journal.goals.filter((goal) => !goal.private).map(({ slug, title }) => ({ slug, title })),
      previous: previousWeek && {
        id: previousId,
        unchecked: previousWeek.intentions.filter((intention) => !intention.done),
      },
    });
  } else {
    throw new UsageError('say what to create: logbook new goal "Title" or logbook new week [YYYY-Www]');
  }

  await mkdir(dirname(target), { recursive: true });
  try {
    await writeFile(target, text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new UsageError(`${relative(io.cwd, target)} already exists; nothing was written`);
    }
    throw new UsageError(`could not write ${relative(io.cwd, target)}: ${(error as Error).message}`);
  }
  io.stdout(`${relative(io.cwd, target)}\n`);
  return 0;
}

/** A goal that already has this slug (a file of that name anywhere under goals/) or this title (in any case). */
function existingGoal(
  parsed: CheckedJournal,
  contentDir: string,
  slug: string,
  title: string,
): { path: string; why: string; what: string } | undefined {
  const sameSlug =
    parsed.files
      .map((file) => file.data.contentPath)
      .find((path) => path !== undefined && kindOf(path) === 'goal' && posix.basename(path) === `${slug}.md`) ??
    (existsSync(join(contentDir, 'goals', `${slug}.md`)) ? `goals/${slug}.md` : undefined);
  if (sameSlug) {
    return {
      path: join(contentDir, sameSlug),
      why: `a goal with the slug "${slug}" already exists`,
      what: 'Edit that goal, or give this one another name with --slug.',
    };
  }
  const wanted = title.toLocaleLowerCase();
  const sameTitle = parsed.journal.goals.find((goal) => goal.title.trim().toLocaleLowerCase() === wanted);
  if (sameTitle) {
    return {
      path: join(contentDir, sameTitle.path),
      why: `a goal titled "${printable(sameTitle.title)}" already exists`,
      what: 'Edit that goal, or choose another title.',
    };
  }
  return undefined;
}
