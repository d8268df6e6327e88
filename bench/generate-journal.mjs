/**
 * A deterministic journal of any size, in logbook's format: goals, up to
 * 1,000 consecutive weekly logs, and the rest notes under `pages/`. The
 * same size always gives the same bytes (a seeded generator, no clock), so
 * runs and machines can be compared. The journal is clean under
 * `logbook check --today 2026-11-25`: every intention names a goal, every
 * unchecked one says why, no text repeats from one week to the next.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** The `--today` the generated journal is written for. */
export const BENCH_TODAY = '2026-11-25';

/** The latest week of the journal (the week of BENCH_TODAY). */
const LAST_MONDAY = Date.UTC(2026, 10, 23);
const DAY = 86_400_000;

/** How a journal of `files` Markdown files is split into goals, weeks and notes. */
export function journalShape(files) {
  const goals = Math.max(3, Math.min(40, Math.round(files / 250)));
  const weeks = Math.min(1000, Math.round(files * 0.5));
  return { goals, weeks, pages: Math.max(0, files - goals - weeks) };
}

/** Write a journal of `files` Markdown files (plus journal.yml) into `contentDir`, replacing it. */
export async function generateJournal(contentDir, files) {
  await rm(contentDir, { recursive: true, force: true });
  const written = journalFiles(files);
  const folders = new Set([...written.keys()].map((path) => dirname(join(contentDir, path))));
  for (const folder of folders) await mkdir(folder, { recursive: true });
  await Promise.all([...written].map(([path, text]) => writeFile(join(contentDir, path), text)));
  return written.size;
}

/** The journal as a map from content path to text (pure). */
export function journalFiles(files) {
  const random = seeded(files);
  const shape = journalShape(files);
  const out = new Map();
  out.set(
    'journal.yml',
    'title: A generated journal\nauthor: Bench Marker\ndescription: Generated for the benchmark.\nurl: https://example.org/journal/\ntimezone: UTC\nlanguage: en\n',
  );
  const slugs = Array.from({ length: shape.goals }, (_, index) => `${pick(random, TOPICS)}-${index + 1}`);
  slugs.forEach((slug, index) => out.set(`goals/${slug}.md`, goalFile(random, slug, index)));
  for (let index = 0; index < shape.weeks; index++) {
    const monday = LAST_MONDAY - (shape.weeks - 1 - index) * 7 * DAY;
    const id = isoWeekOf(monday);
    out.set(`weeks/${id.slice(0, 4)}/${id}.md`, weekFile(random, id, slugs, index));
  }
  for (let index = 0; index < shape.pages; index++) {
    const topic = TOPICS[index % TOPICS.length];
    out.set(`pages/${topic}/note-${index + 1}.md`, pageFile(random, topic, slugs, index));
  }
  return out;
}

const TOPICS = ['typescript', 'postgres', 'testing', 'networking', 'writing', 'go', 'rust', 'design', 'career', 'linux'];
const VERBS = ['Read', 'Write', 'Finish', 'Review', 'Practise', 'Sketch', 'Refactor', 'Explain', 'Try', 'Document'];
const THINGS = [
  'the chapter on generics',
  'a small CLI that renames files',
  'two pull requests from the team',
  'the query planner notes',
  'a test for the date parser',
  'an outline for a blog post',
  'the error handling in the API',
  'a lightning talk',
  'the migration script',
  'the book-swap schema',
];
const WORDS =
  'learning week reading code review test query index module function pattern mentor notes practice build deploy type error habit focus energy evening plan draft'.split(
    ' ',
  );

function goalFile(random, slug, index) {
  const startedYear = 2007 + (index % 19);
  const milestones = Array.from({ length: 3 + (index % 3) }, (_, m) => {
    const done = m < 2;
    const due = `${startedYear + 1}-${pad(1 + ((m * 3) % 12))}-${pad(10 + m)}`;
    return `- [${done ? 'x' : ' '}] Milestone ${m + 1}: ${pick(random, VERBS).toLowerCase()} ${pick(random, THINGS)} (due ${due}${done ? `, done ${due}` : ''})`;
  });
  return `---
title: Goal ${index + 1} about ${slug.replace(/-\d+$/, '')}
description: ${sentence(random, 12)}
status: ${index % 5 === 4 ? 'done' : 'active'}
started: ${startedYear}-01-0${1 + (index % 7)}
due: ${startedYear + 20}-12-31
tags: [${slug.replace(/-\d+$/, '')}, bench]
---

## Where I am now
${paragraph(random, 4)}

${paragraph(random, 3)}

## Success in one year
${paragraph(random, 4)}

## Resources
- Book: [A book on ${slug}](https://example.org/books/${slug})
- Course: ${sentence(random, 6)}
- Mentor: someone from the ${pick(random, TOPICS)} team
- Meetup: [A local meetup](https://example.org/meetups/${index})
- Build: ${pick(random, THINGS)}
- Talk idea: "${sentence(random, 5)}"

## Why it matters
${paragraph(random, 5)}

${paragraph(random, 3)}

## Milestones
${milestones.join('\n')}
`;
}

