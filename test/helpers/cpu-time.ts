/**
 * CPU time for the hardening bounds: the milliseconds of CPU this test
 * process (all its threads) spent since `start`. A busy machine stretches
 * wall time, not the work done, so a bound on CPU time catches a hang or a
 * blow-up without failing because other processes held the cores.
 */
export function cpuStart(): NodeJS.CpuUsage {
  return process.cpuUsage();
}

export function cpuMsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}
