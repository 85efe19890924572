// The stand-in's partner account: its eSIMs, the top-up packages each may buy, the package history, orders
// and the prepaid balance, with Airalo's business rules as its published examples show them (422 codes, the
// documented test package ids). Answers are shaped like the spec's own examples.

export interface StandInPackage {
  id: string;
  title: string;
  /** USD as Airalo writes it: a JSON number, sometimes with decimals. */
  price: number;
  amountMb: number;
  days: number;
  unlimited: boolean;
}

export interface StandInSim {
  iccid: string;
  createdAt: string;
  packageName: string;
  status: 'NOT_ACTIVE' | 'ACTIVE' | 'FINISHED' | 'UNKNOWN' | 'EXPIRED' | 'RECYCLED';
  remainingMb: number;
  totalMb: number;
  unlimited: boolean;
  /** Epoch ms of the end of validity, or null (never activated, recycled). */
  expiresAtMs: number | null;
  topups: StandInPackage[];
  history: { id: number; packageId: string; activatedAtMs: number; expiresAtMs: number; remainingMb: number }[];
}

export interface StandInOrder {
  id: number;
  code: string;
  iccid: string;
  packageId: string;
  description: string;
  priceUsdCents: number;
  createdAtMs: number;
}

export interface StandInState {
  sims: StandInSim[];
  orders: StandInOrder[];
  /** The partner's prepaid credit, USD cents. */
  balanceCents: number;
  nextId: number;
}

/** The top-ups the spec's example offers (prices 10, 14 and 23 USD). */
export const EXAMPLE_TOPUPS: StandInPackage[] = [
  { id: 'bonbon-mobile-30days-3gb-topup', title: '3 GB - 100 SMS - 100 Mins - 30 Days', price: 10, amountMb: 3072, days: 30, unlimited: false },
  { id: 'bonbon-mobile-30days-5gb-topup', title: '5 GB - 30 Days', price: 14, amountMb: 5120, days: 30, unlimited: false },
  { id: 'bonbon-mobile-30days-10gb-topup', title: '10 GB - 30 Days', price: 23, amountMb: 10240, days: 30, unlimited: false },
];

/** Airalo's documented test package ids and the business code each forces. */
export const TEST_PACKAGES: Record<string, number> = {
  'test-insufficient-balance-7days-1gb': 11,
  'test-maintenance-mode-7days-1gb': 13,
  'test-disabled-top-up-7days-1gb': 23,
  'test-not-enough-7days-1gb': 33,
  'test-out-of-stock-7days-1gb': 34,
};

const REASONS: Record<number, string> = {
  11: 'Insufficient credit.',
  13: 'The operator is under maintenance.',
  23: 'Top-up is disabled by the operator.',
  33: 'Not enough eSIMs in stock.',
  34: 'The package is invalid or out of stock.',
};

const DAY_MS = 86_400_000;

/** Airalo's "YYYY-MM-DD HH:MM:SS" with no zone; the stand-in writes UTC, as docs/airalo.md says leb reads it. */
export function airaloTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

/** `count` eSIMs with ICCIDs 8910300000000000001…, a mix of states; the first three are fixed for tests. */
export function seedState(count: number, nowMs: number): StandInState {
  const sims: StandInSim[] = [];
  for (let i = 1; i <= count; i++) {
    const iccid = `89103${String(i).padStart(14, '0')}`;
    const base: StandInSim = {
      iccid,
      createdAt: airaloTime(nowMs - 60 * DAY_MS),
      packageName: 'Bonbon Mobile-3 GB - 30 Days',
      status: 'ACTIVE',
      remainingMb: 767,
      totalMb: 2048,
      unlimited: false,
      expiresAtMs: nowMs + ((i * 7) % 40) * DAY_MS + 3_600_000,
      topups: EXAMPLE_TOPUPS.map((p) => ({ ...p })),
      history: [],
    };
    if (i === 2) Object.assign(base, { status: 'FINISHED', remainingMb: 0, expiresAtMs: nowMs + 12 * DAY_MS });
    if (i === 3) Object.assign(base, { status: 'RECYCLED', remainingMb: 0, totalMb: 0, expiresAtMs: null, topups: [] });
    if (i === 4) Object.assign(base, { unlimited: true, remainingMb: 0, totalMb: 0, packageName: 'Unlimited - 7 Days' });
    if (i === 5) Object.assign(base, { topups: [] });
    // Airalo's documented test packages, each forcing one failure, offered on the sixth eSIM.
    if (i === 6) base.topups.push(...Object.keys(TEST_PACKAGES).map((id) => ({ id, title: id, price: 4.5, amountMb: 1024, days: 7, unlimited: false })));
    sims.push(base);
  }
  return { sims, orders: [], balanceCents: 100_000, nextId: 700 };
}

