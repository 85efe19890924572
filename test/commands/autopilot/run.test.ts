import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempHome } from '../../helpers/cli.js';
import { intent } from '../../../src/app/payments/journal-events.js';
import { NOW, sandbox, sandboxCharges, sandboxJournal, soonAndGrace } from '../../app/payments/fixtures.js';

describe('leb autopilot run', () => {
  let home: { home: string; cleanup: () => void };
  beforeEach(() => (home = tempHome()));
  afterEach(() => home.cleanup());

  it('--dry-run says what is due today and pays nothing; without --yes a real run is refused (exit 2)', async () => {
    const { grace } = await soonAndGrace(home.home);
    await sandbox(['keep', grace.line, '--forever'], { home: home.home });
    const dry = await sandbox(['autopilot', 'run', '--dry-run', '--json'], { home: home.home });
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.stdout).due).toEqual([expect.objectContaining({ line: grace.line, action: 'renew' })]);
    const refused = await sandbox(['autopilot', 'run'], { home: home.home });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--yes');
    expect(sandboxCharges(home.home)).toEqual([]);
  });

  it('pays what is due once, writes a 0600 run report, and a second run the same day pays nothing', async () => {
    const { grace, soon } = await soonAndGrace(home.home);
    await sandbox(['keep', grace.line, soon.line, '--until', '2027-06-30'], { home: home.home });
    const first = await sandbox(['autopilot', 'run', '--yes', '--json'], { home: home.home });
    expect(first.code).toBe(0);
    const report = JSON.parse(first.stdout);
    expect(report.paid.map((o: { line: string }) => o.line)).toEqual([grace.line]);
    expect(report.waiting).toEqual([expect.objectContaining({ line: soon.line })]);
    const dir = join(home.home, 'sandbox', 'autopilot');
    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    expect(statSync(join(dir, files[0]!)).mode & 0o777).toBe(0o600);

    const second = await sandbox(['autopilot', 'run', '--yes', '--json'], { home: home.home });
    expect(JSON.parse(second.stdout).paid).toEqual([]);
    expect(sandboxCharges(home.home)).toHaveLength(1);
  });

  it('two overlapping runs pay each due line once', async () => {
    const { grace, soon } = await soonAndGrace(home.home);
    await sandbox(['keep', grace.line, soon.line, '--forever', '--lead', '10'], { home: home.home });
    const runs = await Promise.all([1, 2, 3].map(() => sandbox(['autopilot', 'run', '--yes', '--json'], { home: home.home, lineLockWaitMs: 10_000 })));
    expect(runs.map((r) => r.code)).toEqual([0, 0, 0]);
    const paid = runs.flatMap((r) => JSON.parse(r.stdout).paid.map((o: { line: string }) => o.line));
    expect(paid.sort()).toEqual([grace.line, soon.line].sort());
    expect(sandboxCharges(home.home)).toHaveLength(2);
  });

  it('a line due today that cannot be kept is an error, runs the hook, and makes the exit code 12', async () => {
    const { grace } = await soonAndGrace(home.home);
    await sandbox(['keep', grace.line, '--forever', '--max', '10'], { home: home.home });
    const hookOut = join(home.home, 'hook.txt');
    const result = await sandbox(['autopilot', 'run', '--yes', '--exec', `printf '%s|%s|%s\\n' "$LEB_EVENT" "$LEB_LINE" "$LEB_MESSAGE" >> ${hookOut}`], { home: home.home });
    expect(result.code).toBe(12);
    expect(result.stderr).toContain(`cannot keep`);
    expect(result.stderr).toContain('above its --max of HK$10.00');
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(hookOut, 'utf8')).toContain(`unkept|${grace.line}|the next payment needs`);
    expect(sandboxCharges(home.home)).toEqual([]);
  });

  it('a line with an unsettled order is not paid: it is reported for reconcile (exit 12)', async () => {
    const { grace } = await soonAndGrace(home.home);
    await sandbox(['keep', grace.line, '--forever'], { home: home.home });
    const stuck = intent({ account: 'sandbox', provider: 'sandbox', line: grace.line, kind: 'topup', amount: { amount: '20.00', currency: 'HKD' }, method: 'card', plan: null }, NOW);
    await sandboxJournal(home.home).append(stuck);
    const result = await sandbox(['autopilot', 'run', '--yes'], { home: home.home });
    expect(result.code).toBe(12);
    expect(result.stderr).toContain(`order ${stuck.id} on this line is unsettled`);
    expect(sandboxCharges(home.home)).toEqual([]);
  });

  it('a tracked line is never paid: autopilot says to recharge it by hand at the carrier\'s page (exit 12)', async () => {
    const at = { home: home.home, now: NOW };
    expect((await runCli(['line', 'add', '+85291234567', '--carrier', 'cmhk-prepaid', '--expires', '2026-11-24'], at)).code).toBe(0);
    expect((await runCli(['keep', '+85291234567', '--forever'], at)).code).toBe(0);
    const result = await runCli(['autopilot', 'run', '--yes', '--json'], at);
    expect(result.code).toBe(12);
    const report = JSON.parse(result.stdout);
    expect(report.unkept).toEqual([expect.objectContaining({ byHand: true, reason: expect.stringContaining('recharge by hand') })]);
    expect(report.unkept[0].reason).toContain('https://');
  });
});

describe('leb autopilot plan', () => {
  let home: { home: string; cleanup: () => void };
  beforeEach(() => (home = tempHome()));
  afterEach(() => home.cleanup());

  it('on a terminal draws spend per month as bars; piped, plain rows', async () => {
    const { grace, soon } = await soonAndGrace(home.home);
    await sandbox(['keep', grace.line, soon.line, '--forever'], { home: home.home });
    const tty = await sandbox(['autopilot', 'plan', '--months', '3'], { home: home.home, tty: true, columns: 80 });
    expect(tty.code).toBe(0);
    expect(tty.stdout).toMatch(/2026-11 {2}█+/);
    const piped = await sandbox(['autopilot', 'plan', '--months', '3'], { home: home.home });
    expect(piped.stdout).not.toContain('█');
    expect(piped.stdout).toMatch(/Total: HK\$[\d.]+ in \d+ payments/);
  });

  it('--months outside 1..60 is exit 2', async () => {
    const result = await sandbox(['autopilot', 'plan', '--months', '0'], { home: home.home });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--months "0"');
  });

  it('with no policy it says how to set one', async () => {
    const result = await sandbox(['autopilot', 'plan'], { home: home.home });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('leb --sandbox keep');
  });
});

describe('leb autopilot run looks ahead', () => {
  let home: { home: string; cleanup: () => void };
  beforeEach(() => (home = tempHome()));
  afterEach(() => home.cleanup());

  it('a line falling due inside the warning window that its policy cannot pay is said days ahead (exit 12), and nothing is paid', async () => {
    const { soon } = await soonAndGrace(home.home);
    await sandbox(['keep', soon.line, '--forever', '--max', '10'], { home: home.home });
    const result = await sandbox(['autopilot', 'run', '--yes', '--json'], { home: home.home });
    expect(result.code).toBe(12);
    const report = JSON.parse(result.stdout);
    expect(report.unkept).toEqual([expect.objectContaining({ line: soon.line, reason: expect.stringMatching(/^due \d{4}-\d{2}-\d{2}: the next payment needs at least HK\$18.00, above its --max of HK\$10.00$/) })]);
    expect(sandboxCharges(home.home)).toEqual([]);
  });
});
