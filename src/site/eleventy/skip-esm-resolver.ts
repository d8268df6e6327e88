/**
 * Eleventy registers an ES module loader hook when it is imported, to bust
 * the module cache of JavaScript files it re-imports in watch mode. logbook
 * never gives it JavaScript to import (its only templates are our Nunjucks
 * layouts, and serve has its own watcher), and on Node 20 the hook runs in a
 * thread of its own that every later import waits on. Its documented switch
 * turns it off; imported before Eleventy (see run-eleventy.ts).
 */
process.env.ELEVENTY_SKIP_ESM_RESOLVER ??= '1';
