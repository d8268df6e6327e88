/**
 * `logbook init`: start a fresh journal. It writes into a missing or empty
 * folder, or replaces the example journal the repository ships when that is
 * exactly as shipped; any other folder is refused and left untouched.
 */
import { mkdir, rmdir, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { addDays, isKnownTimeZone, todayIn } from '../model/calendar-date.js';
import { defaultTemplate } from '../model/default-template.js';
import { weekOf } from '../model/iso-week.js';
import { EXAMPLE_FILES, exampleFolders, inspectFolder, type FolderState } from '../init/example-journal.js';
import { git, originRepo, pagesUrl, titleFor } from '../init/git-remote.js';
import { addGitignoreEntry, privateEntry } from '../init/gitignore.js';
import { goalText, yamlString } from '../new/goal-text.js';
import { weekText } from '../new/week-text.js';
import { parseCommandArgs, UsageError } from './args.js';
import type { Io } from './io.js';
import { readToday } from './today.js';
import { schemaComment } from '../lsp/schema-comment.js';
import { isHttpUrl } from '../parse/journal-config.js';

/** The goal a fresh journal starts with: a real one (keeping the journal), so the journal checks clean. */
const FIRST_GOAL = { slug: 'keep-a-learning-journal', title: 'Keep a learning journal' };

export async function initCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    content: { type: 'string', default: 'content' },
    title: { type: 'string' },
    url: { type: 'string' },
    timezone: { type: 'string', default: 'UTC' },
    today: { type: 'string' },
  });
  if (positionals.length > 0) throw new UsageError(`init takes no arguments (got "${positionals[0]}"); use --content DIR for the folder`);
  if (values.title !== undefined && !values.title.trim()) throw new UsageError('--title is empty');
  if (values.url !== undefined && !isHttpUrl(values.url)) {
    throw new UsageError(`--url must be a full http(s) address, e.g. https://you.github.io/journal/ (got "${values.url}")`);
  }
  if (!isKnownTimeZone(values.timezone)) {
    throw new UsageError(`--timezone must be an IANA time zone such as Europe/London (got "${values.timezone}")`);
  }
  const today = readToday(values.today) ?? todayIn(values.timezone);
  const contentDir = resolve(io.cwd, values.content);
  const shown = `${relative(io.cwd, contentDir) || '.'}/`;

  const state = await inspectFolder(contentDir).catch((error: Error) => {
    throw new UsageError(`could not read ${shown}: ${error.message}`);
  });
  if (state.kind === 'other') throw new UsageError(refusal(shown, state));

  // Everything is decided before anything is written.
  const repo = values.url !== undefined && values.title !== undefined ? undefined : await originRepo(io.cwd);
  const url = values.url ?? (repo && pagesUrl(repo));
  const title = values.title?.trim() ?? (repo ? titleFor(repo) : 'My learning journal');
  const week = weekOf(today);
  const files: [string, string][] = [
    ['journal.yml', schemaComment(contentDir, io.cwd) + journalYml({ title, url, timezone: values.timezone })],
    [`goals/${FIRST_GOAL.slug}.md`, firstGoal(today)],
    [`weeks/${week}.md`, weekText({ id: week, goals: [FIRST_GOAL], intentions: [firstIntention()] })],
  ];

  if (state.kind === 'example') await removeExample(contentDir, shown);
  for (const [path, text] of files) {
    const target = join(contentDir, path);
    try {
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, text, { flag: 'wx' });
    } catch (error) {
      throw new UsageError(`could not write ${relative(io.cwd, target)}: ${(error as Error).message}`);
    }
  }

  const projectDir = (await git(['rev-parse', '--show-toplevel'], io.cwd)) ?? io.cwd;
  const entry = privateEntry(projectDir, contentDir);
  let ignored: string;
  if (entry === undefined) {
    ignored = `  ${shown} is outside ${projectDir}: keep its private/ folder out of git yourself.\n`;
  } else {
    const gitignore = join(projectDir, '.gitignore');
    try {
      ignored = (await addGitignoreEntry(projectDir, entry))
        ? `  ${relative(io.cwd, gitignore) || '.gitignore'} (added ${entry}: private notes are never committed)\n`
        : '';
    } catch (error) {
      ignored = `  could not update ${relative(io.cwd, gitignore)}: ${(error as Error).message}; add the line ${entry} yourself.\n`;
    }
  }

  const written = files.map(([path]) => `  ${relative(io.cwd, join(contentDir, path))}\n`).join('');
  const what = state.kind === 'example' ? `Replaced the example journal in ${shown} with a fresh one` : `Started a fresh journal in ${shown}`;
  const contentFlag = values.content === 'content' ? '' : ` --content ${values.content}`;
  io.stdout(`${what}:
${written}${ignored}
Next steps:
  1. Check the title${url ? ' and url' : ', and add the url once you know it,'} in ${relative(io.cwd, join(contentDir, 'journal.yml'))}.
  2. Write your goals: npx logbook new goal "Become productive in Go"${contentFlag}
  3. Plan this week in ${relative(io.cwd, join(contentDir, 'weeks', `${week}.md`))}.
  4. Preview with npm start, then commit and push: the Pages workflow checks and publishes the site.
`);
  return 0;
}

