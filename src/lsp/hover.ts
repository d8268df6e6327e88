/** Hover on a `#slug`: the goal's title, status, due date and milestone progress. */
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { Located } from './server.js';
import { hashAt, linesOf } from './text-at.js';

export function hover({ session, document }: Located, position: Position): Hover | null {
  const line = linesOf(document.getText())[position.line] ?? '';
  const found = hashAt(line, position.character);
  if (!found) return null;
  const goal = session.last?.goals.find((candidate) => candidate.slug === found.slug);
  if (!goal) return null;
  const { done, total } = goal.milestones;
  const facts = [
    `Status: ${goal.status}`,
    total > 0 ? `Milestones: ${done} of ${total} done` : 'No milestones yet',
    ...(goal.due ? [`Due ${goal.due}`] : []),
  ];
  return {
    contents: { kind: MarkupKind.Markdown, value: `**${goal.title}** (\`#${goal.slug}\`)\n\n${facts.join(' · ')}` },
    range: { start: { line: position.line, character: found.start }, end: { line: position.line, character: found.end } },
  };
}
