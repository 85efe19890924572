// Pure: carriers as JSON (the shape carriers.json takes, plus where each entry comes from), as table rows, and
// explained in sentences.

import { formatMoney, toDecimalString } from '../../domain/money.js';
import type { Carrier, CarrierRule } from '../../domain/carriers/types.js';
import type { Messages } from '../../io/messages/index.js';

const decimal = (carrier: Carrier, minor: number | null) => (minor === null ? null : toDecimalString({ minor, currency: carrier.currency }));

function ruleJson(carrier: Carrier, rule: CarrierRule): unknown {
  switch (rule.kind) {
    case 'recharge':
      return { kind: rule.kind, tiers: rule.tiers.map((t) => ({ minAmount: decimal(carrier, t.minAmountMinor), days: t.days })) };
    case 'plan':
      return { kind: rule.kind, every: rule.every, cheapestPlan: { name: rule.cheapestPlan.name, price: decimal(carrier, rule.cheapestPlan.priceMinor) } };
    case 'activity':
      return { kind: rule.kind, every: rule.every, events: rule.events };
  }
}

export function carrierJson(carrier: Carrier): Record<string, unknown> {
  return {
    id: carrier.id,
    name: carrier.name,
    country: carrier.country,
    currency: carrier.currency,
    timeZone: carrier.timeZone,
    rule: ruleJson(carrier, carrier.rule),
    graceDays: carrier.graceDays,
    afterGrace: carrier.afterGrace,
    minTopup: decimal(carrier, carrier.minTopupMinor),
    maxTopup: decimal(carrier, carrier.maxTopupMinor),
    rechargeUrl: carrier.rechargeUrl,
    leadWorkingDays: carrier.leadWorkingDays,
    confirmAfterDays: carrier.confirmAfterDays,
    sources: carrier.sources,
    origin: carrier.origin,
  };
}

export interface CarrierText {
  t: Messages;
  locale: string;
}

const amount = ({ locale }: CarrierText, carrier: Carrier, minor: number) => formatMoney({ minor, currency: carrier.currency }, locale);

export function shortRule(text: CarrierText, carrier: Carrier): string {
  const { t } = text;
  const { rule } = carrier;
  switch (rule.kind) {
    case 'recharge':
      return rule.tiers
        .map((tier) => t['carriers.short.recharge'](tier.minAmountMinor === null ? '?' : amount(text, carrier, tier.minAmountMinor), tier.days))
        .join(', ');
    case 'plan':
      return t['carriers.short.plan'](rule.every.unit, rule.every.count);
    case 'activity':
      return t['carriers.short.activity'](rule.every.unit, rule.every.count);
  }
}

export function carrierRows(text: CarrierText, carriers: readonly Carrier[]): string[][] {
  const { t } = text;
  return carriers.map((c) => [
    c.origin === 'user' ? `${c.id} ${t['carriers.user']}` : c.id,
    c.name,
    c.country,
    shortRule(text, c),
    c.graceDays === null ? t['carriers.unknown'] : t['plans.validityDays'](c.graceDays),
  ]);
}

export function carrierHead({ t }: CarrierText): string[] {
  return [t['carriers.col.id'], t['carriers.col.name'], t['carriers.col.country'], t['carriers.col.rule'], t['carriers.col.grace']];
}

/** One carrier in sentences, unknown facts said as unknown. */
export function explainCarrier(text: CarrierText, carrier: Carrier): string[] {
  const { t } = text;
  const { rule } = carrier;
  const out = [t['carriers.header'](carrier.name, carrier.id, carrier.country, carrier.currency, carrier.timeZone)];
  if (rule.kind === 'recharge') {
    for (const tier of rule.tiers) {
      out.push(tier.minAmountMinor === null ? t['carriers.rule.tierUnknown'](tier.days) : t['carriers.rule.tier'](amount(text, carrier, tier.minAmountMinor), tier.days));
    }
    out.push(t['carriers.rule.neverShortens']);
  } else if (rule.kind === 'plan') {
    const price = rule.cheapestPlan.priceMinor === null ? null : amount(text, carrier, rule.cheapestPlan.priceMinor);
    out.push(t['carriers.rule.plan'](rule.cheapestPlan.name, price, rule.every.unit, rule.every.count));
  } else {
    const events = rule.events.map((e) => t[`carriers.event.${e}`]).join(t['carriers.listJoin']);
    out.push(t['carriers.rule.activity'](events, rule.every.unit, rule.every.count));
  }
  if (rule.kind !== 'activity') out.push(carrier.graceDays === null ? t['carriers.graceUnknown'] : t['carriers.grace'](carrier.graceDays));
  out.push(carrier.afterGrace === 'recycled' ? t['carriers.afterGrace.recycled'] : t['carriers.afterGrace.unknown']);
  out.push(
    carrier.minTopupMinor !== null && carrier.maxTopupMinor !== null
      ? t['carriers.limits'](amount(text, carrier, carrier.minTopupMinor), amount(text, carrier, carrier.maxTopupMinor))
      : t['carriers.limitsUnknown'],
  );
  out.push(carrier.leadWorkingDays === null ? t['carriers.leadUnknown'] : carrier.leadWorkingDays === 0 ? t['carriers.leadNone'] : t['carriers.lead'](carrier.leadWorkingDays));
  out.push(carrier.rechargeUrl === null ? t['carriers.pageUnknown'] : t['carriers.page'](carrier.rechargeUrl));
  out.push(t['carriers.confirmAfter'](carrier.confirmAfterDays));
  if (carrier.sources.length === 0) {
    out.push(t['carriers.sourcesNone']);
  } else {
    out.push(t['carriers.sources']);
    for (const s of carrier.sources) {
      const title = s.url === null ? s.title : `${s.title} <${s.url}>`;
      out.push(t['carriers.source'](title, s.official, s.checked, s.facts.map((f) => t[`carriers.fact.${f}`]).join(t['carriers.listJoin'])));
    }
  }
  return out;
}
