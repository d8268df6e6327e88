/** A fake Io that records what a command prints. */
import type { Io } from '../../src/cli/io.js';

export function recordingIo(cwd: string): Io & { out: string; err: string } {
  const io = {
    cwd,
    out: '',
    err: '',
    color: false,
    stdout(text: string) {
      io.out += text;
    },
    stderr(text: string) {
      io.err += text;
    },
  };
  return io;
}