/** Why the folder is refused, and what to do. */
function refusal(shown: string, state: Extract<FolderState, { kind: 'other' }>): string {
  const file = `${shown}${state.path}`;
  const why = {
    'not-a-folder': `${shown.slice(0, -1)} is not a folder`,
    extra: `${file} is not part of the example journal`,
    changed: `${file} differs from the example journal as shipped`,
    missing: `${file} of the example journal is missing`,
  }[state.why];
  return `${shown} holds a journal other than the unchanged example (${why}), so nothing was changed. Move your files away, or pass --content to an empty folder.`;
}

/** Remove exactly the example's files, then its folders when they are left empty. */
async function removeExample(contentDir: string, shown: string): Promise<void> {
  try {
    for (const file of EXAMPLE_FILES) await unlink(join(contentDir, file.path));
    for (const folder of exampleFolders()) {
      await rmdir(join(contentDir, folder)).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error;
      });
    }
  } catch (error) {
    throw new UsageError(`could not remove the example journal from ${shown}: ${(error as Error).message}`);
  }
}

function journalYml({ title, url, timezone }: { title: string; url: string | undefined; timezone: string }): string {
  const urlLine = url
    ? `url: ${yamlString(url)}\n`
    : `# url: https://you.github.io/journal/
#   Where the site is published; feeds, the sitemap and the calendar need it.
#   Until it is set, the Pages workflow uses the address GitHub Pages gives.
`;
  return `# Your journal's settings (see "The journal folder" in the README).
title: ${yamlString(title)}
# author: Your Name
# description: One line on what you are learning this year.
${urlLine}timezone: ${yamlString(timezone)}
language: en
`;
}

function firstGoal(today: ReturnType<typeof todayIn>): string {
  return goalText({
    title: FIRST_GOAL.title,
    template: defaultTemplate,
    today,
    content: {
      current: 'I have just started this journal. (Replace this goal with your own, or keep it.)',
      success: 'A year of weekly logs, each with one to three intentions and an honest reflection, that my mentor reads.',
      resources: '- Build: this journal, published on GitHub Pages\n- Mentor: the person I share its link with',
      why: 'Writing down what I intend, and what happened, shows me where my time really goes.',
    },
    milestones: [`Four weekly logs written (due ${addDays(today, 27)})`, `Twelve weekly logs written (due ${addDays(today, 83)})`],
  });
}

function firstIntention(): string {
  return `Write my goals for this year, one file each (npx logbook new goal "Title") #${FIRST_GOAL.slug}`;
}
