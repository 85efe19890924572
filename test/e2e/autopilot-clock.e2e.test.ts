// The autopilot with the built binary and the sandbox clock, as a person would try it: a policy, the forecast,
// then the clock moved day by day to each forecast date (and the day before one) with `autopilot run` each
// time. It pays on the forecast's days only, and in total what the forecast said.

import { afterAll, describe, expect, it } from 'vitest';
import { runBin, tempHome } from '../helpers/cli.js';

describe('autopilot run follows the sandbox clock (built binary)', () => {
  const home = tempHome();
  afterAll(() => home.cleanup());
  const leb = async (argv: string[]) => {
    const result = await runBin(['--sandbox', ...argv], { home: home.home });
    expect([0, 12], `${argv.join(' ')}\n${result.stderr}`).toContain(result.code);
    return result;
  };

  it('pays on each forecast date, nothing the day before, and the forecast total in all', async () => {
    const lines = JSON.parse((await leb(['status', '--json'])).stdout) as { line: string; daysLeft: number; state: string }[];
    const soon = lines.find((l) => l.state === 'active' && l.daysLeft <= 14)!;
    await leb(['keep', soon.line, '--forever', '--lead', '2', '--max', '20']);
    const plan = JSON.parse((await leb(['autopilot', 'plan', '--months', '3', '--json'])).stdout) as { payments: { date: string; amount: { amount: string } }[]; totals: { amount: string }[] };
    const dates = [...new Set(plan.payments.map((p) => p.date))].sort();
    expect(dates.length).toBeGreaterThanOrEqual(2);

    let paidMinor = 0;
    for (const [index, date] of dates.entries()) {
      if (index === 1) {
        const dayBefore = new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
        await leb(['sandbox', 'clock', '--set', dayBefore]);
        expect(JSON.parse((await leb(['autopilot', 'run', '--yes', '--json'])).stdout).paid).toEqual([]);
      }
      await leb(['sandbox', 'clock', '--set', date]);
      const run = JSON.parse((await leb(['autopilot', 'run', '--yes', '--json'])).stdout) as { paid: { line: string; amount: { amount: string } }[] };
      expect(run.paid.map((o) => o.line)).toEqual([soon.line]);
      paidMinor += Math.round(Number(run.paid[0]!.amount.amount) * 100);
    }
    expect(paidMinor).toBe(Math.round(Number(plan.totals[0]!.amount) * 100));
  });
});
