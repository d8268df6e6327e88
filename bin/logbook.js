#!/usr/bin/env node
// Thin launcher: the command line lives in the compiled TypeScript (dist/cli/main.js).
// The compile cache first, so that it covers every module loaded after it (see compile-cache.ts).
import { enableCompileCache } from '../dist/cli/compile-cache.js';

enableCompileCache();
const { main } = await import('../dist/cli/main.js');
process.exitCode = await main(process.argv.slice(2));
