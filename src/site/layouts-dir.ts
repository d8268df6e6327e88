/** Where our layouts, stylesheet and icon are: `layouts/`, next to `src/` and `dist/`. Apart from build-site.ts so that serve can name it before loading the site's code. */
import { fileURLToPath } from 'node:url';

/** Our layouts, stylesheet and icon, next to `src/` and `dist/`. */
export const LAYOUTS_DIR = fileURLToPath(new URL('../../layouts/', import.meta.url));
