// Demo lines for a new sandbox: every case a user should see once (healthy, inside 14 days, in grace, a data
// eSIM on auto-renew), with realistic Hong Kong numbers and ICCIDs that pass the Luhn check.

import { addDays } from '../../domain/dates.js';
import { SANDBOX_EXPIRY_SUFFIX, carrierToday, type SandboxLine, type SandboxState } from './state.js';

/** mulberry32: small, fast, deterministic; good enough for demo data and fault draws. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function digits(random: () => number, count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += String(Math.floor(random() * 10));
  return out;
}

export function luhnCheckDigit(payload: string): string {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    let d = Number(payload[payload.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

const ID_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

function lineId(random: () => number): string {
  let id = 'ln_';
  for (let i = 0; i < 6; i++) id += ID_ALPHABET[Math.floor(random() * ID_ALPHABET.length)];
  return id;
}

function hkNumber(random: () => number): string {
  const first = ['5', '6', '9'][Math.floor(random() * 3)] ?? '6';
  return `+852${first}${digits(random, 7)}`;
}

function iccid(random: () => number): string {
  const payload = `8985203${digits(random, 12)}`;
  return payload + luhnCheckDigit(payload);
}

interface DemoShape {
  alias: string | null;
  daysFromToday: number;
  balanceMinor: number;
  planId: string | null;
  autoRenew: boolean;
  data: [number, number] | null;
}

const DEMO_LINES: readonly DemoShape[] = [
  { alias: 'Personal', daysFromToday: 63, balanceMinor: 3_850, planId: 'quarterly', autoRenew: false, data: [3_072, 5_120] },
  { alias: 'Work backup', daysFromToday: 6, balanceMinor: 420, planId: 'monthly', autoRenew: false, data: [180, 1_024] },
  { alias: 'Old Shenzhen SIM', daysFromToday: -5, balanceMinor: 0, planId: null, autoRenew: false, data: null },
  { alias: 'Travel eSIM', daysFromToday: 200, balanceMinor: 12_000, planId: 'yearly', autoRenew: true, data: [20_480, 20_480] },
];

function makeLine(random: () => number, shape: DemoShape, todayDate: string, usedIds: Set<string>): SandboxLine {
  let id = lineId(random);
  while (usedIds.has(id)) id = lineId(random);
  usedIds.add(id);
  return {
    id,
    number: hkNumber(random),
    iccid: iccid(random),
    alias: shape.alias,
    expiresAt: `${addDays(todayDate, shape.daysFromToday)}${SANDBOX_EXPIRY_SUFFIX}`,
    balanceMinor: shape.balanceMinor,
    dataRemainingMb: shape.data ? shape.data[0] : null,
    dataTotalMb: shape.data ? shape.data[1] : null,
    planId: shape.planId,
    autoRenew: shape.autoRenew,
    recycled: false,
  };
}

/**
 * A fresh carrier. With `lineCount` unset, the four demo lines; with a count (a reseller's fleet for
 * `sandbox serve --lines N`), that many lines spread over the same cases.
 */
export function seedState(now: Date, seed: number, lineCount?: number): SandboxState {
  const random = seededRandom(seed);
  const todayDate = carrierToday(now);
  const used = new Set<string>();
  const shapes: DemoShape[] =
    lineCount === undefined
      ? [...DEMO_LINES]
      : Array.from({ length: lineCount }, (_, i) => {
          const demo = DEMO_LINES[i % DEMO_LINES.length] as DemoShape;
          const spread = Math.floor(random() * 120) - 20;
          return { ...demo, alias: null, daysFromToday: i < DEMO_LINES.length ? demo.daysFromToday : spread };
        });
  return {
    version: 1,
    seed,
    lines: shapes.map((shape) => makeLine(random, shape, todayDate, used)),
    orders: [],
    nextRef: 1,
  };
}
