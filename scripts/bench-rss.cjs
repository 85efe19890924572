// Preloaded into a benchmarked process (node --require): on exit, write its peak RSS (KiB) where the bench
// asked, so the bench can report memory without platform tools like /usr/bin/time. CommonJS, so the preload
// does not start the ESM loader before the program does.
const target = process.env.LEB_BENCH_RSS_FILE;
if (target) process.on('exit', () => require('node:fs').writeFileSync(target, String(process.resourceUsage().maxRSS)));
