/**
 * Carry-over chains: an intention left unchecked and chosen again in the
 * weeks right after. "Chosen again" uses the same comparison as the
 * `week/carried-over` check rule (`intentionFinder`), so the two agree.
 */
import { addWeeks } from '../model/iso-week.js';
import { intentionFinder } from '../model/intention-text.js';
import type { Intention, Week } from '../model/types.js';
import type { CarryOverChain } from './types.js';

/** Every chain of two or more consecutive weeks, in order of the week it started. */
export function findCarryOvers(weeks: readonly Week[], publicGoals: ReadonlySet<string>): CarryOverChain[] {
  const byId = new Map(weeks.map((week) => [week.id, week]));
  /** Intentions already taken as a later link of some chain. */
  const continued = new Set<Intention>();
  const finders: Finders = new Map();
  const chains: CarryOverChain[] = [];
  const ordered = [...weeks].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  for (const week of ordered) {
    for (const first of week.intentions) {
      if (first.done || continued.has(first)) continue;
      const chain = followChain(week, first, byId, continued, finders);
      if (chain.length < 2) continue;
      const last = chain[chain.length - 1]!;
      const slugs = new Set(chain.flatMap(({ intention }) => intention.refs.map((ref) => ref.slug)));
      chains.push({
        text: first.text,
        weeks: chain.map(({ week: link }) => link.id),
        resolved: last.intention.done,
        goals: [...slugs].filter((slug) => publicGoals.has(slug)).sort(),
      });
    }
  }
  return chains;
}

interface Link {
  week: Week;
  intention: Intention;
}

/** Each week's intentions, prepared for lookups from the week before. */
type Finders = Map<Week, ReturnType<typeof intentionFinder<Intention>>>;

function finderFor(next: Week, byId: Map<string, Week>, finders: Finders) {
  let finder = finders.get(next);
  if (!finder) {
    const before = byId.get(addWeeks(next.id, -1));
    finder = intentionFinder(next.intentions, before?.intentions.length ?? 1);
    finders.set(next, finder);
  }
  return finder;
}

function followChain(week: Week, first: Intention, byId: Map<string, Week>, continued: Set<Intention>, finders: Finders): Link[] {
  const chain: Link[] = [{ week, intention: first }];
  let current = chain[0]!;
  while (!current.intention.done) {
    const next = byId.get(addWeeks(current.week.id, 1));
    const earlier = current.intention;
    const later = next && finderFor(next, byId, finders)(earlier.text, (candidate) => continued.has(candidate));
    if (!next || !later) break;
    continued.add(later);
    current = { week: next, intention: later };
    chain.push(current);
  }
  return chain;
}
