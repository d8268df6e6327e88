/**
 * `logbook new goal "Title"` and `logbook new week [YYYY-Www]`: write a file
 * from the template into the content folder, never over an existing one.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { loadJournal } from '../journal.js';
import { addWeeks, parseWeekId, weekOf } from '../model/iso-week.js';
import type { WeekId } from '../model/types.js';
import { goalText } from '../new/goal-text.js';
import { slugify, uniqueSlug } from '../util/slugify.js';
import { weekText } from '../new/week-text.js';
import { parseCommandArgs, UsageError } from './args.js';
import type { Io } from './io.js';
import { readToday } from './today.js';

export async function newCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    content: { type: 'string', default: 'content' },
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
    const base = slugify(argument) || 'goal';
    const slug = uniqueSlug(base, (candidate) =>
      existsSync(join(contentDir, 'goals', `${candidate}.md`)) || journal.goals.some((goal) => goal.slug === candidate),
    );
    target = join(contentDir, 'goals', `${slug}.md`);
    text = goalText({ title: argument.trim(), template: journal.config.template, today });
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
