/** The watch names what changed, however an editor saves, and follows folders that come and go. */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { watchTree, type FolderWatch } from '../../src/serve/watch-folders.js';
import { tempProject } from '../helpers/site.js';

describe('watchTree', () => {
  let watch: FolderWatch | undefined;
  afterEach(() => watch?.close());

  /** Start watching `root`; `seen(path)` resolves once an event names that path. */
  async function watching(root: string) {
    const events: (string | undefined)[] = [];
    const waiting: { path: string; resolve: () => void }[] = [];
    watch = watchTree(root, (path) => {
      events.push(path);
      for (const waiter of waiting.filter((item) => item.path === path)) waiter.resolve();
    });
    await watch.ready;
    const seen = (path: string) => (events.includes(path) ? Promise.resolve() : new Promise<void>((resolve) => waiting.push({ path, resolve })));
    /** Repeat a write in a folder just made until its event comes (the folder's own watch starts a moment after it appears). */
    const seenAfter = async (path: string, write: () => Promise<void>) => {
      let done = false;
      const named = seen(path).then(() => (done = true));
      for (let attempt = 0; !done && attempt < 100; attempt++) {
        await write();
        await Promise.race([named, new Promise((resolve) => setTimeout(resolve, 50))]);
      }
      await named;
    };
    return { events, seen, seenAfter };
  }

  it('names a file saved in place after it was replaced by a rename (as editors save)', async () => {
    const root = await tempProject('logbook-watch-');
    await mkdir(join(root, 'weeks'));
    await writeFile(join(root, 'weeks', 'w.md'), 'one');
    const { seen, events } = await watching(root);
    for (const text of ['two', 'three']) {
      await writeFile(join(root, 'weeks', 'w.md.tmp'), text);
      await rename(join(root, 'weeks', 'w.md.tmp'), join(root, 'weeks', 'w.md'));
      await seen('weeks/w.md');
      events.length = 0;
    }
    await writeFile(join(root, 'weeks', 'w.md'), 'four');
    await seen('weeks/w.md');
    await rm(root, { recursive: true, force: true });
  });

  it('names a new folder, then files saved in it; forgets a folder removed', async () => {
    const root = await tempProject('logbook-watch-');
    const { seen, seenAfter, events } = await watching(root);
    await mkdir(join(root, 'notes'));
    await seen('notes');
    await seenAfter('notes/deep', async () => {
      await rm(join(root, 'notes', 'deep'), { recursive: true, force: true });
      await mkdir(join(root, 'notes', 'deep'));
    });
    await seenAfter('notes/deep/a.md', () => writeFile(join(root, 'notes', 'deep', 'a.md'), 'a'));
    events.length = 0;
    await rm(join(root, 'notes'), { recursive: true });
    await seen('notes');
    events.length = 0;
    // Made again under the same name: another folder, which must be watched anew.
    await mkdir(join(root, 'notes'));
    await seen('notes');
    events.length = 0;
    await seenAfter('notes/b.md', () => writeFile(join(root, 'notes', 'b.md'), 'b'));
    expect(events.every((path) => path === undefined || path.startsWith('notes'))).toBe(true);
    await rm(root, { recursive: true, force: true });
  });
});
