// Bulk top-up and renewal on the embedded sandbox: one plan, one confirmation, each line paid once through the
// journal, per-line results, an exit code that says whether all, some or none were done, and reruns that
// never pay a line twice.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempHome } from '../../helpers/cli.js';
import { scriptedPrompter } from '../../helpers/prompter.js';
import { intent } from '../../../src/app/payments/journal-events.js';
import { NOW, demoLines, sandbox, sandboxCharges, sandboxJournal, soonAndGrace } from '../payments/fixtures.js';

interface BulkJson {
  batch: string;
  dryRun: boolean;
  plan: { account: string; line: string; action: string; plan: string | null; amount: { amount: string; currency: string }; extendsTo: string }[];
  skipped: { line: string; reason: string }[];
  totals: { amount: string; currency: string }[];
  results: { line: string; order: { id: string; status: string; idempotencyKey: string; attempts?: number } | null; error: string | null }[];
}

describe('bulk topup and renew', () => {
  let home: { home: string; cleanup: () => void };
  beforeEach(() => (home = tempHome()));
  afterEach(() => home.cleanup());

  it('--dry-run shows one plan for the lines at risk, with a total, and sends nothing', async () => {
    const { soon, grace } = await soonAndGrace(home.home);
    const result = await sandbox(['topup', '--at-risk', '--dry-run', '--json'], { home: home.home });
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout) as BulkJson;
    expect(out.dryRun).toBe(true);
    expect(out.plan.map((p) => p.line).sort()).toEqual([soon.line, grace.line].sort());
    // Each line's cheapest amount that really extends it: HK$20 buys 30 days from today.
    expect(out.plan.every((p) => p.action === 'topup' && p.amount.amount === '20.00')).toBe(true);
    expect(out.totals).toEqual([{ amount: '40.00', currency: 'HKD' }]);
    expect(out.results).toEqual([]);
    expect(existsSync(join(home.home, 'sandbox', 'orders.jsonl'))).toBe(false);
    expect(sandboxCharges(home.home)).toEqual([]);
  });

  it('pays every selected line once with --yes, and the same command run again pays nothing more', async () => {
    const lines = await demoLines(home.home);
    const first = await sandbox(['renew', '--all', '--plan', 'monthly', '--yes', '--json'], { home: home.home });
    expect(first.code).toBe(0);
    const out = JSON.parse(first.stdout) as BulkJson;
    expect(out.results).toHaveLength(lines.length);
    expect(out.results.every((r) => r.order?.status === 'succeeded' && r.error === null)).toBe(true);
    expect(sandboxCharges(home.home)).toHaveLength(lines.length);

    const again = await sandbox(['renew', '--all', '--plan', 'monthly', '--yes', '--json'], { home: home.home });
    expect(again.code).toBe(0);
    const rerun = JSON.parse(again.stdout) as BulkJson;
    expect(rerun.batch).toBe(out.batch);
    expect(rerun.plan).toEqual([]);
    expect(rerun.skipped.map((s) => s.reason)).toEqual(lines.map(() => expect.stringContaining('already paid by this batch')));
    expect(sandboxCharges(home.home)).toHaveLength(lines.length);
  });

  it('renews each line onto its current plan when --plan is not given; a line without one is skipped and said why', async () => {
    const result = await sandbox(['renew', '--all', '--dry-run', '--json'], { home: home.home });
    const out = JSON.parse(result.stdout) as BulkJson;
    const lines = await demoLines(home.home);
    const withPlan = lines.filter((l) => (l as unknown as { plan: { id: string } | null }).plan !== null);
    expect(out.plan.map((p) => p.plan)).toEqual(expect.arrayContaining(withPlan.map((l) => (l as unknown as { plan: { id: string } }).plan.id)));
    expect(out.skipped.map((s) => s.reason)).toEqual(lines.filter((l) => !withPlan.includes(l)).map(() => expect.stringContaining('give --plan')));
  });

  it('a declined card fails every line: the exit code is the refusal\'s (6), each result names it, nothing is charged', async () => {
    const result = await sandbox(['topup', '--at-risk', '--amount', '50', '--method', 'card-declined', '--yes', '--json'], { home: home.home });
    expect(result.code).toBe(6);
    const out = JSON.parse(result.stdout) as BulkJson;
    expect(out.results).toHaveLength(2);
    expect(out.results.every((r) => r.order === null && /declined/.test(r.error ?? ''))).toBe(true);
    expect(sandboxCharges(home.home)).toEqual([]);
  });

  it('some done and some not is exit 12: a line with another run\'s unsettled order is skipped, the rest are paid', async () => {
    const { soon, grace } = await soonAndGrace(home.home);
    const unsettled = intent({ account: 'sandbox', provider: 'sandbox', line: soon.line, kind: 'topup', amount: { amount: '100.00', currency: 'HKD' }, method: 'card', plan: null }, NOW);
    await sandboxJournal(home.home).append(unsettled);
    const result = await sandbox(['topup', '--at-risk', '--amount', '50', '--yes'], { home: home.home });
    expect(result.code).toBe(12);
    expect(result.stdout).toContain(`order ${unsettled.id} on this line is unsettled`);
    expect(result.stdout).toMatch(/Paid 1 of 1 lines|Paid 1 line/);
    expect(sandboxCharges(home.home).map((c) => c.line)).toEqual([grace.line]);
  });

  it('a batch killed after journaling a line is finished by a rerun: that intent is resent with its own key, each line charged once', async () => {
    const { soon, grace } = await soonAndGrace(home.home);
    const dry = JSON.parse((await sandbox(['topup', '--at-risk', '--amount', '50', '--dry-run', '--json'], { home: home.home })).stdout) as BulkJson;
    // As if the first run died between writing this intent and sending it.
    const torn = intent({ account: 'sandbox', provider: 'sandbox', line: soon.line, kind: 'topup', amount: { amount: '50.00', currency: 'HKD' }, method: 'card', plan: null, batch: dry.batch }, NOW);
    await sandboxJournal(home.home).append(torn);

    const result = await sandbox(['topup', '--at-risk', '--amount', '50', '--yes', '--json'], { home: home.home });
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout) as BulkJson;
    const resent = out.results.find((r) => r.line === soon.line);
    expect(resent?.order).toMatchObject({ id: torn.id, idempotencyKey: torn.idempotencyKey, status: 'succeeded' });
    const charged = sandboxCharges(home.home);
    expect(charged.map((c) => c.line).sort()).toEqual([soon.line, grace.line].sort());
    expect(charged.find((c) => c.line === soon.line)?.idempotencyKey).toBe(torn.idempotencyKey);
  });

  it('without a terminal and without --yes it refuses before reading anything (exit 2)', async () => {
    const result = await sandbox(['renew', '--at-risk', '--plan', 'monthly'], { home: home.home });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--yes');
    expect(existsSync(join(home.home, 'sandbox'))).toBe(false);
  });

  it('on a terminal it shows the plan on stderr and asks once, No by default: declined pays nothing (exit 3)', async () => {
    const prompter = scriptedPrompter([false]);
    const result = await sandbox(['topup', '--at-risk'], { home: home.home, tty: true, prompter });
    expect(result.code).toBe(3);
    expect(prompter.calls).toHaveLength(1);
    expect(prompter.calls[0]).toMatchObject({ kind: 'confirm', message: 'Pay HK$40.00 for 2 lines?', defaultValue: false });
    expect(result.stderr).toContain('Total: HK$40.00 for 2 lines');
    expect(sandboxCharges(home.home)).toEqual([]);
  });

  it('on a terminal, yes pays and prints one result per line and a summary', async () => {
    const prompter = scriptedPrompter([true]);
    const result = await sandbox(['topup', '--at-risk'], { home: home.home, tty: true, prompter });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Paid 2 lines: HK$40.00.');
    expect(result.stdout.match(/paid/g)).toHaveLength(2);
    expect(sandboxCharges(home.home)).toHaveLength(2);
  });

  it('a selector that matches nothing says so and pays nothing (exit 0)', async () => {
    const result = await sandbox(['topup', '--label', 'no-such-customer', '--yes'], { home: home.home });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('No line matches');
    expect(sandboxCharges(home.home)).toEqual([]);
  });

  it.each([
    [['topup', '--line', 'ln_x', '--all'], '--line names one line and --all select many'],
    [['topup', '--all', '--record'], '--record works on one line'],
    [['renew', '--at-risk', '--auto', 'on'], '--auto works on one line'],
    [['renew', '--state', 'sleeping'], 'sleeping'],
    [['topup', '--all', '--concurrency', '0'], '--concurrency'],
  ])('%j is a usage error naming the flag (exit 2)', async (argv, words) => {
    const result = await sandbox([...argv, '--yes'], { home: home.home });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(words);
  });
});
