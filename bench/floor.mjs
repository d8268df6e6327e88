/**
 * The floor: read every file of a folder and write it out again, nothing
 * else. No tool that reads and writes the same files can be faster.
 * Usage: node bench/floor.mjs <input> <output>
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';

const [input, output] = process.argv.slice(2);
if (!input || !output) throw new Error('usage: floor.mjs <input> <output>');

await rm(output, { recursive: true, force: true });
const entries = await readdir(input, { recursive: true, withFileTypes: true });
const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath ?? entry.path, entry.name));
const folders = new Set(files.map((file) => dirname(join(output, relative(input, file)))));
for (const folder of folders) await mkdir(folder, { recursive: true });
let next = 0;
const copyNext = async () => {
  while (next < files.length) {
    const file = files[next++];
    await writeFile(join(output, relative(input, file)), await readFile(file));
  }
};
await Promise.all(Array.from({ length: 32 }, copyNext));
