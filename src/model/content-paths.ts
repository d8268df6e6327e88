/** Where things are in the content folder, and where they land in the site. */

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

/**
 * The file a site path is written to, relative to the site's folder: a
 * page's URL ends with `/` and is the `index.html` in that folder
 * (`/goals/go/` → `goals/go/index.html`, `/` → `index.html`), any other URL
 * is its own file (`/assets/a.png` → `assets/a.png`). The one mapping the
 * builder, the preview, search and the duplicate-URL check all use.
 */
export function siteFileOf(url: string): string {
  const path = url.endsWith('/') ? `${url}index.html` : url;
  return path.replace(/^\/+/, '');
}

/** The folder of the pages' link-preview images (see site/social/). */
export const SOCIAL_IMAGE_DIR = '/og/';

/**
 * Where a page's link-preview image is: the page's file under `/og/` as a
 * PNG (`/goals/go/` → `/og/goals/go/index.png`, `/` → `/og/index.png`), so
 * two pages never share an image. Only pages (URLs ending with `/`) have one.
 */
export function socialImageUrl(pageUrl: string): string {
  return `${SOCIAL_IMAGE_DIR}${siteFileOf(pageUrl).replace(/\.html$/, '.png')}`;
}

/** The other way round: the site path of a file of the site's folder (`goals/go/index.html` → `/goals/go/`). */
export function siteUrlOf(file: string): string {
  return `/${file === 'index.html' || file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file}`;
}
