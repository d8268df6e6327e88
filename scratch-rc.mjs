import ts from 'typescript';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { check } from 'recheck';
const files = [];
const walk = (d) => { for (const e of readdirSync(d, { withFileTypes: true })) { const p = join(d, e.name); e.isDirectory() ? walk(p) : /\.ts$/.test(p) && files.push(p); } };
walk('src');
const found = [];
for (const f of files) {
  const sf = ts.createSourceFile(f, readFileSync(f, 'utf8'), ts.ScriptTarget.Latest, true);
  const visit = (n) => {
    if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const t = n.getText(); const i = t.lastIndexOf('/');
      found.push({ f, line: sf.getLineAndCharacterOfPosition(n.getStart()).line + 1, source: t.slice(1, i), flags: t.slice(i + 1) });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
}
console.log(found.length, 'regexes');
const t0 = Date.now();
for (const r of found) {
  const s = Date.now();
  const d = await check(r.source, r.flags, { timeout: 60000 });
  const ms = Date.now() - s;
  if (d.status !== 'safe' || d.checker !== 'automaton' || ms > 2000) console.log(d.status, d.checker, ms, `${r.f}:${r.line}`, `/${r.source}/${r.flags}`, d.complexity?.type ?? d.error?.kind ?? '', d.attack?.pattern ?? '');
}
console.log('total', Date.now() - t0);
process.exit(0);
