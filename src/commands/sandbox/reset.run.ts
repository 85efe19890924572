import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Context } from '../../app/context.js';
import { embeddedSandbox } from '../../app/targets.js';
import { sandboxFile } from '../../providers/open.js';
import { withLock } from '../../store/lock.js';
import { printJson } from '../../io/output.js';

export async function runSandboxReset(ctx: Context): Promise<number> {
  const file = sandboxFile(ctx.paths.sandbox, embeddedSandbox());
  // The sandbox's orders name lines that are about to vanish: they go with it.
  await withLock(file, () => {
    rmSync(file, { force: true });
    rmSync(join(ctx.paths.sandbox, 'orders.jsonl'), { force: true });
  });
  if (ctx.globals.json) await printJson(ctx, { reset: true });
  else ctx.io.stderr.write(`${ctx.t['sandbox.reset']}\n`);
  return 0;
}
