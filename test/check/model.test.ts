/** The parsed model: what the checker, the figures and the site read. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadJournal } from '../../src/journal.js';
import type { IsoDate } from '../../src/model/types.js';
import { loadFixture } from '../helpers/fixtures.js';
import { EXAMPLE_JOURNAL } from '../helpers/fixtures.js';

const example = EXAMPLE_JOURNAL;

describe('the parsed journal', () => {
  it('reads goals, weeks, milestones and intentions of the example', async () => {
    const { journal, files } = await loadJournal({ cwd: example, today: '2026-11-24' as IsoDate });
    expect(files.flatMap((file) => file.messages)).toEqual([]);
    expect(journal.goals.map((goal) => goal.slug)).toEqual(['first-blog-post', 'informational-interviews', 'typescript-backend']);
    expect(journal.weeks).toHaveLength(12);
    const interviews = journal.goals.find((goal) => goal.slug === 'informational-interviews')!;
    expect(interviews.milestones.every((milestone) => milestone.due?.week)).toBe(true);
    expect(interviews.resources.map((resource) => resource.kind)).toContain('Mentors');
    const backend = journal.goals.find((goal) => goal.slug === 'typescript-backend')!;
    expect(backend.resources.map((resource) => resource.kind)).toContain('Book');
    expect(backend.sections.map((section) => section.id).sort()).toEqual(['current', 'resources', 'success', 'why']);
    expect(journal.config.pathPrefix).toBe('/journal/');
  });

  it('reads a week: id, dates, intentions, refs and reasons', async () => {
    const dir = join(import.meta.dirname, '..', 'fixtures', 'check', 'week-rules');
    const { journal } = await loadFixture(dir);
    const week = journal.weeks.find((candidate) => candidate.id === '2026-W47')!;
    expect(week.monday).toBe('2026-11-16');
    expect(week.sunday).toBe('2026-11-22');
    expect(week.intentions.map((intention) => intention.done)).toEqual([true, false, true]);
    expect(week.intentions[1]!.againReason).toBe('it is the key to the next milestone.');
    expect(week.intentions[1]!.reason).toBe('still ill.');
    expect(week.intentions[1]!.refs).toEqual([{ slug: 'rust-systems', place: { line: 3, column: 34 } }]);
    const withLink = journal.weeks.find((candidate) => candidate.id === '2026-W46')!.intentions[2]!;
    expect(withLink.refs.map((ref) => ref.slug)).toEqual(['rust-systems', 'missing-goal']);
  });

  it('reads milestone due and done dates, by day or by ISO week', async () => {
    const { journal } = await loadJournal({ cwd: example, today: '2026-11-24' as IsoDate });
    const milestones = journal.goals.flatMap((goal) => goal.milestones);
    const byWeek = milestones.find((milestone) => milestone.due?.week)!;
    expect(byWeek.due!.date).toBe(byWeek.due!.week === undefined ? '' : byWeek.due!.date);
    for (const milestone of milestones) {
      expect(milestone.text).not.toMatch(/\(due/);
      if (milestone.due?.week) expect(new Date(`${milestone.due.date}T00:00:00Z`).getUTCDay()).toBe(0);
    }
  });

  it('keeps entries with unreadable or misspelt flags hidden', async () => {
    const field = await loadFixture(join(import.meta.dirname, '..', 'fixtures', 'check', 'frontmatter-field'));
    expect(field.journal.goals[0]!.private).toBe(true); // private: "true" is an error and stays hidden
    expect(field.journal.weeks[0]!.draft).toBe(true); // draft: yes
    const unknown = await loadFixture(join(import.meta.dirname, '..', 'fixtures', 'check', 'frontmatter-unknown-key'));
    expect(unknown.journal.pages[0]!.private).toBe(true); // privte: true
  });
});
