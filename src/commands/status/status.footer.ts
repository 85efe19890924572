// Pure: the line under the status table: how many lines, how many at risk, and what renewing those would cost
// at least, per currency, saying how the figure was reached.

import type { LineView } from '../../app/lines.js';
import { formatSums } from '../../domain/money.js';
import { totalByCurrency, type RenewalCost } from '../../domain/renewal-cost.js';
import type { Messages } from '../../io/messages/index.js';

/** Lines that can still be saved and need attention: inside the window, expired or in grace. */
export function needsRenewal(view: LineView): boolean {
  return view.risk === 'warning' || view.risk === 'critical';
}

export function statusFooter(t: Messages, locale: string, views: readonly LineView[], costs: ReadonlyArray<RenewalCost | null>): string {
  const atRisk = views.filter(needsRenewal).length;
  const lost = views.filter((v) => v.risk === 'lost').length;
  const parts = [t['status.footer.lines'](views.length, atRisk, lost)];
  const known = costs.filter((c): c is RenewalCost => c !== null);
  if (known.length > 0) {
    const { totals, bases } = totalByCurrency(known);
    const basis = bases.size > 1 ? t['status.footer.basis.mixed'] : bases.has('plan') ? t['status.footer.basis.plan'] : t['status.footer.basis.topup'];
    parts.push(t['status.footer.cost'](formatSums(totals, locale), basis));
  }
  const unpriced = costs.length - known.length;
  if (unpriced > 0) parts.push(t['status.footer.unpriced'](unpriced));
  return parts.join(' · ');
}
