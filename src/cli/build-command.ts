/** `logbook build`: check, then write the site; errors write nothing and leave the previous site as it was. */
import { relative, resolve } from 'node:path';
import { VFile } from 'vfile';
import { applyRuleSettings } from '../check/rule-settings.js';
import { hasFailures, report } from '../findings/finding.js';
import { loadJournal } from '../journal.js';
import { countFindings, listFindings } from '../report/findings-list.js';
import { formatPretty } from '../report/format-pretty.js';
import { assertReplaceableOutput, assertSafeOutput, OutputFolderError, SiteWriteError, type OutputGuard } from '../site/output-folder.js';
import { parseCommandArgs, UsageError } from './args.js';
import type { Io } from './io.js';
import { readToday } from './today.js';
import { trace } from '../util/trace.js';
import { openWorkspace } from '../workspace/workspace.js';

/** Path segments of URL-safe characters, each but the last ended by one `/`, after an optional leading `/`. */
const PREFIX = /^\/?(?:[A-Za-z0-9._~-]+\/)*[A-Za-z0-9._~-]*$/;

export async function buildCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    content: { type: 'string', default: 'content' },
    output: { type: 'string', default: '_site' },
    today: { type: 'string' },
    'path-prefix': { type: 'string' },
    // The site's address when journal.yml has no `url` (the Pages workflow passes its base URL).
    url: { type: 'string' },
    // Ignore (and do not write) the cache of parsed files from earlier runs.
    'no-cache': { type: 'boolean', default: false },
    // Leave out the link-preview images (and og:image): a faster build of a large journal.
    'no-social-images': { type: 'boolean', default: false },
  });
  if (positionals.length > 0) throw new UsageError(`build takes no arguments (got "${positionals[0]}")`);
  const prefix = values['path-prefix'];
  if (prefix !== undefined && (!PREFIX.test(prefix) || prefix.split('/').some((part) => part === '.' || part === '..'))) {
    throw new UsageError(`--path-prefix must look like /journal/ (got "${prefix}")`);
  }

  const url = values.url === undefined ? undefined : readSiteUrl(values.url);

  const output = resolve(io.cwd, values.output);
  const workspace = await openWorkspace({ mode: values['no-cache'] ? 'off' : 'disk', cwd: io.cwd });
  refuseUnsafeOutput({ outputDir: output, contentDir: resolve(io.cwd, values.content), projectDir: io.cwd, cacheDir: workspace.dir });

  const loaded = await loadJournal({ contentDir: values.content, cwd: io.cwd, today: readToday(values.today), workspace });
  await workspace.save();
  const files = [...loaded.files];
  if (!loaded.journal.config.url && !url) {
    const extra = warnNoUrl(loaded.files, relative(io.cwd, loaded.root) || '.');
    if (extra) files.push(extra);
    applyRuleSettings(files, loaded.journal.config.rules);
  }
  const records = listFindings(files);
  if (records.length > 0) io.stdout(formatPretty(files, { color: io.color }));
  if (hasFailures(files)) {
    const { error } = countFindings(records);
    io.stderr(`Nothing written: fix the ${error === 1 ? 'error' : `${error} errors`} above first; ${values.output} was left as it was.\n`);
    return 1;
  }
  // The site's code (Markdown rendering, the plan, Eleventy) is loaded once the journal passed its check.
  const { buildSite } = await import('../site/build-site.js');
  const interrupt = onInterrupt();
  const built = await buildSite({
    journal: loaded.journal,
    today: loaded.today,
    contentRoot: loaded.root,
    outputDir: output,
    projectDir: io.cwd,
    pathPrefix: prefix,
    url,
    workspace,
    socialImages: !values['no-social-images'],
    signal: interrupt.signal,
  }).catch((error: unknown) => {
    if (error instanceof Interrupted) return error;
    if (error instanceof OutputFolderError) throw new UsageError(error.message);
    if (error instanceof SiteWriteError) {
      const where = relative(io.cwd, error.path) || '.';
      throw new UsageError(`${error.what} while writing ${where}; ${error.previousKept ? 'the previous site was left as it was' : 'the new site is in place'}`);
    }
    throw error;
  }).finally(() => interrupt.stop());
  if (built instanceof Interrupted) {
    io.stderr(`Stopped (${built.signal}): nothing written; ${values.output} was left as it was.\n`);
    return built.exitCode;
  }
  const unchanged = built.reused > 0 ? `, ${built.reused} pages unchanged since the last build` : '';
  trace('done');
  io.stdout(`Wrote ${built.files} files to ${relative(io.cwd, output) || '.'}/ (path prefix ${built.pathPrefix}${unchanged}).\n`);
  return 0;
}

