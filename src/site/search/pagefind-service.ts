/**
 * Pagefind's indexer, a process this module starts and waits for. Pagefind's
 * own API (`createIndex`, `close`) shares one process per thread and its
 * `close()` only sends that process SIGTERM: nothing waited for it to end, so
 * `logbook build` returned while it was still exiting and left it behind,
 * unreaped. The same client (the `PagefindService` class of its
 * `lib/service.js`, which the package does not export) runs the process
 * here, and `close()` resolves only once the process has exited.
 */
import type { ChildProcess } from 'node:child_process';

interface ServiceResponse {
  exception: Error | null;
  err: { message: string } | null;
  result: ({ type: string } & Record<string, unknown>) | null;
}

/** The part of Pagefind's `PagefindService` used here (pagefind 1.x, `lib/service.js`). */
interface PagefindService {
  backend: ChildProcess | null;
  sendMessage(message: Record<string, unknown>, callback: (response: ServiceResponse) => void): void;
  close(error: Error | null): void;
}

/** The service class, beside the package's entry point. */
async function serviceClass(): Promise<new () => PagefindService> {
  const module = (await import(new URL('./service.js', import.meta.resolve('pagefind')).href)) as { PagefindService: new () => PagefindService };
  return module.PagefindService;
}

/** One index in the process (what `pagefind.createIndex` returns, for the calls logbook makes). */
export interface PagefindIndex {
  addHTMLFile(file: { sourcePath: string; content: string }): Promise<{ errors: string[] }>;
  writeFiles(options: { outputPath: string }): Promise<{ errors: string[] }>;
}

export interface PagefindProcess {
  createIndex(config: { forceLanguage: string; excludeSelectors: string[] }): Promise<{ index?: PagefindIndex; errors: string[] }>;
  /** Stop the process and wait until it has exited (safe to call more than once). */
  close(): Promise<void>;
}

/** Start a Pagefind process. */
export async function startPagefind(): Promise<PagefindProcess> {
  const Service = await serviceClass();
  const service = new Service();
  const child = service.backend!;
  // A process that could not start has no `exit`, only an `error`.
  const ended = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.once('error', () => resolve());
  });

  const request = (payload: Record<string, unknown>, expected: string) =>
    new Promise<{ errors: string[]; result?: Record<string, unknown> }>((resolve, reject) => {
      try {
        service.sendMessage(payload, ({ exception, err, result }) => {
          if (exception) reject(exception);
          else if (err) resolve({ errors: [err.message] });
          else if (result?.type !== expected) reject(new Error(`search index: Pagefind answered ${result?.type ?? 'nothing'} to ${String(payload.type)}`));
          else resolve({ errors: [], result });
        });
      } catch (error) {
        reject(error as Error);
      }
    });

  const indexOf = (id: unknown): PagefindIndex => ({
    addHTMLFile: ({ sourcePath, content }) => request({ type: 'AddFile', index_id: id, file_path: sourcePath, file_contents: content }, 'IndexedFile'),
    writeFiles: ({ outputPath }) => request({ type: 'WriteFiles', index_id: id, output_path: outputPath }, 'WriteFiles'),
  });

  return {
    async createIndex({ forceLanguage, excludeSelectors }) {
      const { errors, result } = await request({ type: 'NewIndex', config: { force_language: forceLanguage, exclude_selectors: excludeSelectors } }, 'NewIndex');
      return result ? { index: indexOf(result.index_id), errors } : { errors };
    },
    async close() {
      // Pagefind unreferences its process; held here until it has exited.
      child.ref();
      service.close(null);
      await ended;
    },
  };
}
