/**
 * The parser's own time per file, the yardstick of logbook's parse phase
 * (issue 21): unified with remark-parse, remark-frontmatter and remark-gfm,
 * the plugins of src/parse/markdown.ts, parsing every Markdown file of a
 * folder on one warm thread (two passes first, then `rounds` timed passes;
 * only the parse, the files read before). Prints CPU and wall ms per file.
 * Usage: node bench/parse-baseline.mjs <content folder> [rounds]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';

const [dir, roundsArg = '5'] = process.argv.slice(2);
if (!dir) throw new Error('usage: parse-baseline.mjs <content folder> [rounds]');
const texts = readdirSync(dir, { recursive: true })
  .filter((path) => path.endsWith('.md'))
  .map((path) => readFileSync(join(dir, path), 'utf8'));
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();
const pass = () => {
  for (const value of texts) processor.parse(new VFile({ value }));
};
pass();
pass();
const rounds = [];
for (let round = 0; round < Number(roundsArg); round++) {
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  pass();
  const cpu = process.cpuUsage(cpuBefore);
  rounds.push({ wall: (performance.now() - start) / texts.length, cpu: (cpu.user + cpu.system) / 1000 / texts.length });
}
rounds.sort((a, b) => a.cpu - b.cpu);
const median = rounds[Math.floor(rounds.length / 2)];
const kib = texts.reduce((sum, text) => sum + text.length, 0) / texts.length / 1024;
console.log(
  `${texts.length} files (${kib.toFixed(2)} KiB on average): median ${median.cpu.toFixed(3)} ms CPU per file ` +
    `(fastest ${rounds[0].cpu.toFixed(3)}), ${median.wall.toFixed(3)} ms wall`,
);
