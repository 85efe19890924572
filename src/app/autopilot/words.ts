// Why a policy cannot keep a line, in the user's words: what the next payment needs against what the policy
// allows.

import type { Context } from '../context.js';
import type { KeepPolicy, UnkeptReason } from '../../domain/autopilot.js';
import { formatMoney, type Money } from '../../domain/money.js';

export function unkeptReason(
  ctx: Pick<Context, 'locale' | 't'>,
  reason: UnkeptReason,
  needed: Money | null,
  policy: KeepPolicy,
  spentMinor: number | null = null,
): string {
  const { t } = ctx;
  const shown = (m: Money | null) => (m === null ? '—' : formatMoney(m, ctx.locale));
  switch (reason) {
    case 'max':
      return t['autopilot.unkept.max'](shown(needed), shown(policy.max));
    case 'budget':
      return spentMinor === null || policy.budget === null
        ? t['autopilot.unkept.budget'](shown(needed), shown(policy.budget))
        : t['autopilot.unkept.budgetLeft'](shown(needed), shown({ minor: Math.max(0, policy.budget.minor - spentMinor), currency: policy.budget.currency }), shown(policy.budget));
    case 'no-way':
      return t['autopilot.unkept.noWay'];
    case 'recycled':
      return t['autopilot.unkept.recycled'];
  }
}