function weekFile(random, id, slugs, index) {
  const count = 1 + (index % 3);
  const intentions = Array.from({ length: count }, (_, i) => {
    const done = random() < 0.7;
    const goal = slugs[(index + i) % slugs.length];
    const ref = i === 1 ? `[${goal}](../../goals/${goal}.md)` : `#${goal}`;
    // Consecutive weeks never share a thing to do, so nothing reads as carried over.
    const line = `- [${done ? 'x' : ' '}] ${VERBS[(index * 7 + i * 3) % VERBS.length]} ${THINGS[(index * 3 + i) % THINGS.length]} (${id}, ${i + 1}) ${ref}`;
    return done ? line : `${line}\n  - Why not: ${sentence(random, 14)}`;
  });
  const extras = [];
  if (index % 4 === 0) extras.push(codeBlock(random));
  if (index % 9 === 0) extras.push(table(random));
  if (index % 10 === 3) extras.push(`I kept this link for later: https://example.org/weeks/${id}`);
  if (index % 7 === 0) extras.push(`- ${sentence(random, 6)}\n- ${sentence(random, 7)}\n- ${sentence(random, 5)}`);
  return `---
week: ${id}
${index % 6 === 0 ? `tags: [${pick(random, TOPICS)}]\n` : ''}---

## This week I intend to
${intentions.join('\n')}

## Reflection
${paragraph(random, 5)}

${paragraph(random, 4)}

${extras.join('\n\n')}${extras.length > 0 ? '\n\n' : ''}${paragraph(random, 3)}
`;
}

function pageFile(random, topic, slugs, index) {
  const parts = [`# Note ${index + 1} on ${topic}`, paragraph(random, 4)];
  parts.push(`## ${capitalise(sentence(random, 3))}`, paragraph(random, 3));
  parts.push(`- ${sentence(random, 6)}\n- ${sentence(random, 5)} \`${pick(random, WORDS)}()\`\n  - ${sentence(random, 4)}\n- [see the goal](../../goals/${slugs[index % slugs.length]}.md)`);
  if (index % 3 === 0) parts.push(codeBlock(random));
  if (index % 5 === 0) parts.push(table(random));
  if (index % 8 === 0) parts.push(`I struck out my first idea: ~~${sentence(random, 3)}~~ and kept the second.`);
  if (index % 12 === 0) parts.push(`This has a footnote.[^1]\n\n[^1]: ${sentence(random, 6)}`);
  if (index % 10 === 7) parts.push(`Source: https://example.org/notes/${topic}/${index} and www.example.com/${index}.`);
  parts.push(`> ${sentence(random, 10)}`, paragraph(random, 4));
  return `---
title: Note ${index + 1} on ${topic}
${index % 4 === 0 ? `tags: [${topic}]\n` : ''}---

${parts.join('\n\n')}
`;
}

function codeBlock(random) {
  const name = pick(random, WORDS);
  return `\`\`\`ts\nexport function ${name}(input: string): number {\n  const parts = input.split(',');\n  return parts.length * ${Math.floor(random() * 100)};\n}\n\`\`\``;
}

function table(random) {
  const rows = Array.from({ length: 4 }, () => `| ${pick(random, WORDS)} | ${Math.floor(random() * 60)} min | ${sentence(random, 4)} |`);
  return `| what | time | note |\n|---|---:|---|\n${rows.join('\n')}`;
}

function paragraph(random, sentences) {
  return Array.from({ length: sentences }, () => {
    const text = sentence(random, 8 + Math.floor(random() * 10));
    const roll = random();
    if (roll < 0.15) return text.replace(/ (\w+) /, ' *$1* ');
    if (roll < 0.25) return text.replace(/ (\w+) /, ' `$1` ');
    if (roll < 0.32) return text.replace(/ (\w+) /, ' [$1](https://example.org/$1) ');
    return text;
  }).join(' ');
}

function sentence(random, words) {
  const list = Array.from({ length: words }, () => pick(random, WORDS));
  return `${capitalise(list.join(' '))}.`;
}

function capitalise(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function pick(random, list) {
  return list[Math.floor(random() * list.length)];
}

function pad(number) {
  return String(number).padStart(2, '0');
}

/** `YYYY-Www` of a Monday given as UTC milliseconds. */
function isoWeekOf(monday) {
  const thursday = new Date(monday + 3 * DAY);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY)) + 1;
  return `${year}-W${pad(week)}`;
}

/** mulberry32: a small, seeded, deterministic generator. */
function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
