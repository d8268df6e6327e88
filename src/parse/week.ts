/**
 * A weekly log → a `Week`: its ISO week (from the file name, checked against
 * `week:`), its intentions with done state, goal references and reasons, and
 * its reflection.
 */
import { posix } from 'node:path';
import type { ListItem, Root } from 'mdast';
import type { VFile } from 'vfile';
import { report } from '../findings/finding.js';
import { headingMatches, INTENTION_HEADINGS, REFLECTION_HEADINGS, WHY_NOT_HEADINGS } from '../model/default-template.js';
import { mondayOf, parseWeekId, splitWeekId, sundayOf, weeksInYear } from '../model/iso-week.js';
import { isJournalYear, YEARS } from '../model/calendar-date.js';
import type { ContentPath, Intention, SitePath, Week, WeekId } from '../model/types.js';
import type { Fields } from './fields.js';
import type { FrontMatter } from './front-matter.js';
import { findGoalRefs } from './goal-refs.js';
import { nestedItems, ownText, placeOf, splitSections, taskItems } from './sections.js';

export interface WeekInput {
  path: ContentPath;
  tree: Root;
  fields: Fields;
  frontMatter: FrontMatter;
  file: VFile;
}

/** Build a week from its parsed file; `undefined` (with a finding) when its week is not real. */
export function parseWeek({ path, tree, fields, frontMatter, file }: WeekInput): Week | undefined {
  const id = readWeekId(path, fields, frontMatter, file);
  if (!id) return undefined;
  const { year, week } = splitWeekId(id);
  const sections = splitSections(tree);
  const intentionSection = sections.find((section) => headingMatches(section.heading, INTENTION_HEADINGS));
  const whyNot = sections.find((section) => headingMatches(section.heading, WHY_NOT_HEADINGS));
  const reflection = sections.find((section) => headingMatches(section.heading, REFLECTION_HEADINGS));

  return {
    kind: 'week',
    path,
    id,
    year,
    week,
    monday: mondayOf(id),
    sunday: sundayOf(id),
    url: `/weeks/${id}/` as SitePath,
    title: fields.title ?? `Week ${week}, ${year}`,
    description: fields.description,
    tags: fields.tags,
    private: fields.private,
    draft: fields.draft,
    intentions: intentionSection ? taskItems(intentionSection.content).map((item) => readIntention(item, path)) : [],
    intentionsPlace: intentionSection?.place,
    whyNotPlace: whyNot?.place,
    reflectionPlace: reflection?.place,
  };
}

const NAME = /^(\d{4})-w(\d{1,2})$/i;

function readWeekId(path: ContentPath, fields: Fields, frontMatter: FrontMatter, file: VFile): WeekId | undefined {
  const name = posix.basename(path, '.md');
  const named = NAME.exec(name);
  if (!named) {
    report(file, {
      rule: 'week/invalid',
      message: `\`${name}.md\` is not named after an ISO week: name weekly logs YYYY-Www.md, e.g. 2026-W05.md.`,
    });
    return undefined;
  }
  const canonical = `${named[1]}-W${named[2]!.padStart(2, '0')}`;
  const id = parseWeekId(canonical);
  if (!id || name !== canonical) {
    const year = Number(named[1]);
    report(file, {
      rule: 'week/invalid',
      message: id
        ? `Name this file \`${canonical}.md\` (upper-case W, two-digit week).`
        : isJournalYear(year)
          ? `${canonical} does not exist: ${year} has ${weeksInYear(year)} ISO weeks.`
          : `${canonical} is outside the years logbook reads (${YEARS.min} to ${YEARS.max}).`,
    });
    return undefined;
  }
  if (fields.week !== undefined && fields.week !== id) {
    report(file, {
      rule: 'week/invalid',
      place: frontMatter.locate(['week'], 'value'),
      message: parseWeekId(fields.week)
        ? `\`week: ${fields.week}\` disagrees with the file name ${id}: make them the same, or remove \`week:\`.`
        : `\`week: ${fields.week}\` is not a real ISO week (${fields.week.slice(0, 4)} has ${weeksInYear(Number(fields.week.slice(0, 4)))} weeks): it should be ${id}, as in the file name.`,
    });
    return undefined;
  }
  return id;
}

const WHY_NOT = /^why\s+not\s*:\s*/i;
const WHY_AGAIN = /^why\s+again\s*:\s*/i;

function readIntention(item: ListItem, path: ContentPath): Intention {
  const intention: Intention = {
    text: ownText(item),
    done: item.checked === true,
    refs: findGoalRefs(item, path),
    place: placeOf(item),
  };
  for (const nested of nestedItems(item)) {
    const text = ownText(nested);
    if (WHY_NOT.test(text)) intention.reason = text.replace(WHY_NOT, '').trim() || undefined;
    else if (WHY_AGAIN.test(text)) intention.againReason = text.replace(WHY_AGAIN, '').trim() || undefined;
  }
  return intention;
}
