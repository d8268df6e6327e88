/** What every check rule receives. */
import type { VFile } from 'vfile';
import type { Entry, IsoDate, Journal } from '../model/types.js';

export interface CheckContext {
  journal: Journal;
  /** The vfile of each entry, by content path, to report on. */
  fileOf: ReadonlyMap<string, VFile>;
  /** Today in the journal's time zone. */
  today: IsoDate;
  /** The vfile of any content path (an asset has none until a finding needs it). */
  fileAt?: (path: string) => VFile;
}

/** A check rule: reads the journal, reports findings on its files. */
export type Rule = (context: CheckContext) => void;

/** The vfile an entry came from. */
export function fileFor(context: CheckContext, entry: Entry): VFile {
  const file = context.fileOf.get(entry.path);
  if (!file) throw new Error(`No file for ${entry.path}`);
  return file;
}
