// Each stored policy with its line as the provider reports it now: the account (or the embedded sandbox), the
// provider, the line's status. A policy whose account is gone, or whose provider fails, comes back with the
// reason instead, so one bad line never hides the others.

import type { Context } from '../context.js';
import type { AccountTarget } from '../../providers/open.js';
import type { Provider } from '../../providers/port.js';
import { AccountError } from '../../providers/account-error.js';
import { LebError } from '../../errors.js';
import type { StoredPolicy } from '../../store/policies.js';
import { own } from '../../store/shape.js';
import { accountTarget, embeddedSandbox } from '../targets.js';
import { mapPool } from '../pool.js';
import { withProgress } from '../progress.js';
import { toLineView, type FoundLine, type LineView } from '../lines.js';
import { policyKey } from './policies.js';

export type PolicyLine =
  | { policy: StoredPolicy; found: FoundLine; view: LineView; provider: Provider }
  | { policy: StoredPolicy; problem: string; exitCode: number };

const READ_CONCURRENCY = 8;

export async function readPolicyLines(
  ctx: Pick<Context, 'config' | 'describe' | 'globals' | 'now' | 'provider' | 'spinner' | 't' | 'timeZone'>,
  policies: readonly StoredPolicy[],
): Promise<PolicyLine[]> {
  const config = ctx.config.read();
  const targetOf = (p: StoredPolicy): AccountTarget | null => (ctx.globals.sandbox ? embeddedSandbox() : accountTarget(config, p.account));
  return withProgress(ctx, () => ctx.t['autopilot.reading'](0, policies.length), (update) => {
    let done = 0;
    return mapPool(policies, READ_CONCURRENCY, async (policy): Promise<PolicyLine> => {
      try {
        const target = targetOf(policy);
        if (target === null || target.name !== policy.account) return { policy, problem: ctx.t['autopilot.noAccount'](policy.account), exitCode: 4 };
        const provider = await ctx.provider(target);
        const status = await provider.lineStatus(policy.line);
        const view = toLineView(target, status, ctx.now(), ctx.timeZone, config.settings.warnDays);
        const notes = own(config.lines, policyKey(policy));
        const found: FoundLine = { target, provider, line: { id: status.id, number: status.number, iccid: status.iccid, alias: status.alias } };
        return { policy, found, provider, view: { ...view, label: notes?.label ?? null, note: notes?.note ?? null } };
      } catch (error) {
        if (!(error instanceof AccountError) && !(error instanceof LebError && error.exitCode !== 130)) throw error;
        const reported = ctx.describe(error);
        return { policy, problem: reported.message, exitCode: reported.exitCode };
      } finally {
        const count = ++done;
        update(() => ctx.t['autopilot.reading'](count, policies.length));
      }
    });
  });
}
