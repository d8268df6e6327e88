/** serve's findings banner: inline code in messages, escaped, and colours that do not follow the page's dark theme. */
import { describe, expect, it } from 'vitest';
import type { FindingRecord } from '../../src/report/findings-list.js';
import { findingsOverlay, messageHtml } from '../../src/serve/findings-overlay.js';

const record = (message: string): FindingRecord =>
  ({ file: 'content/weeks/2026-W01.md', line: 3, column: 1, rule: 'week/id', severity: 'error', message }) as unknown as FindingRecord;

describe('the findings banner', () => {
  it('renders backticked parts of a message as code, escaped', () => {
    expect(messageHtml('Write `week: 2026-W01` in the front matter.')).toMatch(/^Write <code style="[^"]+">week: 2026-W01<\/code> in the front matter\.$/);
    expect(messageHtml('`<script>alert(1)</script>` & "x"')).toMatch(/^<code style="[^"]+">&lt;script&gt;alert\(1\)&lt;\/script&gt;<\/code> &amp; &quot;x&quot;$/);
    // A lone backtick is text, not the start of code that never ends.
    expect(messageHtml('a `b` c ` d')).toMatch(/^a <code style="[^"]+">b<\/code> c ` d$/);
    expect(messageHtml('no code')).toBe('no code');
  });

  it('sets the colours of everything it shows, so a dark site theme cannot make it unreadable', () => {
    const html = findingsOverlay([record('Use `done 2026-01-05`.')], { stale: false });
    expect(html).not.toContain('`');
    expect(html).toMatch(/<aside id="logbook-findings"[^>]*style="[^"]*background: #fff8c5;color: #1f2328;color-scheme: light/);
    const codes = html.match(/<code[^>]*>/g)!;
    expect(codes).toHaveLength(3);
    for (const tag of codes) expect(tag).toMatch(/style="background:#ffffff;color:#1f2328;/);
  });
});
