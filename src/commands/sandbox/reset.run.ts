import { rmSync } from 'node:fs';
import type { Context } from '../../context.js';
import { embeddedSandbox } from '../../app/targets.js';
import { sandboxFile } from '../../providers/open.js';
import { withLock } from '../../store/lock.js';

export async function runSandboxReset(ctx: Context): Promise<number> {
  const file = sandboxFile(ctx.paths.sandbox, embeddedSandbox());
  await withLock(file, () => rmSync(file, { force: true }));
  ctx.io.stderr.write(`${ctx.t['sandbox.reset']}\n`);
  return 0;
}
