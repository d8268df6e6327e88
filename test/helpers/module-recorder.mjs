// Preloaded with `node --import` by tests that check what a command loads:
// every module's URL is appended to the file named by LOGBOOK_TEST_MODULE_LOG
// as it is loaded, and a line `-- first phase` when logbook traces its first
// phase ("[trace] start", with LOGBOOK_TRACE=1), so a test can tell what was
// loaded before it.
import { appendFileSync } from 'node:fs';
import { register } from 'node:module';
import { isMainThread } from 'node:worker_threads';

const log = process.env.LOGBOOK_TEST_MODULE_LOG;
// Worker threads run this too (they inherit --import): what they load is noted as well.
if (log) register(new URL('./module-recorder-hooks.mjs', import.meta.url), { data: { log } });
if (log && isMainThread) {
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = (chunk, ...rest) => {
    if (String(chunk).startsWith('[trace] start')) appendFileSync(log, '-- first phase\n');
    return write(chunk, ...rest);
  };
}
