/**
 * The findings of the last check, shown on every page `serve` sends: a
 * banner at the top listing file, line, column, rule and message. Empty
 * when the journal is clean, so it disappears as soon as the fix is saved.
 * It sets every colour it shows itself (light, in both themes), so the
 * site's dark palette never puts dark code boxes on its pale background.
 */
import type { FindingRecord } from '../report/findings-list.js';
import { escapeMarkup } from '../util/escape-markup.js';

const escapeHtml = escapeMarkup;

/** Colours for code in the banner: the site's own `code` style would follow the page's theme. */
const CODE_STYLE = 'background:#ffffff;color:#1f2328;border:1px solid #d4a72c;border-radius:4px;padding:0 0.25em;font:0.92em ui-monospace,monospace';

function code(text: string): string {
  return `<code style="${CODE_STYLE}">${escapeHtml(text)}</code>`;
}

/** A message with its `backticked` parts as code, everything escaped; a lone backtick stays as it is. */
export function messageHtml(message: string): string {
  const parts = message.split('`');
  if (parts.length % 2 === 0) parts.splice(-2, 2, `${parts.at(-2)}\`${parts.at(-1)}`);
  return parts.map((part, index) => (index % 2 === 1 ? code(part) : escapeHtml(part))).join('');
}

/** The banner's HTML, or an empty string when there is nothing to say. */
export function findingsOverlay(records: readonly FindingRecord[], { stale, failure }: { stale: boolean; failure?: string | undefined }): string {
  if (records.length === 0 && !failure) return '';
  const errors = records.filter((record) => record.severity === 'error').length;
  const warnings = records.length - errors;
  const counts = [errors ? `${errors} ${errors === 1 ? 'error' : 'errors'}` : '', warnings ? `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` : '']
    .filter(Boolean)
    .join(', ');
  const items = records
    .map(
      (record) =>
        `<li class="logbook-finding logbook-${record.severity}">${code(`${record.file}:${record.line}:${record.column}`)} ` +
        `<strong>${escapeHtml(record.severity)}</strong> ${messageHtml(record.message)} ${code(record.rule)}</li>`,
    )
    .join('');
  const note =
    (failure ? `<p><strong>Could not update the preview:</strong> ${escapeHtml(failure)}</p>` : '') +
    (stale ? '<p>The page below is the last one that built without errors.</p>' : '');
  return (
    `<aside id="logbook-findings" role="region" aria-label="Findings in your journal" style="${STYLE}">` +
    `<details open><summary><strong>logbook: ${counts || 'the preview is out of date'}</strong></summary>${note}<ul style="margin:0.5rem 0 0;padding-left:1.25rem">${items}</ul></details></aside>`
  );
}

const STYLE = [
  'font: 14px/1.45 system-ui, sans-serif',
  'background: #fff8c5',
  'color: #1f2328',
  'color-scheme: light',
  'border-bottom: 2px solid #9a6700',
  'padding: 0.6rem 1rem',
  'max-height: 40vh',
  'overflow: auto',
].join(';');
