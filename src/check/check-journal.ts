/** Run every check rule over the parsed journal (the registry's rules that have a `check`). */
import type { CheckContext } from './context.js';
import { RULES } from './rules/index.js';

/** Check the journal; findings are added to the files in the context. */
export function checkJournal(context: CheckContext): void {
  for (const rule of RULES) rule.check?.(context);
}
