/**
 * The baseline a user could pick instead: plain Eleventy 3 building the same
 * Markdown with its default engine (markdown-it), no template language run
 * over the Markdown (markdownTemplateEngine false), and one trivial layout,
 * in quiet mode. The configuration is plain-eleventy.config.mjs.
 * Usage: node bench/plain-eleventy.mjs <content> <output>
 */
import { fileURLToPath } from 'node:url';
import { Eleventy } from '@11ty/eleventy';

const [input, output] = process.argv.slice(2);
if (!input || !output) throw new Error('usage: plain-eleventy.mjs <content> <output>');

const eleventy = new Eleventy(input, output, {
  quietMode: true,
  configPath: fileURLToPath(new URL('./plain-eleventy.config.mjs', import.meta.url)),
});
eleventy.disableLogger();
await eleventy.write();
