// The plan catalogue as users see it: price, validity and price per day, cheapest per day first.

import { perDay, type Money } from './money.js';
import type { Plan } from './rules.js';

export interface PlanView extends Plan {
  pricePerDay: Money;
}

export function planViews(plans: readonly Plan[]): PlanView[] {
  return plans
    .map((plan) => ({ ...plan, pricePerDay: perDay(plan.price, plan.validityDays) }))
    .sort((a, b) => a.validityDays - b.validityDays || a.price.minor - b.price.minor);
}

export function findPlan(plans: readonly Plan[], id: string): Plan | undefined {
  return plans.find((plan) => plan.id === id);
}
