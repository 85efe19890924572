// `leb history` filters and totals, in-process with fixed clocks and buffer streams: --since/--until in the
// user's zone (inclusive), --label, the global --account, each line's number and label, the spend summary
// (succeeded orders only; unsettled ones apart), --by month, and bad values refused with exit 2.

import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intent } from '../../../src/app/payments/journal-events.js';
import { Journal } from '../../../src/store/journal.js';
import { runCli, tempHome } from '../../helpers/cli.js';
import { demoLines, parseJson, type Json } from '../../helpers/demo-lines.js';

const at = (iso: string) => new Date(iso);

describe('history filters and totals (--sandbox)', () => {
  const home = tempHome();
  const run = (argv: string[], extra: Partial<Parameters<typeof runCli>[1]> = {}) => runCli(['--sandbox', ...argv], { home: home.home, now: at('2027-01-10T04:00:00Z'), ...extra });
  let personal: string;
  let work: string;

  beforeAll(async () => {
    const lines = await demoLines({ home: home.home, now: at('2026-11-22T04:00:00Z') });
    personal = String(lines['Personal']!.line);
    work = String(lines['Work backup']!.line);
    const pay = async (argv: string[], when: string, code = 0) => expect((await run([...argv, '--yes'], { now: at(when) })).code).toBe(code);
    await run(['line', 'label', personal, "Mum's phone"], { now: at('2026-11-22T04:00:00Z') });
    await pay(['topup', '--line', personal, '--amount', '50'], '2026-11-22T04:00:00Z'); // 22 Nov
    await pay(['renew', '--line', work, '--plan', 'monthly'], '2026-11-30T20:00:00Z'); // 1 Dec in Hong Kong, 30 Nov in London
    await pay(['topup', '--line', personal, '--amount', '20', '--method', 'card-declined'], '2026-12-10T04:00:00Z', 6);
    await pay(['renew', '--line', personal, '--plan', 'yearly'], '2027-01-05T04:00:00Z');
    // An order whose outcome is not known yet: written, never settled.
    await new Journal(join(home.home, 'sandbox', 'orders.jsonl')).append(
      intent({ account: 'sandbox', provider: 'sandbox', line: work, kind: 'topup', amount: { amount: '50.00', currency: 'HKD' }, method: 'card', plan: null }, at('2026-12-15T04:00:00Z')),
    );
  });
  afterAll(() => home.cleanup());

  const orders = async (argv: string[], extra: Partial<Parameters<typeof runCli>[1]> = {}) => {
    const result = await run(['history', '--json', ...argv], extra);
    expect(result.code, result.stderr).toBe(0);
    return parseJson(result);
  };
  const summary = (o: Json) => `${String(o.createdAt).slice(0, 10)} ${o.kind} ${(o.amount as Json).amount} ${o.status}`;

  it('every order, newest first, each with its line\'s number and label', async () => {
    const all = await orders([]);
    expect(all.map(summary)).toEqual([
      '2027-01-05 renew 168.00 succeeded',
      '2026-12-15 topup 50.00 pending',
      '2026-12-10 topup 20.00 failed',
      '2026-11-30 renew 18.00 succeeded',
      '2026-11-22 topup 50.00 succeeded',
    ]);
    const first = all[0]!;
    expect(first).toMatchObject({ line: personal, label: "Mum's phone" });
    expect(String(first.number)).toMatch(/^\+852\d{8}$/);
    expect(all[1]).toMatchObject({ line: work, label: null });
    // The order's other fields are as before.
    expect(Object.keys(first)).toEqual(['id', 'kind', 'status', 'amount', 'method', 'plan', 'idempotencyKey', 'providerRef', 'reason', 'account', 'line', 'createdAt', 'updatedAt', 'recordedBy', 'number', 'label']);
  });

  it('--since and --until: inclusive, by the date in the user zone', async () => {
    expect((await orders(['--since', '2026-12-01', '--until', '2026-12-31'])).map(summary)).toEqual([
      '2026-12-15 topup 50.00 pending',
      '2026-12-10 topup 20.00 failed',
      '2026-11-30 renew 18.00 succeeded', // 04:00 on 1 December in Hong Kong
    ]);
    expect((await orders(['--since', '2026-12-01', '--until', '2026-12-31'], { timeZone: 'Europe/London' })).map(summary)).toHaveLength(2);
    expect((await orders(['--until', '2026-11-22'])).map(summary)).toEqual(['2026-11-22 topup 50.00 succeeded']);
    expect((await orders(['--since', '2027-01-05'])).map(summary)).toEqual(['2027-01-05 renew 168.00 succeeded']);
  });

  it('--label: a part of the label, any case; combined with the dates', async () => {
    expect((await orders(['--label', 'MUM'])).map((o) => o.line)).toEqual([personal, personal, personal]);
    expect((await orders(['--label', 'mum', '--since', '2026-12-01'])).map(summary)).toEqual(['2027-01-05 renew 168.00 succeeded', '2026-12-10 topup 20.00 failed']);
    expect(await orders(['--label', 'grandpa'])).toEqual([]);
  });

  it('piped: rows with Number and Label at the end; the summary on stderr counts succeeded orders only', async () => {
    const result = await run(['history']);
    const [head, ...rows] = result.stdout.trimEnd().split('\n');
    expect(head!.split('\t')).toEqual(['Time (UTC)', 'Order', 'Line', 'Kind', 'Amount', 'Method', 'Status', 'Receipt', 'Number', 'Label']);
    expect(rows[0]!.split('\t').slice(8)).toEqual([expect.stringMatching(/^\+852/), "Mum's phone"]);
    expect(result.stderr).toBe('Spent: HK$236.00 (3 orders succeeded)\nNot counted: 1 order not settled yet (HK$50.00 may have been charged); leb reconcile settles them\n');
  });

  it('on a terminal the summary follows the table on stdout; filtered totals follow the filters', async () => {
    const result = await run(['history', '--label', 'mum'], { tty: true, columns: 200 });
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toBe('Spent: HK$218.00 (2 orders succeeded)');
    expect(lines[0]).toMatch(/Number\s+Label$/);
    expect(result.stderr).toBe('');
  });

  it('--csv: number and label as the last columns, the summary on stderr', async () => {
    const result = await run(['history', '--csv', '--label', 'mum']);
    const [head, first] = result.stdout.split('\r\n');
    expect(head).toBe('createdAt,id,account,line,kind,amount,currency,method,plan,status,providerRef,idempotencyKey,reason,recordedBy,number,label');
    expect(first).toMatch(/,\+852\d{8},Mum's phone$/);
    expect(result.stderr).toContain('Spent: HK$218.00');
  });

  it('--by month: rows for scripts (succeeded orders only), a bar chart on a terminal, plain rows piped', async () => {
    const json = parseJson<Json[]>(await run(['history', '--by', 'month', '--json']));
    expect(json).toEqual([
      { month: '2026-11', totals: [{ amount: '50.00', currency: 'HKD' }], orders: 1 },
      { month: '2026-12', totals: [{ amount: '18.00', currency: 'HKD' }], orders: 1 },
      { month: '2027-01', totals: [{ amount: '168.00', currency: 'HKD' }], orders: 1 },
    ]);
    const csv = await run(['history', '--by', 'month', '--csv', '--since', '2026-12-01']);
    expect(csv.stdout).toBe('month,currency,amount,orders\r\n2026-12,HKD,18.00,1\r\n2027-01,HKD,168.00,1\r\n');

    const chart = await run(['history', '--by', 'month'], { tty: true, columns: 60 });
    const lines = chart.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^2026-11 {2}█+ +HK\$50\.00 {2}1 order$/);
    expect(lines[2]).toMatch(/^2027-01 {2}█{25,} +HK\$168\.00 {2}1 order$/);
    expect(lines.at(-1)).toBe('Not counted: 1 order not settled yet (HK$50.00 may have been charged); leb reconcile settles them');
    for (const line of lines.slice(0, 3)) expect(line.length).toBeLessThanOrEqual(60);

    const piped = await run(['history', '--by', 'month']);
    expect(piped.stdout).toBe('Month\tSpent\tOrders\n2026-11\tHK$50.00\t1\n2026-12\tHK$18.00\t1\n2027-01\tHK$168.00\t1\n');
  });

  it('nothing matches: says so (exit 0); JSON is []', async () => {
    const result = await run(['history', '--since', '2030-01-01']);
    expect(result).toMatchObject({ code: 0, stdout: '', stderr: 'No orders match these filters.\n' });
    expect(await orders(['--since', '2030-01-01', '--by', 'month'])).toEqual([]);
  });

  it.each([
    [['--since', '2026-13-01'], '--since "2026-13-01" is not a date in the form YYYY-MM-DD; e.g. --since 2026-11-01'],
    [['--until', '1/12/2026'], '--until "1/12/2026" is not a date in the form YYYY-MM-DD'],
    [['--since', '2026-12-31', '--until', '2026-12-01'], '--since 2026-12-31 is after --until 2026-12-01'],
    [['--by', 'week'], '--by "week" is not a way to group orders; use --by month'],
  ])('%j: exit 2 naming the flag', async (argv, message) => {
    const result = await run(['history', ...argv]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe('');
  });

  it('zh-CN: the summary and the errors in Chinese', async () => {
    const ok = await run(['--lang', 'zh-CN', 'history', '--label', 'mum']);
    expect(ok.stderr).toBe('花费：HK$218.00（2 笔成功订单）\n');
    const bad = await run(['--lang', 'zh-CN', 'history', '--since', 'yesterday']);
    expect(bad.stderr).toContain('--since "yesterday" 不是 YYYY-MM-DD 格式的日期');
  });
});

describe('history --account', () => {
  const home = tempHome();
  const NOW = at('2026-11-22T04:00:00Z');
  const run = (argv: string[], env: NodeJS.ProcessEnv = {}) => runCli(argv, { home: home.home, now: NOW, env });
  const accounts = async (argv: string[], env: NodeJS.ProcessEnv = {}) => {
    const result = await run(['history', '--json', ...argv], env);
    expect(result.code, result.stderr).toBe(0);
    return [...new Set(parseJson(result).map((o) => o.account))];
  };

  beforeAll(async () => {
    for (const name of ['a', 'b']) {
      expect((await run(['account', 'add', name, '--provider', 'sandbox'])).code).toBe(0);
      const [line] = parseJson((await run(['status', '--json', '--account', name])));
      expect((await run(['topup', '--account', name, '--line', String(line!.line), '--amount', '50', '--yes'])).code).toBe(0);
    }
  });
  afterAll(() => home.cleanup());

  it('honours --account and LEB_ACCOUNT; without either, every account', async () => {
    expect((await accounts([])).sort()).toEqual(['a', 'b']);
    expect(await accounts(['--account', 'a'])).toEqual(['a']);
    expect(await accounts([], { LEB_ACCOUNT: 'b' })).toEqual(['b']);
    expect((await run(['history', '--account', 'a'])).stderr).toBe('Spent: HK$50.00 (1 order succeeded)\n');
  });

  it('an account nobody knows is exit 2 naming it; a removed account\'s orders stay findable', async () => {
    const unknown = await run(['history', '--account', 'zzz']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no account named "zzz"');
    expect((await run(['account', 'remove', 'b', '--yes'])).code).toBe(0);
    expect(await accounts(['--account', 'b'])).toEqual(['b']);
  });
});

describe('history names lines without a status cache', () => {
  const home = tempHome();
  afterAll(() => home.cleanup());

  it('the number the payment wrote in the journal; an older order without one and no cache has none', async () => {
    const NOW = at('2026-11-22T04:00:00Z');
    const lines = await demoLines({ home: home.home, now: NOW });
    rmSync(join(home.home, 'cache', 'status.json'));
    const personal = lines['Personal']!;
    expect((await runCli(['--sandbox', 'topup', '--line', String(personal.line), '--amount', '50', '--yes'], { home: home.home, now: NOW })).code).toBe(0);
    // As a journal written before leb recorded numbers has it.
    await new Journal(join(home.home, 'sandbox', 'orders.jsonl')).append({
      ...intent({ account: 'sandbox', provider: 'sandbox', line: String(lines['Work backup']!.line), kind: 'renew', amount: { amount: '18.00', currency: 'HKD' }, method: 'card', plan: 'monthly' }, NOW),
      number: null,
    });
    const orders = parseJson(await runCli(['--sandbox', 'history', '--json'], { home: home.home, now: NOW }));
    expect(orders.map((o) => [o.line, o.number])).toEqual([
      [personal.line, personal.number],
      [lines['Work backup']!.line, null],
    ]);
  });
});
