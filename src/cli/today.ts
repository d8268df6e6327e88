/** `--today YYYY-MM-DD`. */
import { parseIsoDate } from '../model/calendar-date.js';
import type { IsoDate } from '../model/types.js';
import { UsageError } from './args.js';

export function readToday(text: string | undefined): IsoDate | undefined {
  if (text === undefined) return undefined;
  const date = parseIsoDate(text);
  if (!date) throw new UsageError(`--today must be a real date written YYYY-MM-DD (got "${text}")`);
  return date;
}
