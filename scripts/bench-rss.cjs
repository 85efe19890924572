// Preloaded into a benchmarked process (node --require): on exit, write its peak RSS (KiB) and the CPU time it
// used (ms, user + system) where the bench asked, so the bench can report both without platform tools like
// /usr/bin/time. CommonJS, so the preload does not start the ES module loader.
const target = process.env.LEB_BENCH_RSS_FILE;
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    require('node:fs').writeFileSync(target, `${usage.maxRSS} ${(usage.userCPUTime + usage.systemCPUTime) / 1000}`);
  });
}
