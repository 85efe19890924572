// The last moment the sandbox carrier's state speaks of: its latest order (auto-renewals included) or the day
// a number was recycled. `leb sandbox clock` never moves the clock back before it, so nothing the carrier holds
// ends up in its future.

import { addDays, writtenDate } from '../../domain/dates.js';
import { SANDBOX_RULES } from './catalogue.js';
import { SANDBOX_UTC_OFFSET, type SandboxState } from './state.js';

export function latestRecorded(state: SandboxState): Date | null {
  let latest = Number.NEGATIVE_INFINITY;
  for (const order of state.orders) latest = Math.max(latest, Date.parse(order.createdAt));
  for (const line of state.lines) {
    if (!line.recycled || line.expiresAt === null) continue;
    // carrier.ts recycles a number once its grace period is over: from the day after expiry + grace.
    const recycledOn = addDays(writtenDate(line.expiresAt), SANDBOX_RULES.graceDays + 1);
    latest = Math.max(latest, Date.parse(`${recycledOn}T00:00:00${SANDBOX_UTC_OFFSET}`));
  }
  return Number.isFinite(latest) ? new Date(latest) : null;
}
