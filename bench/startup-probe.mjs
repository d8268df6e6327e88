// Preloaded by bench/startup.mjs (node --import): when logbook prints its
// first trace mark ("[trace] start", the first phase), also print how long
// the process had run until then, in wall and CPU milliseconds.
const write = process.stderr.write.bind(process.stderr);
process.stderr.write = (chunk, ...rest) => {
  if (String(chunk).startsWith('[trace] start')) {
    const cpu = process.cpuUsage();
    write(`[startup] ${performance.now().toFixed(1)} ${((cpu.user + cpu.system) / 1000).toFixed(1)}\n`);
  }
  return write(chunk, ...rest);
};
