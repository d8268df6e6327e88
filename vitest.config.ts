import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Bounds that only catch a hang, never a slow machine: no test waits on the clock, and on a
    // two-core machine kept busy by other processes a whole-site build takes several times as long
    // as on a quiet one (the slowest single tests take about 20 s there when quiet).
    testTimeout: 180_000,
    hookTimeout: 300_000,
  },
});
