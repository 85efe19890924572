// `--faults`: the bad network a payment client must survive, on demand and reproducibly. Each Provider API
// request draws once per fault from the server's seeded generator (never for /_sandbox/*), in a fixed order,
// so the same --seed and the same request sequence give the same faults.

export interface Faults {
  /** Extra milliseconds before every answer (added to --latency). */
  latencyMs: number;
  /** Answer 500 without doing anything. */
  error500: number;
  /** Answer 429 with Retry-After without doing anything. */
  rateLimit: number;
  /** Do the work (a payment is committed), then drop the connection without an answer. */
  resetAfterCommit: number;
  /** Never answer; the request is not processed. */
  stall: number;
  /** Do the work, then answer 200 with a body that is not JSON (not in docs/provider-api.yaml; for client tests). */
  garble: number;
}

export const NO_FAULTS: Faults = { latencyMs: 0, error500: 0, rateLimit: 0, resetAfterCommit: 0, stall: 0, garble: 0 };

const RATE_NAMES = {
  'error-500': 'error500',
  'rate-limit': 'rateLimit',
  'reset-after-commit': 'resetAfterCommit',
  stall: 'stall',
  garble: 'garble',
} as const satisfies Record<string, keyof Faults>;

export const FAULT_NAMES = ['latency', ...Object.keys(RATE_NAMES)] as const;

export type FaultParse = { ok: true; faults: Faults } | { ok: false; item: string; reason: 'unknown-name' | 'bad-rate' | 'bad-latency' };

/** "latency=200,error-500=0.1" → Faults. Rates are 0..1; latency is whole milliseconds. */
export function parseFaults(spec: string): FaultParse {
  const faults: Faults = { ...NO_FAULTS };
  for (const raw of spec.split(',')) {
    const item = raw.trim();
    if (item === '') continue;
    const [name = '', value = '', ...rest] = item.split('=').map((s) => s.trim());
    if (name === 'latency') {
      if (rest.length > 0 || !/^\d{1,6}$/.test(value)) return { ok: false, item, reason: 'bad-latency' };
      faults.latencyMs = Number(value);
      continue;
    }
    if (!Object.hasOwn(RATE_NAMES, name)) return { ok: false, item, reason: 'unknown-name' };
    const rate = /^(0(\.\d+)?|1(\.0+)?|\.\d+)$/.test(value) && rest.length === 0 ? Number(value) : Number.NaN;
    if (!(rate >= 0 && rate <= 1)) return { ok: false, item, reason: 'bad-rate' };
    faults[RATE_NAMES[name as keyof typeof RATE_NAMES]] = rate;
  }
  return { ok: true, faults };
}

export interface Drawn {
  stall: boolean;
  rateLimit: boolean;
  error500: boolean;
  resetAfterCommit: boolean;
  garble: boolean;
}

/** One draw per fault for one request. A rate of 0 still draws, so turning one fault on never shifts the others. */
export function drawFaults(faults: Faults, random: () => number): Drawn {
  return {
    stall: random() < faults.stall,
    rateLimit: random() < faults.rateLimit,
    error500: random() < faults.error500,
    resetAfterCommit: random() < faults.resetAfterCommit,
    garble: random() < faults.garble,
  };
}
