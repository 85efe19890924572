// Preloaded into a benchmarked process (node --require): on exit, write its peak RSS (KiB), the CPU time it
// used (ms, user + system) and its minor page faults where the bench asked, so the bench can report them
// without platform tools like /usr/bin/time. CommonJS, so the preload does not start the ES module loader.
const target = process.env.LEB_BENCH_RSS_FILE;
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    require('node:fs').writeFileSync(target, `${usage.maxRSS} ${(usage.userCPUTime + usage.systemCPUTime) / 1000} ${usage.minorPageFault}`);
  });
}
