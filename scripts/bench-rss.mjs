// Preloaded into a benchmarked leb process (node --import): on exit, write its peak RSS (KiB) where the
// bench asked, so the bench can report memory without platform tools like /usr/bin/time.
import { writeFileSync } from 'node:fs';

const target = process.env.LEB_BENCH_RSS_FILE;
if (target) process.on('exit', () => writeFileSync(target, String(process.resourceUsage().maxRSS)));
