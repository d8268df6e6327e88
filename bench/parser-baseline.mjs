/**
 * The parser's own cost, the yardstick for logbook's parse phase: unified
 * with remark-parse, remark-frontmatter and remark-gfm parsing every
 * Markdown file of a folder on one warm thread. All files are read first,
 * every file is parsed once to warm up, then the parse alone is timed.
 * Prints JSON: files, average bytes, wall and CPU ms per file.
 * Usage: node bench/parser-baseline.mjs <content> [passes]
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const [input, passesArg] = process.argv.slice(2);
if (!input) throw new Error('usage: parser-baseline.mjs <content> [passes]');
/** Small journals are parsed several times over, so that the timed span is long enough to measure. */
const passes = Number(passesArg ?? 1);

const entries = await readdir(input, { recursive: true, withFileTypes: true });
const paths = entries
  .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
  .map((entry) => join(entry.parentPath ?? entry.path, entry.name));
const texts = await Promise.all(paths.map((path) => readFile(path, 'utf8')));

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();
let nodes = 0;
const parseAll = () => {
  for (const text of texts) nodes += processor.parse(text).children.length;
};

parseAll();
const cpuBefore = process.cpuUsage();
const started = performance.now();
for (let pass = 0; pass < passes; pass++) parseAll();
const wallMs = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
const parsed = texts.length * passes;
process.stdout.write(
  `${JSON.stringify({
    files: texts.length,
    passes,
    bytesPerFile: Math.round(texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / texts.length),
    wallMsPerFile: wallMs / parsed,
    cpuMsPerFile: (cpu.user + cpu.system) / 1000 / parsed,
    nodes,
  })}\n`,
);
