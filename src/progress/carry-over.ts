/**
 * Carry-over chains: an intention left unchecked and chosen again in the
 * weeks right after. "Chosen again" uses the same comparison as the
 * `week/carried-over` check rule (`sameIntention`), so the two agree.
 */
import { addWeeks } from '../model/iso-week.js';
import { sameIntention } from '../model/intention-text.js';
import type { Intention, Week } from '../model/types.js';
import type { CarryOverChain } from './types.js';

/** Every chain of two or more consecutive weeks, in order of the week it started. */
export function findCarryOvers(weeks: readonly Week[], publicGoals: ReadonlySet<string>): CarryOverChain[] {
  const byId = new Map(weeks.map((week) => [week.id, week]));
  /** Intentions already taken as a later link of some chain. */
  const continued = new Set<Intention>();
  const chains: CarryOverChain[] = [];
  const ordered = [...weeks].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  for (const week of ordered) {
    for (const first of week.intentions) {
      if (first.done || continued.has(first)) continue;
      const chain = followChain(week, first, byId, continued);
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

function followChain(week: Week, first: Intention, byId: Map<string, Week>, continued: Set<Intention>): Link[] {
  const chain: Link[] = [{ week, intention: first }];
  let current = chain[0]!;
  while (!current.intention.done) {
    const next = byId.get(addWeeks(current.week.id, 1));
    const earlier = current.intention;
    const later = next?.intentions.find((candidate) => !continued.has(candidate) && sameIntention(candidate.text, earlier.text));
    if (!next || !later) break;
    continued.add(later);
    current = { week: next, intention: later };
    chain.push(current);
  }
  return chain;
}
