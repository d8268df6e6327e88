/**
 * Phase timings for profiling, on standard error when `LOGBOOK_TRACE` is set
 * (`LOGBOOK_TRACE=1 logbook build`): the wall time and the main thread's CPU
 * time since the previous mark (the first one: since this module was loaded). Costs nothing otherwise.
 */
const enabled = Boolean(process.env.LOGBOOK_TRACE);
let last = performance.now();
let lastCpu = process.cpuUsage();

/** Print the time spent since the previous mark, under `label`. */
export function trace(label: string): void {
  if (!enabled) return;
  const now = performance.now();
  const cpu = process.cpuUsage(lastCpu);
  const seconds = (ms: number) => (ms / 1000).toFixed(2);
  process.stderr.write(`[trace] ${label.padEnd(18)} ${seconds(now - last)} s (cpu ${seconds((cpu.user + cpu.system) / 1000)} s), ${seconds(now)} s after the process started\n`);
  last = now;
  lastCpu = process.cpuUsage();
}
