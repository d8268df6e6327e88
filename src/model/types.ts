/**
 * The parsed journal: the one typed model that the checker, the progress
 * figures and the site all read. Everything here is plain data (JSON-safe),
 * so it can cross worker threads, a cache and Eleventy's data cascade.
 */
import type { RuleSettings } from '../check/rule-settings.js';

/** A calendar date, `YYYY-MM-DD`; never a moment in time, never shifted by a time zone. */
export type IsoDate = string & { readonly __brand: 'IsoDate' };

/** An ISO 8601 week, `YYYY-Www` (e.g. `2026-W05`). */
export type WeekId = string & { readonly __brand: 'WeekId' };

/** A path relative to the content folder, with forward slashes (e.g. `goals/go.md`). */
export type ContentPath = string & { readonly __brand: 'ContentPath' };

/** A site URL path without the path prefix, starting and ending with `/` (e.g. `/goals/go/`). */
export type SitePath = string & { readonly __brand: 'SitePath' };

/** A 1-based place in a source file. */
export interface Place {
  line: number;
  column: number;
}

/** One required section of the goal template. */
export interface TemplateSection {
  /** Stable id, e.g. `current`, `success`, `resources`, `why`. */
  id: string;
  /** The heading that `logbook new` writes and messages name. */
  heading: string;
  /** Every heading accepted for this section (compared case-insensitively). */
  accepted: string[];
  /** What the learner should write here, in one sentence. */
  prompt: string;
}

export interface GoalTemplate {
  sections: TemplateSection[];
}

/** Site settings from `journal.yml`. */
export interface JournalConfig {
  title: string;
  author?: string;
  description?: string;
  /** Absolute published URL, always ending in `/`. */
  url?: string;
  /** Path prefix derived from `url` (`/` when none). */
  pathPrefix: string;
  timezone: string;
  language: string;
  allowHtml: boolean;
  template: GoalTemplate;
  /** `rules:`: rules turned off or given another severity (absent when journal.yml has none). */
  rules?: RuleSettings;
}

/** What every Markdown entry has. */
export interface EntryBase {
  /** Path of the source file, relative to the content folder. */
  path: ContentPath;
  title: string;
  description?: string;
  tags: string[];
  /** `private: true`, or the file lives under `private/`. Never published. */
  private: boolean;
  /** `draft: true`: never in `build`, shown (marked) by `serve`. */
  draft: boolean;
  /** Where the entry's page lands. */
  url: SitePath;
  /**
   * Read when parsing, so checking links never has to open a tree: the
   * file's links, images and definitions, and the heading anchors its page
   * has (see parse/heading-anchors.ts). Computed from the tree when absent.
   *
   * The Markdown body itself is not a property: `treeOf(entry)` (model/trees.ts).
   */
  outline?: Outline;
}

/** A link, image or definition as written, and where. */
export interface LinkRef {
  url: string;
  place: Place;
  image: boolean;
}

/** What `link/broken` needs of a file. */
export interface Outline {
  links: LinkRef[];
  anchors: string[];
}

export type GoalStatus = 'active' | 'done' | 'paused' | 'dropped';

/** A due date as written: a day, or an ISO week (due by its Sunday). */
export interface DueDate {
  /** As written: `2026-04-30` or `2026-W30`. */
  raw: string;
  /** The calendar date it falls due (a week's Sunday). */
  date: IsoDate;
  /** Set when written as a week. */
  week?: WeekId;
}

export interface Milestone {
  text: string;
  done: boolean;
  due?: DueDate;
  /** `done YYYY-MM-DD` when given. */
  doneOn?: IsoDate;
  place: Place;
}

export interface Resource {
  /** `Book`, `Mentor`, … from a `Kind:` lead or a `###` sub-heading; `Other` otherwise. */
  kind: string;
  /** The item's text without the kind lead. */
  text: string;
  /** The first link in the item, if any. */
  url?: string;
  /** Where the list item is (`itemAt` in model/trees.ts finds it, for rendering). */
  place: Place;
}

/** One template section as found in a goal file. */
export interface GoalSection {
  /** Template section id. */
  id: string;
  /** The heading as the learner wrote it. */
  heading: string;
  /** Where the heading is: `contentAt(goal, place)` (model/trees.ts) is the Markdown up to the next. */
  place: Place;
}

export interface Goal extends EntryBase {
  kind: 'goal';
  slug: string;
  status: GoalStatus;
  started?: IsoDate;
  due?: IsoDate;
  sections: GoalSection[];
  resources: Resource[];
  milestones: Milestone[];
  /** Sections that are not part of the template, in order (e.g. notes). */
  extraSections: GoalSection[];
}

/** A reference from an intention to a goal (`#slug` or a link to the goal's file). */
export interface GoalRef {
  slug: string;
  place: Place;
}

export interface Intention {
  text: string;
  done: boolean;
  refs: GoalRef[];
  /** The `Why not:` (or week-level) reason given for an unchecked intention. */
  reason?: string;
  /** A `Why again:` note given when the intention repeats an earlier unchecked one. */
  againReason?: string;
  place: Place;
}

export interface Week extends EntryBase {
  kind: 'week';
  id: WeekId;
  year: number;
  week: number;
  monday: IsoDate;
  sunday: IsoDate;
  intentions: Intention[];
  /** The section that holds the intentions, if found. */
  intentionsPlace?: Place;
  /** The heading of the "Why I didn't follow through" section, if any (its Markdown: `contentAt`). */
  whyNotPlace?: Place;
  /** The heading of the reflection section, if any (its Markdown: `contentAt`). */
  reflectionPlace?: Place;
}

export interface Page extends EntryBase {
  kind: 'page';
}

export type Entry = Goal | Week | Page;

/** A file copied to the site as it is. */
export interface Asset {
  path: ContentPath;
  url: SitePath;
}

export interface Journal {
  config: JournalConfig;
  goals: Goal[];
  /** Sorted by week id. */
  weeks: Week[];
  pages: Page[];
  assets: Asset[];
}
