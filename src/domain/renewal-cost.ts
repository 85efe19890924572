// What it costs, at least, to give a line at risk another period: its cheapest plan, or the smallest top-up
// the carrier accepts that earns validity, whichever is cheaper. The figure behind the status footer.

import { sumByCurrency, type Money } from './money.js';
import { suggestedAmountsMinor, validityDaysFor, type KeepNumberRules, type Plan } from './rules.js';

export type CostBasis = 'plan' | 'topup';

export interface RenewalCost {
  amount: Money;
  basis: CostBasis;
}

/** null when neither a plan nor a top-up can extend this line (or `plans` is unknown and no tier earns days). */
export function cheapestRenewal(rules: KeepNumberRules, plans: readonly Plan[] | null): RenewalCost | null {
  let best: RenewalCost | null = null;
  for (const plan of plans ?? []) {
    if (plan.validityDays <= 0 || plan.price.currency !== rules.currency) continue;
    if (best === null || plan.price.minor < best.amount.minor) best = { amount: plan.price, basis: 'plan' };
  }
  const topup = suggestedAmountsMinor(rules).find((minor) => validityDaysFor(rules, minor) > 0);
  if (topup !== undefined && (best === null || topup < best.amount.minor)) best = { amount: { minor: topup, currency: rules.currency }, basis: 'topup' };
  return best;
}

/** Per-currency totals, currencies in alphabetical order, and which bases contributed. */
export function totalByCurrency(costs: readonly RenewalCost[]): { totals: Money[]; bases: Set<CostBasis> } {
  return { totals: sumByCurrency(costs.map((cost) => cost.amount)), bases: new Set(costs.map((cost) => cost.basis)) };
}
