#!/usr/bin/env node
// Writes src/init/example-manifest.json: the path and SHA-256 of every file of the example
// journal the repository ships, so `logbook init` can tell an unchanged copy of it (which it
// may replace) from a learner's own journal (which it never touches).
// Run it after editing the example: node scripts/example-manifest.mjs [content-folder]
// Hashes are taken with CRLF line ends read as LF, as src/init/example-journal.ts does, so a
// checkout with Windows line ends still counts as unchanged.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const contentDir = process.argv[2] ?? join(repo, 'content');
const target = join(repo, 'src', 'init', 'example-manifest.json');

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return walk(path);
    if (!entry.isFile()) throw new Error(`${path} is neither a file nor a folder: the example journal holds only files`);
    return [path];
  });
}

function sha256(bytes) {
  return createHash('sha256').update(Buffer.from(bytes.toString('latin1').replace(/\r\n/g, '\n'), 'latin1')).digest('hex');
}

const files = walk(contentDir)
  .map((path) => ({ path: relative(contentDir, path).split(sep).join('/'), sha256: sha256(readFileSync(path)) }))
  .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
writeFileSync(target, `${JSON.stringify({ files }, null, 2)}\n`);
console.log(`${relative(process.cwd(), target)}: ${files.length} files`);
