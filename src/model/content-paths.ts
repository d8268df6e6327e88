/** Where things are in the content folder. */

/** Files under this folder are the learner's own: never committed, never built. */
export const PRIVATE_DIR = 'private/';

/** Files under this folder are copied to the site as they are (Markdown only once its front matter allows it). */
export const ASSETS_DIR = 'assets/';

/** Whether a content path lies in `private/` (or is that folder). */
export function isPrivatePath(path: string): boolean {
  return path === PRIVATE_DIR.slice(0, -1) || path.startsWith(PRIVATE_DIR);
}

/**
 * Whether a file under `assets/` is Markdown, whose front matter decides
 * whether it is copied (`.md` and `.markdown`, in any case: an editor or a
 * case-insensitive disk treats `Notes.MD` as Markdown too).
 */
export function isAssetMarkdown(path: string): boolean {
  return path.startsWith(ASSETS_DIR) && /\.(md|markdown)$/i.test(path);
}
