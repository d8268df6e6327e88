/**
 * Preloaded into every measured process (`node --import`): when the process
 * exits, it writes its own peak memory and CPU time as JSON to the file
 * named by BENCH_USAGE_FILE. Worker threads are counted, being the same process.
 */
import { writeFileSync } from 'node:fs';

const target = process.env.BENCH_USAGE_FILE;
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(
      target,
      JSON.stringify({ maxRssKiB: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }),
    );
  });
}
