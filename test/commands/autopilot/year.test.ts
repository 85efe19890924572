// The forecast is what a year of daily cron runs really pays: policies on four sandbox lines (one budget too
// small, one capped per payment), `autopilot plan --months 12` on day one, then `autopilot run --yes` once a
// day for a year against the embedded carrier as time passes. Same payments, same total, no budget exceeded.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempHome } from '../../helpers/cli.js';
import { sandbox, sandboxCharges, demoLines } from '../../app/payments/fixtures.js';

const DAY = 86_400_000;
const START = new Date('2026-11-22T04:00:00Z');

interface Payment {
  date: string;
  line: string;
  amount: { amount: string; currency: string };
}

describe('autopilot over a simulated year', () => {
  let home: { home: string; cleanup: () => void };
  let forecast: { payments: Payment[]; totals: { amount: string }[]; unkept: { line: string; reason: string }[] };
  const paid: Payment[] = [];
  const exitCodes = new Set<number>();
  const ids = { grace: '', soon: '', healthy: '', travel: '' };

  beforeAll(async () => {
    home = tempHome();
    const lines = await demoLines(home.home);
    const [grace, soon, healthy, travel] = [...lines].sort((a, b) => a.daysLeft - b.daysLeft).map((l) => l.line) as [string, string, string, string];
    Object.assign(ids, { grace, soon, healthy, travel });
    const at = { home: home.home, now: START };
    expect((await sandbox(['renew', '--line', travel, '--auto', 'off'], at)).code).toBe(0);
    expect((await sandbox(['keep', grace, '--until', '2027-09-30'], at)).code).toBe(0);
    expect((await sandbox(['keep', soon, '--forever', '--budget', '100/year'], at)).code).toBe(0);
    expect((await sandbox(['keep', healthy, '--forever', '--max', '50', '--lead', '3'], at)).code).toBe(0);
    expect((await sandbox(['keep', travel, '--until', '2027-12-31', '--budget', '300'], at)).code).toBe(0);
    const plan = await sandbox(['autopilot', 'plan', '--months', '12', '--json'], at);
    expect(plan.code).toBe(0);
    forecast = JSON.parse(plan.stdout);
    const charged = sandboxCharges(home.home).length;
    expect(charged).toBe(0);
    for (let day = 0; day < 365; day++) {
      const run = await sandbox(['autopilot', 'run', '--yes', '--json'], { home: home.home, now: new Date(START.getTime() + day * DAY) });
      exitCodes.add(run.code);
      const report = JSON.parse(run.stdout) as { paid: { line: string; amount: { amount: string; currency: string }; createdAt: string }[] };
      for (const order of report.paid) paid.push({ date: new Date(Date.parse(order.createdAt) + 8 * 3600_000).toISOString().slice(0, 10), line: order.line, amount: order.amount });
    }
  }, 60_000);
  afterAll(() => home.cleanup());

  it('pays exactly the forecast: the same payments on the same days, and the same total', () => {
    const key = (p: Payment) => `${p.date} ${p.line} ${p.amount.amount}`;
    expect(paid.map(key).sort()).toEqual(forecast.payments.map(key).sort());
    const total = paid.reduce((sum, p) => sum + Math.round(Number(p.amount.amount) * 100), 0);
    expect(total).toBe(Math.round(Number(forecast.totals[0]?.amount ?? '0') * 100));
    expect(paid.length).toBeGreaterThan(8);
  });

  it('every charge the carrier took is one of those payments (each once)', () => {
    expect(sandboxCharges(home.home)).toHaveLength(paid.length);
  });

  it('the line whose budget is too small is named in the forecast, and its runs exit 12 when it falls due', () => {
    expect(forecast.unkept.map((u) => u.reason)).toEqual([expect.stringContaining('yearly budget')]);
    expect(exitCodes).toEqual(new Set([0, 12]));
  });

  it('never spends more than a line\'s yearly budget, nor more than its --max in one payment', () => {
    const spent = (line: string) => paid.filter((p) => p.line === line).reduce((s, p) => s + Math.round(Number(p.amount.amount) * 100), 0);
    // One simulated year: a line's whole spend falls inside one 365-day window.
    expect(spent(ids.soon)).toBeLessThanOrEqual(10_000);
    expect(spent(ids.travel)).toBeLessThanOrEqual(30_000);
    expect(spent(ids.travel)).toBeGreaterThan(0);
    const capped = paid.filter((p) => p.line === ids.healthy);
    expect(capped.length).toBeGreaterThan(0);
    for (const p of capped) expect(Number(p.amount.amount)).toBeLessThanOrEqual(50);
  });
});
