// Time passing for locks, without waiting for it: a lock whose holder was killed is taken over once its
// directory has not been refreshed for the staleness period (src/store/lock.ts). Instead of waiting that long,
// a test dates every lock under LEB_HOME back, as if the dead holder had stopped refreshing long ago.

import { existsSync, readdirSync, utimesSync } from 'node:fs';
import { join } from 'node:path';

/** Date every `*.lock` directory under `home` back by `agoMs` (a minute by default); returns how many. */
export function ageLocks(home: string, agoMs = 60_000): number {
  const then = new Date(Date.now() - agoMs);
  let aged = 0;
  const visit = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const path = join(dir, entry.name);
      if (entry.name.endsWith('.lock')) {
        utimesSync(path, then, then);
        aged++;
      } else {
        visit(path);
      }
    }
  };
  visit(home);
  return aged;
}