export type OrderOutcome =
  | { type: 'ok'; order: StandInOrder; pkg: StandInPackage }
  | { type: 'reject'; status: number; body: unknown };

const cents = (usd: number) => Math.round(usd * 100);

/** Submit a top-up: either a 422 as the spec shows them, or the order, committed (balance, history, validity). */
export function submitTopup(state: StandInState, fields: { iccid: string; package_id: string; description: string }, nowMs: number): OrderOutcome {
  const sim = state.sims.find((s) => s.iccid === fields.iccid);
  const forced = TEST_PACKAGES[fields.package_id];
  if (forced !== undefined) return { type: 'reject', status: 422, body: { code: forced, reason: REASONS[forced] } };
  if (!sim) return { type: 'reject', status: 422, body: { data: { iccid: 'The selected iccid is invalid.' }, meta: { message: 'the parameter is invalid' } } };
  if (sim.status === 'RECYCLED') {
    return { type: 'reject', status: 422, body: { code: 73, reason: `The eSIM with iccid ${sim.iccid} has been recycled. It can no longer be used or topped up.` } };
  }
  const pkg = sim.topups.find((p) => p.id === fields.package_id);
  if (!pkg) return { type: 'reject', status: 422, body: { data: { package_id: 'invalid topup package' }, meta: { message: 'the parameter is invalid' } } };
  if (state.balanceCents < cents(pkg.price)) return { type: 'reject', status: 422, body: { code: 11, reason: REASONS[11] } };
  state.balanceCents -= cents(pkg.price);
  const id = state.nextId++;
  const order: StandInOrder = {
    id,
    code: `${airaloTime(nowMs).slice(0, 10).replace(/-/g, '')}-${String(id).padStart(6, '0')}`,
    iccid: sim.iccid,
    packageId: pkg.id,
    description: fields.description,
    priceUsdCents: cents(pkg.price),
    createdAtMs: nowMs,
  };
  state.orders.push(order);
  const from = Math.max(nowMs, sim.expiresAtMs ?? nowMs);
  sim.expiresAtMs = from + pkg.days * DAY_MS;
  sim.history.unshift({ id: id + 10_000, packageId: pkg.id, activatedAtMs: nowMs, expiresAtMs: sim.expiresAtMs, remainingMb: pkg.amountMb });
  sim.remainingMb += pkg.amountMb;
  sim.totalMb += pkg.amountMb;
  if (sim.status === 'FINISHED' || sim.status === 'EXPIRED') sim.status = 'ACTIVE';
  return { type: 'ok', order, pkg };
}

export function orderAnswer(order: StandInOrder, pkg: StandInPackage): unknown {
  return {
    data: {
      id: order.id,
      code: order.code,
      package_id: pkg.id,
      currency: 'USD',
      quantity: 1,
      type: 'topup',
      description: order.description,
      esim_type: 'local',
      validity: pkg.days,
      package: pkg.title,
      data: `${Math.round(pkg.amountMb / 1024)} GB`,
      price: pkg.price,
      pricing_model: 'net_pricing',
      text: null,
      voice: null,
      net_price: Math.round(pkg.price * 80) / 100,
      created_at: airaloTime(order.createdAtMs),
      manual_installation: '<p>…</p>',
      qrcode_installation: '<p>…</p>',
      installation_guides: { en: 'https://www.airalo.com/help/getting-started-with-airalo' },
    },
    meta: { message: 'success' },
  };
}

