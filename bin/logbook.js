#!/usr/bin/env node
// Thin launcher: the command line lives in the compiled TypeScript (dist/cli/main.js).
// The compile cache first, so that it covers every module loaded after it (see compile-cache.ts).
import { setFlagsFromString } from 'node:v8';
import { enableCompileCache } from '../dist/cli/compile-cache.js';

const args = process.argv.slice(2);
// A one-shot build or check spends about a third of its parse phase's CPU in V8's optimising
// compiler (in background threads), once per thread that parses: most of it inlining micromark's
// many small functions into large ones, which these short runs never run long enough to repay.
// Without inlining: the same output, about 0.5 s less CPU at 1,000 files (docs/performance.md).
// Long-running commands (serve, lsp) keep it: they parse the same code for hours.
if (args[0] === 'build' || args[0] === 'check') setFlagsFromString('--no-turbo-inlining');

enableCompileCache();
const { main } = await import('../dist/cli/main.js');
process.exitCode = await main(args);
