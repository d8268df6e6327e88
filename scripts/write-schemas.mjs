// Write schema/*.json, the JSON Schemas of front matter and journal.yml, from the checker's own
// definitions (src/lsp/json-schema.ts). Run after changing them: `npm run compile && node scripts/write-schemas.mjs`
// (test/lsp/json-schema.test.ts fails while the shipped files differ).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allJsonSchemas } from '../dist/lsp/json-schema.js';

const root = fileURLToPath(new URL('..', import.meta.url));
for (const [path, schema] of Object.entries(allJsonSchemas())) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${path}`);
}
