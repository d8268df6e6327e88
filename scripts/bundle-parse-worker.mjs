/**
 * Bundle the compiled parse worker (dist/parse/parse-worker.js) and all it
 * imports into one file, dist/parse/parse-worker.bundle.mjs, after `tsc`
 * (`npm run compile`). A worker thread starts with an empty module cache:
 * unbundled it resolves, reads and compiles about 150 modules (about 0.23 s
 * of CPU per worker, as much as parsing 150 files); bundled, about 0.08 s.
 * parse-pool.ts starts the bundle when it is at least as new as the
 * compiled worker, and the worker itself otherwise.
 *
 * The bundle is made from the compiled modules and the installed
 * dependencies, which the cache's code fingerprint already covers, so it
 * is named `.mjs` and left out of it.
 */
import { build } from 'rolldown';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/parse/', import.meta.url));

await build({
  input: `${dist}parse-worker.js`,
  platform: 'node',
  onLog(level, log, handler) {
    // gray-matter's `---js` engine uses eval; front-matter.ts replaces that engine with one that refuses.
    if (log.code === 'EVAL' && log.id?.includes('gray-matter')) return;
    handler(level, log);
  },
  output: { file: `${dist}parse-worker.bundle.mjs`, format: 'esm', sourcemap: false },
});
