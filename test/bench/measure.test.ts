/**
 * bench/measure.mjs counts the processes a measured command leaves running
 * after it exits (the benchmark's "left" column, which shows whether
 * `logbook build` waits for its Pagefind child). Linux only: it reads /proc.
 */
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { measure } from '../../bench/measure.mjs';

/** A Node script that starts `sleep 600` and then exits, waiting for it or not. */
const script = (wait: boolean) => `
  const child = require('node:child_process').spawn('sleep', ['600'], { stdio: 'ignore' });
  ${wait ? "child.on('exit', () => process.exit(0)); child.kill();" : 'child.unref();'}
`;

describe.runIf(existsSync('/proc/self/stat'))('measure: processes left behind', () => {
  it('counts and names a child that outlives the measured process', async () => {
    const result = await measure({ args: ['-e', script(false)], cwd: tmpdir() });
    expect(result.childrenLeft).toBe(1);
    expect(result.left.map((entry: { name: string }) => entry.name)).toEqual(['sleep']);
    expect(result.wallMs).toBeGreaterThan(0);
  });

  it('counts none when the process waits for its child', async () => {
    const result = await measure({ args: ['-e', script(true)], cwd: tmpdir() });
    expect(result.childrenLeft).toBe(0);
  });
});
