/** Every Markdown file of the generated journal (BENCH_CONTENT), as one collection. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const base = process.env.BENCH_CONTENT;
if (!base) throw new Error('BENCH_CONTENT must name the generated content folder');

export const collections = {
  journal: defineCollection({ loader: glob({ pattern: '**/*.md', base }) }),
};
