/**
 * Astro for logbook's benchmark: the generated journal as one content
 * collection, one trivial layout. bench/peers.mjs sets the environment:
 * BENCH_ASTRO_PROCESSOR ("default": Astro's own Markdown processor;
 * "unified": the remark/rehype pipeline of @astrojs/markdown-remark),
 * BENCH_ASTRO_OUT (the output folder) and BENCH_ASTRO_CACHE (Astro's cache,
 * emptied before each run so that every build is cold).
 */
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';

const processor = process.env.BENCH_ASTRO_PROCESSOR ?? 'default';
if (processor !== 'default' && processor !== 'unified') throw new Error(`unknown BENCH_ASTRO_PROCESSOR ${processor}`);

export default defineConfig({
  outDir: process.env.BENCH_ASTRO_OUT ?? './dist',
  cacheDir: process.env.BENCH_ASTRO_CACHE ?? './node_modules/.astro',
  logLevel: 'error',
  telemetry: false,
  // Leave Astro's default processor alone for "default", so the benchmark measures what a user gets.
  markdown: processor === 'unified' ? { processor: unified() } : {},
});
