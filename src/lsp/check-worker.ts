/**
 * The check worker of the language server: it keeps the session's parsed
 * files and the bytes of closed files, runs the same load → parse → check
 * as `logbook check` for each request (the editor's unsaved text in place
 * of open files) and answers with diagnostics. Checking here keeps the
 * server's main thread free to answer the editor at any time.
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { loadJournal } from '../journal.js';
import type { FileReader } from '../load/read-content.js';
import type { ContentPath } from '../model/types.js';
import type { CheckerSetup, CheckReply, CheckRequest } from './check-protocol.js';
import { toDiagnostics } from './diagnostics.js';
import { openWorkspace } from '../workspace/workspace.js';

const { contentDir, today } = workerData as CheckerSetup;
// Parses kept as objects for the session (nothing on disk): a keystroke costs the parse of the edited file only.
const workspace = await openWorkspace({ mode: 'memory' });
const encoder = new TextEncoder();
let disk = new Map<string, Uint8Array>();

function forget(path: string): void {
  disk.delete(path);
  const prefix = `${path}/`;
  for (const known of disk.keys()) if (known.startsWith(prefix)) disk.delete(known);
}

async function check(request: CheckRequest): Promise<CheckReply> {
  if (request.forget === 'all') disk = new Map();
  else for (const path of request.forget) forget(path);
  const open = new Map(request.open);
  const next = new Map<string, Uint8Array>();
  const readFile: FileReader = ({ contentPath, absolute, link }) => {
    const text = open.get(contentPath);
    if (text !== undefined) return encoder.encode(text);
    const bytes = (link || !request.watched ? undefined : disk.get(contentPath)) ?? readFileSync(absolute);
    next.set(contentPath, bytes);
    return bytes;
  };
  try {
    const journal = await loadJournal({ contentDir, cwd: contentDir, today, workspace, readFile });
    // Forget the parses this check did not use (older texts of edited files, removed files).
    workspace.prune();
    disk = next;
    const files: [string, ReturnType<typeof toDiagnostics>][] = [];
    for (const file of journal.files) {
      if (file.messages.length > 0) files.push([file.data.contentPath ?? (file.path as ContentPath), toDiagnostics(file)]);
    }
    const summary = {
      goals: journal.journal.goals.map((goal) => ({
        slug: goal.slug,
        title: goal.title,
        status: goal.status,
        due: goal.due,
        milestones: { done: goal.milestones.filter((milestone) => milestone.done).length, total: goal.milestones.length },
      })),
      sections: journal.journal.config.template.sections.map((section) => section.heading),
    };
    return { ok: true, files, summary };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}

// One request at a time: the session sends the next only after this one's answer.
parentPort!.on('message', (request: CheckRequest) => {
  void check(request).then((reply) => parentPort!.postMessage(reply));
});
