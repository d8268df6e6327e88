/**
 * The progress figures: plain data computed from the parsed journal for a
 * given "today" (see compute-progress.ts). The site draws and tabulates them.
 *
 * Every figure counts published entries only: private entries never, drafts
 * only when the caller asks (serve shows drafts, build never does).
 */
import type { GoalStatus, IsoDate, WeekId } from '../model/types.js';

/** Follow-through over some intentions. `rate` is `done ÷ planned`, `null` when nothing counts yet. */
export interface FollowThrough {
  /** Intentions of weeks that are over. */
  planned: number;
  /** Of those, checked. */
  done: number;
  rate: number | null;
}

export interface WeekFigure extends FollowThrough {
  id: WeekId;
  year: number;
  week: number;
  monday: IsoDate;
  sunday: IsoDate;
  /** Whether the week is over on "today" (only then does it count). */
  over: boolean;
  /** All intentions of the week, over or not. */
  intentions: number;
  /** Checked intentions of the week, over or not. */
  checked: number;
}

export type MilestoneState = 'done' | 'open' | 'overdue';

export interface MilestoneFigure {
  goal: string;
  /** The goal's title, for lists that mix goals. */
  goalTitle: string;
  text: string;
  state: MilestoneState;
  due?: IsoDate;
  /** The due date as written (`2026-04-30` or `2026-W30`). */
  dueAs?: string;
  doneOn?: IsoDate;
  /** Open and due between today and 28 days ahead, both ends included. */
  upcoming: boolean;
}

export interface GoalIntention {
  week: WeekId;
  text: string;
  done: boolean;
  /** Whether the week is over. */
  over: boolean;
  /** Why it was not done, when the week says (unchecked intentions only). */
  reason?: string;
}

export interface GoalFigure extends FollowThrough {
  slug: string;
  title: string;
  status: GoalStatus;
  milestones: MilestoneFigure[];
  milestonesDone: number;
  milestonesTotal: number;
  overdue: number;
  /** `milestonesDone ÷ milestonesTotal`, `null` for a goal without milestones. */
  progress: number | null;
  /** Every intention that referred to this goal, week by week (oldest first). */
  intentions: GoalIntention[];
}

export interface MonthFigure extends FollowThrough {
  /** `YYYY-MM`. */
  month: string;
}

export interface Streak {
  /** Consecutive ISO weeks with a log, ending this week or last week. */
  current: number;
  longest: number;
  /** Weeks logged per (ISO) year. */
  weeksPerYear: Record<string, number>;
}

/** An intention left unchecked and chosen again in the following weeks. */
export interface CarryOverChain {
  text: string;
  /** The weeks it appears in, consecutive, oldest first. */
  weeks: WeekId[];
  /** Whether it was finally checked. */
  resolved: boolean;
  /** Public goals it refers to (slugs). */
  goals: string[];
}

export interface Progress {
  today: IsoDate;
  overall: FollowThrough;
  weeks: WeekFigure[];
  goals: GoalFigure[];
  months: MonthFigure[];
  streak: Streak;
  /** Open milestones due in the next 28 days (today included), soonest first; goals that are done or dropped left out. */
  upcoming: MilestoneFigure[];
  /** Open milestones past their due date, oldest first; goals that are done or dropped left out. */
  overdue: MilestoneFigure[];
  carryOvers: CarryOverChain[];
}

export interface YearReview {
  year: number;
  goalsStarted: string[];
  goalsFinished: string[];
  goalsDropped: string[];
  milestonesDone: MilestoneFigure[];
  followThrough: FollowThrough;
  months: MonthFigure[];
  /** Weeks of that year with a reflection, oldest first. */
  reflections: { week: WeekId; words: number }[];
  /** Weeks of that ISO year with a log (up to this week). */
  weeksLogged: number;
  /** Weeks in that ISO year (52 or 53). */
  weeksInYear: number;
  /**
   * The weeks of the year a log could have been written for: from the
   * journal's first week (or week 1) to the year's last week, or to this
   * week while the year runs.
   */
  weeksSinceStart: number;
  /** The journal's first week, when it falls in this year. */
  startedIn?: WeekId;
  /** Follow-through per goal over that year's weeks (goals with intentions that year). */
  goals: ({ slug: string; title: string } & FollowThrough)[];
}
