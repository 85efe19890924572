import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Context } from '../../app/context.js';
import { embeddedSandbox } from '../../app/targets.js';
import { sandboxFile } from '../../providers/open.js';
import { withLock } from '../../store/lock.js';
import { printJson } from '../../io/output.js';
import { sandboxClockFile } from '../../store/sandbox-clock.js';

export async function runSandboxReset(ctx: Pick<Context, 'color' | 'globals' | 'io' | 'paths' | 't'>): Promise<number> {
  const file = sandboxFile(ctx.paths.sandbox, embeddedSandbox());
  // The sandbox's orders name lines that are about to vanish: they go with it, and its clock goes back to the
  // real one (the new demo lines are seeded from today).
  await withLock(file, () => {
    rmSync(file, { force: true });
    rmSync(join(ctx.paths.sandbox, 'orders.jsonl'), { force: true });
  });
  const clock = sandboxClockFile(ctx.paths.sandbox);
  await withLock(clock, () => rmSync(clock, { force: true }));
  if (ctx.globals.json) await printJson(ctx, { reset: true });
  else ctx.io.stderr.write(`${ctx.t['sandbox.reset']}\n`);
  return 0;
}
