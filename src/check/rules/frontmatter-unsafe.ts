/** `frontmatter/unsafe`: reported where it is found, in src/parse/front-matter.ts, parse/safe-yaml.ts. */
import { defineRule } from './define-rule.js';

export const frontmatterUnsafe = defineRule({
  id: 'frontmatter/unsafe',
  severity: 'error',
  protect: 'rule',
  summary: 'front matter that could run code or explode: `---js`, custom YAML tags, anchors and aliases, `__proto__` keys',
  help: [
    'The front matter asks for something beyond plain YAML data: a code engine (`---js`), a custom tag (`!!js/function`), anchors and aliases, or `__proto__`/`constructor`/`prototype` keys.',
    'A journal is data, never code: these could run code on the machine that builds the site, or blow up in memory.',
    'Fix: write plain YAML keys and values.',
  ].join(' '),
});