export function usageAnswer(sim: StandInSim): unknown {
  const recycled = sim.status === 'RECYCLED';
  return {
    data: {
      remaining: sim.unlimited ? 0 : sim.remainingMb,
      total: sim.unlimited ? 0 : sim.totalMb,
      expired_at: sim.expiresAtMs === null ? null : airaloTime(sim.expiresAtMs),
      is_unlimited: recycled ? null : sim.unlimited,
      status: sim.status,
      remaining_voice: 0,
      remaining_text: 0,
      total_voice: 0,
      total_text: 0,
    },
    meta: { message: 'api.succes' },
  };
}

export function topupsAnswer(sim: StandInSim): unknown {
  if (sim.topups.length === 0) return { data: [] };
  return {
    pricing: { model: 'net_pricing', discount_percentage: 0 },
    data: sim.topups.map((p) => ({
      id: p.id,
      type: 'topup',
      price: p.price,
      amount: p.unlimited ? 0 : p.amountMb,
      day: p.days,
      is_unlimited: p.unlimited,
      title: p.title,
      data: `${Math.round(p.amountMb / 1024)} GB`,
      short_info: "This eSIM doesn't come with a phone number.",
      voice: 100,
      text: 100,
      net_price: Math.round(p.price * 80) / 100,
      prices: { net_price: { USD: p.price }, recommended_retail_price: { USD: p.price } },
    })),
  };
}

export function historyAnswer(sim: StandInSim, nowMs: number): unknown {
  return {
    pricing: { model: 'net_pricing', discount_percentage: 0 },
    data: sim.history.map((h) => {
      const pkg = sim.topups.find((p) => p.id === h.packageId) ?? EXAMPLE_TOPUPS[0]!;
      return {
        id: h.id,
        status: h.expiresAtMs > nowMs ? 'ACTIVE' : 'EXPIRED',
        remaining: h.remainingMb,
        activated_at: new Date(h.activatedAtMs).toISOString().replace(/\.\d{3}Z$/, '+00:00'),
        expired_at: new Date(h.expiresAtMs).toISOString().replace(/\.\d{3}Z$/, '+00:00'),
        finished_at: null,
        package: { id: pkg.id, type: 'topup', price: pkg.price, net_price: pkg.price, amount: pkg.amountMb, day: pkg.days, is_unlimited: pkg.unlimited, title: pkg.title, data: '3 GB', short_info: null },
      };
    }),
  };
}

export function simsPage(state: StandInState, page: number, limit: number, origin: string): unknown {
  const lastPage = Math.max(1, Math.ceil(state.sims.length / limit));
  const slice = state.sims.slice((page - 1) * limit, page * limit);
  const link = (p: number) => `${origin}/v2/sims?limit=${limit}&page=${p}`;
  return {
    data: slice.map((s, i) => ({
      id: 11_000 + (page - 1) * limit + i,
      created_at: s.createdAt,
      iccid: s.iccid,
      lpa: 'lpa.airalo.com',
      imsis: null,
      matching_id: 'TEST',
      qrcode: 'LPA:1$lpa.airalo.com$TEST',
      qrcode_url: 'https://sandbox.airalo.com/qr',
      direct_apple_installation_url: 'https://esimsetup.apple.com/',
      voucher_code: null,
      airalo_code: null,
      apn_type: 'automatic',
      apn_value: null,
      is_roaming: true,
      confirmation_code: null,
      order: null,
      brand_settings_name: null,
      recycled: s.status === 'RECYCLED',
      recycled_at: s.status === 'RECYCLED' ? s.createdAt : null,
      simable: { id: 9_000 + i, created_at: s.createdAt, package_id: 'bonbon-mobile-30days-3gb', package: s.packageName, currency: 'USD' },
    })),
    links: { first: link(1), last: link(lastPage), prev: page > 1 ? link(page - 1) : null, next: page < lastPage ? link(page + 1) : null },
    meta: { message: 'success', current_page: page, from: (page - 1) * limit + 1, last_page: lastPage, path: `${origin}/v2/sims`, per_page: String(limit), to: (page - 1) * limit + slice.length, total: state.sims.length },
  };
}