/** Why a build stopped early: Ctrl-C (SIGINT) or SIGTERM. */
class Interrupted extends Error {
  constructor(readonly signal: 'SIGINT' | 'SIGTERM') {
    super(`stopped by ${signal}`);
  }
  /** The shell's code for a command ended by the signal: 128 + its number. */
  get exitCode(): number {
    return this.signal === 'SIGINT' ? 130 : 143;
  }
}

/**
 * While the site is written, Ctrl-C and SIGTERM stop the build at the next
 * phase instead of killing it on the spot: its new folder is removed and the
 * search indexer stopped (and waited for) before the command exits. A second
 * signal kills it as usual (each handler runs once).
 */
function onInterrupt(): { signal: AbortSignal; stop(): void } {
  const controller = new AbortController();
  const handlers = (['SIGINT', 'SIGTERM'] as const).map((name) => {
    const handler = () => {
      stop();
      controller.abort(new Interrupted(name));
    };
    process.once(name, handler);
    return [name, handler] as const;
  });
  const stop = () => {
    for (const [name, handler] of handlers) process.removeListener(name, handler);
  };
  return { signal: controller.signal, stop };
}

/** `--url`: an absolute http(s) address with no user name, query or fragment, whose path can be a path prefix. */
export function readSiteUrl(text: string): string {
  const fail = (why: string) => new UsageError(`--url must be the site's full address, like https://you.github.io/journal/ (got "${text}": ${why})`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw fail('not an address');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw fail('it must start with https:// or http://');
  if (url.username !== '' || url.password !== '') throw fail('it must not hold a user name or password');
  if (url.search !== '' || url.hash !== '') throw fail('it must not have a ? query or # fragment');
  // Each path segment one plain name (checked one by one: no pattern that could backtrack).
  const segments = url.pathname.split('/').filter((segment) => segment !== '');
  if (!segments.every((segment) => URL_SEGMENT.test(segment))) throw fail('its path may hold only letters, digits and . _ ~ -');
  return `${url.origin}/${segments.map((segment) => `${segment}/`).join('')}`;
}

const URL_SEGMENT = /^[A-Za-z0-9._~-]+$/;

/**
 * `journal/no-url`: without an address, the feed and sitemap cannot be
 * written and the calendar's events have no link. Reported by build only
 * (check cannot know the `--url` build will be given).
 */
function warnNoUrl(files: readonly VFile[], contentFolder: string): VFile | undefined {
  // On journal.yml's first line; on the content folder when there is no journal.yml.
  const config = files.find((file) => file.data.contentPath === 'journal.yml');
  const file = config ?? new VFile({ path: contentFolder });
  report(file, {
    rule: 'journal/no-url',
    place: { line: 1, column: 1 },
    message:
      'The site\'s address is unknown, so there is no feed or sitemap and calendar events have no link: add `url: https://…` to journal.yml, or pass build --url.',
  });
  return config ? undefined : file;
}

/**
 * Refuse a dangerous output folder before reading anything (a usage error,
 * exit 2): one that would overwrite the journal or the project, or that is
 * there and is not a site logbook wrote (nor empty).
 */
function refuseUnsafeOutput(guard: OutputGuard): void {
  try {
    assertSafeOutput(guard);
    assertReplaceableOutput(guard.outputDir);
  } catch (error) {
    if (error instanceof OutputFolderError) throw new UsageError(error.message);
    throw error;
  }
}
