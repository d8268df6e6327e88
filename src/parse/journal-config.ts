/**
 * `journal.yml` → `JournalConfig`: site settings and, optionally, the goal
 * template a team wants instead of the default one.
 */
import { z } from 'zod';
import type { VFile } from 'vfile';
import { readRuleSettings } from '../check/rule-settings.js';
import { report } from '../findings/finding.js';
import { isKnownTimeZone } from '../model/calendar-date.js';
import { defaultTemplate } from '../model/default-template.js';
import type { GoalTemplate, JournalConfig } from '../model/types.js';
import { closest } from '../util/suggest.js';
import { readYaml } from './safe-yaml.js';

const sectionSchema = z.object({
  id: z.string().trim().min(1).optional(),
  heading: z.string({ error: 'Each template section needs a `heading`.' }).trim().min(1),
  accepted: z.array(z.string().trim().min(1)).optional(),
  prompt: z.string().trim().optional(),
});

/** The settings journal.yml may hold (also the source of `schema/journal.json` and the editor's completions). */
export const configFields = {
  title: z.string({ error: '`title` must be text: the name of your journal.' }).trim().min(1, { error: '`title` is empty.' }),
  author: z.string({ error: '`author` must be text.' }).trim(),
  description: z.string({ error: '`description` must be text.' }).trim(),
  url: z
    .string({ error: '`url` must be the published address, e.g. https://you.github.io/journal/.' })
    .refine(isHttpUrl, { error: '`url` must be a full http(s) address, e.g. https://you.github.io/journal/.' }),
  timezone: z
    .string({ error: '`timezone` must be an IANA time zone name, e.g. Europe/London.' })
    .refine(isKnownTimeZone, { error: '`timezone` is not a time zone this system knows: use an IANA name such as Europe/London or America/New_York.' }),
  language: z
    .string({ error: '`language` must be a language tag such as en or fr.' })
    .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, { error: '`language` must be a language tag such as en, fr or pt-BR.' }),
  allowHtml: z.boolean({ error: '`allowHtml` must be `true` or `false`.' }),
  template: z.object(
    { sections: z.array(sectionSchema).min(1, { error: 'A template needs at least one section.' }) },
    { error: '`template` must have a `sections:` list, each with a `heading`.' },
  ),
};

const fields = configFields;

type FieldKey = keyof typeof fields;

/** Whether a text is an absolute http(s) address (what `url` in journal.yml must be). */
export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** Read `journal.yml` (or the defaults, with a finding, when it is missing). */
export function readJournalConfig(file: VFile | undefined, fallbackFile: VFile): JournalConfig {
  const config: JournalConfig = {
    title: 'Learning journal',
    pathPrefix: '/',
    timezone: 'UTC',
    language: 'en',
    allowHtml: false,
    template: defaultTemplate,
  };
  if (!file) {
    report(fallbackFile, {
      rule: 'config/field',
      message: 'There is no journal.yml: create one in the content folder with at least `title: …`.',
    });
    return config;
  }

  const yaml = readYaml(String(file.value), file, 'journal.yml');
  if (!yaml.ok) return config;
  const known = [...Object.keys(fields), 'rules'];
  for (const key of Object.keys(yaml.data)) {
    if (!known.includes(key)) {
      const suggestion = closest(key, known);
      report(file, {
        rule: 'config/unknown-key',
        place: yaml.locate([key]),
        message: `Unknown setting \`${key}\`.${suggestion ? ` Did you mean \`${suggestion}\`?` : ` journal.yml knows: ${known.join(', ')}.`}`,
      });
      continue;
    }
    if (key === 'rules') {
      config.rules = readRuleSettings(yaml.data[key], file, yaml.locate);
      continue;
    }
    const result = fields[key as FieldKey].safeParse(yaml.data[key]);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      report(file, { rule: 'config/field', place: yaml.locate([key, ...(issue.path as (string | number)[])], 'value'), message: issue.message });
      continue;
    }
    apply(config, key as FieldKey, result.data);
  }
  if (yaml.data.title === undefined) {
    report(file, { rule: 'config/field', message: 'journal.yml has no `title`: add `title: …`, the name of your journal.' });
  }
  return config;
}

function apply(config: JournalConfig, key: FieldKey, value: unknown): void {
  switch (key) {
    case 'url': {
      const url = new URL(value as string);
      if (!url.pathname.endsWith('/')) url.pathname += '/';
      url.search = '';
      url.hash = '';
      config.url = url.href;
      config.pathPrefix = url.pathname;
      break;
    }
    case 'template':
      config.template = toTemplate(value as z.infer<typeof fields.template>);
      break;
    case 'allowHtml':
      config.allowHtml = value as boolean;
      break;
    default:
      (config as unknown as Record<string, unknown>)[key] = value;
  }
}

function toTemplate(value: z.infer<typeof fields.template>): GoalTemplate {
  return {
    sections: value.sections.map((section) => ({
      id: section.id ?? section.heading.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''),
      heading: section.heading,
      accepted: [section.heading, ...(section.accepted ?? [])],
      prompt: section.prompt ?? `Write about "${section.heading}".`,
    })),
  };
}
