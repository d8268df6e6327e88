/**
 * Front matter fields, validated with zod: each problem becomes a
 * `frontmatter/field` finding at the field's own line. Flags are booleans
 * only (`private: "true"` is an error, never a guess), dates are real
 * calendar dates, and unknown keys get a "did you mean".
 */
import { z } from 'zod';
import type { VFile } from 'vfile';
import { report } from '../findings/finding.js';
import { parseIsoDate } from '../model/calendar-date.js';
import { looksLikeWeekId } from '../model/iso-week.js';
import type { GoalStatus, IsoDate } from '../model/types.js';
import { closest, editDistance } from '../util/suggest.js';
import type { FrontMatter } from './front-matter.js';

export type EntryKind = 'goal' | 'week' | 'page';

const flag = (key: string) =>
  z.boolean({ error: `\`${key}\` must be \`true\` or \`false\`, without quotes; anything else could publish what you meant to keep private.` });

const calendarDate = (key: string) =>
  z
    .string({ error: `\`${key}\` must be a date written YYYY-MM-DD, e.g. 2026-01-05.` })
    .refine((value) => parseIsoDate(value) !== undefined, {
      error: `\`${key}\` must be a real date written YYYY-MM-DD (e.g. 2026-01-05); this one does not exist.`,
    });

const text = (key: string) =>
  z.string({ error: `\`${key}\` must be text (put it in quotes if it looks like a number or date).` }).trim();

/** Tags one entry may have. */
export const MAX_TAGS = 50;

const common = {
  title: text('title').min(1, { error: '`title` is empty: give this entry a title.' }).optional(),
  description: text('description').optional(),
  tags: z
    .union([z.string(), z.array(z.union([z.string(), z.number()]))], {
      error: '`tags` must be a list of words, e.g. `tags: [go, backend]`.',
    })
    // Each tag gets a page: a few hundred bytes of front matter must not become thousands of pages.
    .refine((tags) => typeof tags === 'string' || tags.length <= MAX_TAGS, {
      error: `\`tags\` has more than ${MAX_TAGS} tags: keep the few that help a reader find related entries.`,
    })
    .optional(),
  private: flag('private').optional(),
  draft: flag('draft').optional(),
};

export const STATUSES = ['active', 'done', 'paused', 'dropped'] as const;

/** The front matter each kind of entry may have (also the source of `schema/*.json` and the editor's completions). */
export const schemas = {
  goal: z.object({
    ...common,
    status: z.enum(STATUSES, { error: '`status` must be one of active, done, paused or dropped.' }).optional(),
    started: calendarDate('started').optional(),
    due: calendarDate('due').optional(),
  }),
  week: z.object({
    ...common,
    week: z
      .string({ error: '`week` must be an ISO week such as 2026-W05.' })
      .refine((value) => looksLikeWeekId(value), {
        error: '`week` must be an ISO week written YYYY-Www, e.g. 2026-W05.',
      })
      .optional(),
  }),
  page: z.object({
    ...common,
    date: calendarDate('date').optional(),
  }),
};

export interface Fields {
  title?: string;
  description?: string;
  tags: string[];
  private: boolean;
  draft: boolean;
  status: GoalStatus;
  started?: IsoDate;
  due?: IsoDate;
  /** As written; week.ts checks that it exists and matches the file name. */
  week?: string;
  date?: IsoDate;
}

const FLAG_KEYS = ['private', 'draft'] as const;

/** Validate the front matter of an entry of a kind; report problems on the file. */
export function readFields(kind: EntryKind, frontMatter: FrontMatter, file: VFile): Fields {
  const schema = schemas[kind];
  const known = Object.keys(schema.shape);
  const data = frontMatter.data;
  const valid: Record<string, unknown> = {};
  // A flag that is invalid or misspelt is an error; until it is fixed, the entry stays hidden.
  const hidden = { private: false, draft: false };

  for (const key of Object.keys(data)) {
    if (!known.includes(key)) {
      const nearFlag = reportUnknownKey(kind, key, known, frontMatter, file);
      if (nearFlag) hidden[nearFlag] = true;
      continue;
    }
    const result = schema.shape[key as keyof typeof schema.shape].safeParse(data[key]);
    if (result.success) {
      valid[key] = result.data;
      if (key === 'tags' && typeof result.data === 'string' && result.data.includes(',')) {
        // `tags: rust, cli` is one string in YAML: say how to write the list it looks like.
        const list = result.data.split(',').map((tag) => tag.trim()).filter(Boolean);
        valid[key] = list.slice(0, MAX_TAGS);
        report(file, {
          rule: 'frontmatter/field',
          place: frontMatter.locate([key], 'value'),
          message: `\`tags\` is one piece of text with commas in it; for a list of tags, write \`tags: [${list.join(', ')}]\`.`,
        });
      }
    } else {
      const issue = result.error.issues[0]!;
      report(file, {
        rule: 'frontmatter/field',
        place: frontMatter.locate([key, ...(issue.path as (string | number)[])], 'value'),
        message: issue.message,
      });
    }
  }

  if (kind === 'goal' && frontMatter.ok && data.title === undefined) {
    report(file, {
      rule: 'frontmatter/field',
      place: frontMatter.present ? frontMatter.locate([]) : { line: 1, column: 1 },
      message: 'This goal has no `title`: add `title: …` to its front matter.',
    });
  }

  const tags = valid.tags === undefined ? [] : [valid.tags].flat().map((tag) => String(tag).trim()).filter(Boolean);
  return {
    title: valid.title as string | undefined,
    description: valid.description as string | undefined,
    tags: [...new Set(tags)],
    private: valid.private === true || hidden.private || (data.private !== undefined && valid.private === undefined),
    draft: valid.draft === true || hidden.draft || (data.draft !== undefined && valid.draft === undefined),
    status: (valid.status as GoalStatus | undefined) ?? 'active',
    started: valid.started as IsoDate | undefined,
    due: valid.due as IsoDate | undefined,
    week: valid.week as string | undefined,
    date: valid.date as IsoDate | undefined,
  } satisfies Fields;
}

/** Report an unknown key; returns the flag it looks like a misspelling of, if any. */
function reportUnknownKey(
  kind: EntryKind,
  key: string,
  known: string[],
  frontMatter: FrontMatter,
  file: VFile,
): 'private' | 'draft' | undefined {
  const nearFlag = FLAG_KEYS.find((flagKey) => editDistance(key.toLowerCase(), flagKey) <= 2);
  const suggestion = nearFlag ?? closest(key, known);
  const otherKind = (['goal', 'week', 'page'] as const).find(
    (other) => other !== kind && Object.keys(schemas[other].shape).includes(key),
  );
  const hint = suggestion
    ? ` Did you mean \`${suggestion}\`?`
    : otherKind
      ? ` \`${key}\` only means something in a ${otherKind} file.`
      : ` logbook knows: ${known.join(', ')}.`;
  report(file, {
    rule: 'frontmatter/unknown-key',
    severity: nearFlag ? 'error' : 'warning',
    place: frontMatter.locate([key]),
    message: nearFlag
      ? `Unknown key \`${key}\`: it looks like \`${nearFlag}\` misspelt, so this entry could be published by mistake. Write \`${nearFlag}\`.`
      : `Unknown key \`${key}\`.${hint}`,
  });
  return nearFlag;
}
