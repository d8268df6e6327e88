/**
 * The `# yaml-language-server: $schema=…` line `init` puts atop journal.yml,
 * so an editor with a YAML language server completes and checks its
 * settings even without logbook's own server. Written only when the shipped
 * schema is inside the project (the usual case: the journal is the
 * repository's content/ folder), as a relative path that stays right on any
 * machine the repository is cloned to.
 */
import { existsSync } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The shipped schema of journal.yml (two folders up from both src/lsp and dist/lsp). */
export const JOURNAL_SCHEMA = fileURLToPath(new URL('../../schema/journal.json', import.meta.url));

export function schemaComment(contentDir: string, projectDir: string, schemaFile = JOURNAL_SCHEMA): string {
  const fromProject = relative(projectDir, schemaFile);
  if (isAbsolute(fromProject) || fromProject === '..' || fromProject.startsWith(`..${sep}`) || !existsSync(schemaFile)) return '';
  return `# yaml-language-server: $schema=${relative(contentDir, schemaFile).split(sep).join('/')}\n`;
}
