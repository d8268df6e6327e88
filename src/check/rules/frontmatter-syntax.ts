/** `frontmatter/syntax`: reported where it is found, in src/parse/front-matter.ts. */
import { defineRule } from './define-rule.js';

export const frontmatterSyntax = defineRule({
  id: 'frontmatter/syntax',
  severity: 'error',
  protect: 'rule',
  summary: 'the front matter is not valid YAML, is never closed, or does not start on the first line',
  help: [
    'The block between the `---` lines at the top of the file cannot be read as YAML.',
    'Its fields, `private:` among them, cannot be known, so the file cannot be published safely.',
    'Fix: correct the YAML at the line the finding names (quote text holding a colon), and close the block with `---`.',
  ].join(' '),
});
