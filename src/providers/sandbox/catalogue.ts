// The sandbox carrier's published rules: what a top-up buys, the plans, the payment methods. Modelled on the
// Hong Kong keep-number cards users buy (docs/sources.md, Carriers): validity reset by amount, never shortened, then a
// 30-day grace period before the number is recycled.

import type { KeepNumberRules, Plan } from '../../domain/rules.js';
import type { PaymentMethod } from '../port.js';
import { SANDBOX_CURRENCY } from './state.js';

export const SANDBOX_RULES: KeepNumberRules = {
  currency: SANDBOX_CURRENCY,
  graceDays: 30,
  rechargeTable: [
    { minAmountMinor: 2_000, validityDays: 30 },
    { minAmountMinor: 5_000, validityDays: 90 },
    { minAmountMinor: 10_000, validityDays: 180 },
    { minAmountMinor: 30_000, validityDays: 365 },
  ],
  minTopupMinor: 1_000,
  maxTopupMinor: 200_000,
};

export const SANDBOX_PLANS: readonly Plan[] = [
  { id: 'monthly', name: 'Monthly keep-number', price: { minor: 1_800, currency: SANDBOX_CURRENCY }, validityDays: 30 },
  { id: 'quarterly', name: 'Quarterly keep-number', price: { minor: 4_800, currency: SANDBOX_CURRENCY }, validityDays: 90 },
  { id: 'yearly', name: 'Yearly keep-number', price: { minor: 16_800, currency: SANDBOX_CURRENCY }, validityDays: 365 },
];

export const SANDBOX_METHODS: readonly PaymentMethod[] = [
  { id: 'card', name: 'Card •••• 4242' },
  { id: 'card-declined', name: 'Card •••• 0002 (always declined)' },
  { id: 'alipay', name: 'Alipay' },
  { id: 'wechat', name: 'WeChat Pay' },
  { id: 'paypal', name: 'PayPal' },
];

export const SANDBOX_DEFAULT_METHOD = 'card';
