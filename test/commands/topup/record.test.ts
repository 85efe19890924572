// Recording a top-up paid on the carrier's page, for a tracked line: scripted, and at a (scripted) terminal.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempHome, type RunOptions } from '../../helpers/cli.js';
import { DEFAULT, scriptedPrompter } from '../../helpers/prompter.js';

let home: string;
let cleanup: () => void;
beforeEach(() => ({ home, cleanup } = tempHome()));
afterEach(() => cleanup());

const NOW = new Date('2026-12-02T04:00:00Z');
const run = (argv: string[], extra: Partial<RunOptions> = {}) => runCli(argv, { home, now: NOW, ...extra });

beforeEach(async () => {
  expect((await run(['line', 'add', '+85291234567', '--carrier', 'cmhk-prepaid', '--expires', '2026-12-20'])).code).toBe(0);
  expect((await run(['line', 'add', '+447700900123', '--carrier', 'giffgaff', '--last-activity', '2026-06-10'])).code).toBe(0);
});

describe('leb topup --record (scripted)', () => {
  it('records the order with its receipt and moves the estimated expiry by the carrier rule', async () => {
    const result = await run(['topup', '--line', 'tl_85291234567', '--amount', '50', '--record', '--receipt', 'R123', '--method', 'alipay', '--yes', '--json']);
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(out.order).toMatchObject({ kind: 'topup', status: 'succeeded', amount: { amount: '50.00', currency: 'HKD' }, method: 'alipay', providerRef: 'R123', recordedBy: 'you', account: 'manual', line: 'tl_85291234567' });
    expect(out.before).toMatchObject({ expiresAt: '2026-12-20T23:59:59+08:00', validitySource: 'confirmed' });
    // HK$50 → 180 days from today (2026-12-02 in Hong Kong), never shortening; 30 days' grace after.
    expect(out.after).toMatchObject({ expiresAt: '2027-05-31T23:59:59+08:00', numberKeptUntil: '2027-06-30T23:59:59+08:00', validitySource: 'estimated' });

    const history = await run(['history', '--csv']);
    expect(history.stdout.split('\n')[0]).toContain('recordedBy');
    expect(history.stdout).toContain(',topup,50.00,HKD,alipay,,succeeded,R123,');
    // recordedBy, then the tracked line's number and (no) label.
    expect(history.stdout.trim().endsWith(',you,+85291234567,')).toBe(true);
    expect((await run(['status', '--json'])).stdout).toContain('"validitySource": "estimated"');
  });

  it('flags an estimate older than the carrier\'s confirm-after age, with the command to confirm it', async () => {
    expect((await run(['topup', '--line', 'tl_85291234567', '--amount', '50', '--record', '--receipt', 'R9', '--yes'])).code).toBe(0);
    const fresh = await run(['status', '--json'], { now: new Date('2026-12-30T04:00:00Z') });
    expect(JSON.parse(fresh.stdout).find((l: { line: string }) => l.line === 'tl_85291234567')).toMatchObject({ estimateStale: false });
    const old = await run(['status'], { now: new Date('2027-01-05T04:00:00Z') });
    expect(old.stdout).toContain('2027-05-31 (est.!)');
    expect(old.stderr).toContain("tl_85291234567: the expiry is leb's estimate from a payment on 2026-12-02");
    expect(old.stderr).toContain('leb line confirm tl_85291234567 --expires <YYYY-MM-DD>');
    const check = await run(['check', '--json'], { now: new Date('2027-01-05T04:00:00Z') });
    expect(check.stderr).toContain('leb line confirm tl_85291234567');
  });

  it('refuses the same receipt twice, changing nothing', async () => {
    const argv = ['topup', '--line', 'tl_85291234567', '--amount', '50', '--record', '--receipt', 'R123', '--yes'];
    expect((await run(argv)).code).toBe(0);
    const lines = readFileSync(join(home, 'lines.json'), 'utf8');
    const again = await run(argv);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('receipt R123 is already recorded');
    expect(readFileSync(join(home, 'lines.json'), 'utf8')).toBe(lines);
    expect(JSON.parse((await run(['history', '--json'])).stdout)).toHaveLength(1);
  });

  it.each([
    [['--amount', '50', '--record', '--yes'], 'missing --receipt'],
    [['--record', '--yes'], 'missing --amount and --receipt: without a terminal'],
    [['--amount', '50', '--record', '--receipt', 'R1'], 'needs --yes'],
    [['--amount', '20', '--record', '--receipt', 'R1', '--yes'], 'HK$50.00'],
    [['--amount', '50.001', '--record', '--receipt', 'R1', '--yes'], '50.001'],
    [['--amount', '50', '--record', '--receipt', 'R1', '--method', 'Ali Pay', '--yes'], '--method "Ali Pay"'],
    [['--amount', '50', '--yes'], '--record'],
  ])('refuses %j with exit 2 and records nothing', async (flags, message) => {
    const result = await run(['topup', '--line', 'tl_85291234567', ...flags]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(JSON.parse((await run(['history', '--json'])).stdout)).toEqual([]);
  });

  it('giffgaff: buying credit is a chargeable event, so the deadline moves six months from the payment day', async () => {
    const result = await run(['topup', '--line', '+447700900123', '--amount', '10', '--record', '--receipt', 'GG-1', '--yes', '--json']);
    expect(JSON.parse(result.stdout).after).toMatchObject({ expiresAt: '2027-06-02T23:59:59+01:00', numberKeptUntil: '2027-06-02T23:59:59+01:00' });
  });

  it('--record on a line a provider pays is refused', async () => {
    expect((await run(['account', 'add', 'demo', '--provider', 'sandbox'])).code).toBe(0);
    const status = JSON.parse((await run(['status', '--json', '--account', 'demo'])).stdout) as Array<{ line: string }>;
    const result = await run(['topup', '--line', status[0]!.line, '--amount', '50', '--record', '--receipt', 'R1', '--yes']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('for tracked lines');
  });
});

describe('leb topup on a tracked line at a terminal', () => {
  it('shows what extends the line and the recharge page, opens it with --web, then records the receipt', async () => {
    const opened: string[] = [];
    const prompter = scriptedPrompter([true, DEFAULT, 'R-777', 'wechat', DEFAULT]);
    const result = await run(['topup', '--line', 'tl_85291234567', '--web'], { tty: true, prompter, openUrl: async (url) => void opened.push(url) });
    expect(result.code).toBe(0);
    expect(opened).toEqual(['https://eshop.hk.chinamobile.com/']);
    expect(result.stderr).toContain('leb does not pay China Mobile Hong Kong prepaid SIM');
    expect(result.stderr).toContain('A top-up of HK$50.00 today extends it to 2027-05-31 (number kept until 2027-06-30)');
    expect(result.stderr).toContain('pay by 2026-12-18');
    expect(result.stdout).toContain('Recorded HK$50.00 (wechat, receipt R-777)');
    expect(result.stdout).toContain('2026-12-20 → 2027-05-31');
    // The amount prompt offered the cheapest tier that moves the expiry.
    expect(prompter.calls.find((c) => c.kind === 'input')?.defaultValue).toBe('50.00');
  });

  it('declining "have you paid?" records nothing (exit 3)', async () => {
    const prompter = scriptedPrompter([false]);
    const result = await run(['topup', '--line', 'tl_85291234567'], { tty: true, prompter });
    expect(result.code).toBe(3);
    expect(JSON.parse((await run(['history', '--json'])).stdout)).toEqual([]);
  });

  it('speaks Chinese', async () => {
    const prompter = scriptedPrompter([true, DEFAULT, 'R-1', DEFAULT, DEFAULT]);
    const result = await run(['topup', '--line', 'tl_85291234567', '--lang', 'zh-CN'], { tty: true, prompter });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('今天充值 HK$50.00 可延长至 2027-05-31');
    expect(result.stdout).toContain('已记录 HK$50.00');
  });
});
