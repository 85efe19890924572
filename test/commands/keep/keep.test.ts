import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempHome } from '../../helpers/cli.js';
import { en } from '../../../src/io/messages/en.js';
import { toKeepOptions, budgetAmount } from '../../../src/commands/keep/keep.command.js';
import { UsageError } from '../../../src/errors.js';
import { sandbox, soonAndGrace } from '../../app/payments/fixtures.js';


describe('keep: argv → options', () => {
  const none = {};
  it.each<[string, string[], Record<string, unknown>, unknown]>([
    ['a line until a date', ['ln_1'], { until: '2028-12-31' }, { action: 'set', lines: ['ln_1'], selection: null, until: '2028-12-31', budget: null, max: null, leadDays: null }],
    ['for ever with a budget per year', ['ln_1', 'ln_2'], { forever: true, budget: '300/year', max: '100', lead: '3' }, { action: 'set', lines: ['ln_1', 'ln_2'], until: null, budget: '300', max: '100', leadDays: 3 }],
    ['selectors', [], { atRisk: true, forever: true }, { action: 'set', lines: [], selection: expect.objectContaining({ atRisk: true }) }],
    ['--list', [], { list: true }, { action: 'list' }],
    ['--remove', ['ln_1'], { remove: true }, { action: 'remove', lines: ['ln_1'] }],
  ])('%s', (_name, refs, raw, expected) => {
    expect(toKeepOptions(refs, raw, en)).toMatchObject(expected as object);
  });

  it.each<[string, string[], Record<string, unknown>, string]>([
    ['no lines', [], { until: '2028-12-31' }, 'name the lines'],
    ['no date', ['ln_1'], none, '--until <YYYY-MM-DD> or --forever'],
    ['both dates', ['ln_1'], { until: '2028-12-31', forever: true }, 'not both'],
    ['a bad date', ['ln_1'], { until: '2028-02-30' }, '"2028-02-30" is not a date'],
    ['a bad lead', ['ln_1'], { forever: true, lead: '90' }, '--lead "90"'],
    ['lines and selectors', ['ln_1'], { all: true, forever: true }, 'not both'],
    ['--list with more', ['ln_1'], { list: true }, '--list takes no lines'],
    ['--remove without lines', [], { remove: true }, '--remove needs'],
  ])('%s is a usage error', (_name, refs, raw, words) => {
    expect(() => toKeepOptions(refs, raw, en)).toThrow(UsageError);
    expect(() => toKeepOptions(refs, raw, en)).toThrow(words);
  });

  it.each([
    ['300', '300'],
    ['300/year', '300'],
    ['300 / yr', '300'],
    ['99.50/Y', '99.50'],
  ])('--budget %s is %s a year', (typed, amount) => expect(budgetAmount(typed)).toBe(amount));
});

describe('leb keep', () => {
  let home: { home: string; cleanup: () => void };
  beforeEach(() => (home = tempHome()));
  afterEach(() => home.cleanup());

  it('stores a policy per line (0600), lists it, replaces it when set again, and removes it by number', async () => {
    const { soon } = await soonAndGrace(home.home);
    const set = await sandbox(['keep', soon.line, '--until', '2027-12-31', '--budget', '300/year', '--max', '100'], { home: home.home });
    expect(set.code).toBe(0);
    expect(set.stdout).toContain('until 2027-12-31 · at most HK$300.00 a year · at most HK$100.00 a payment · paying 1 day before expiry');
    const file = join(home.home, 'sandbox', 'policies.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);

    await sandbox(['keep', soon.line, '--forever', '--lead', '5'], { home: home.home });
    const list = JSON.parse((await sandbox(['keep', '--list', '--json'], { home: home.home })).stdout);
    expect(list).toEqual([expect.objectContaining({ line: soon.line, until: null, forever: true, budget: null, leadDays: 5, spentThisYear: null })]);

    const number = (JSON.parse(readFileSync(file, 'utf8')) as { policies: { number: string }[] }).policies[0]!.number;
    const removed = await sandbox(['keep', '--remove', number], { home: home.home });
    expect(removed.code).toBe(0);
    expect((await sandbox(['keep', '--list'], { home: home.home })).stderr).toContain('No keep-alive policies');
  });

  it('amounts are read in the line\'s currency: a bad one is exit 2 naming the flag, and nothing is stored', async () => {
    const { soon } = await soonAndGrace(home.home);
    const result = await sandbox(['keep', soon.line, '--forever', '--budget', '3,00'], { home: home.home });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--budget "3,00" is not an amount in HKD');
    expect(existsSync(join(home.home, 'sandbox', 'policies.json'))).toBe(false);
  });

  it('a date in the past or beyond five years is refused', async () => {
    const { soon } = await soonAndGrace(home.home);
    expect((await sandbox(['keep', soon.line, '--until', '2020-01-01'], { home: home.home })).stderr).toContain('in the past');
    expect((await sandbox(['keep', soon.line, '--until', '2040-01-01'], { home: home.home })).code).toBe(2);
  });

  it('selectors set a policy on every line they match; an unknown policy to remove is exit 2', async () => {
    const set = await sandbox(['keep', '--at-risk', '--forever', '--json'], { home: home.home });
    expect(JSON.parse(set.stdout)).toHaveLength(2);
    const missing = await sandbox(['keep', '--remove', '+85200000000'], { home: home.home });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no keep-alive policy for "+85200000000"');
  });

  it('a hand-edited policies file that does not parse is exit 9 naming it, and is not overwritten', async () => {
    const { soon } = await soonAndGrace(home.home);
    await sandbox(['keep', soon.line, '--forever'], { home: home.home });
    const file = join(home.home, 'sandbox', 'policies.json');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, '{"version":1,"policies":[{"account":"sandbox"}]}');
    const result = await sandbox(['keep', soon.line, '--forever'], { home: home.home });
    expect(result.code).toBe(9);
    expect(result.stderr).toContain('policies.json');
    expect(readFileSync(file, 'utf8')).toBe('{"version":1,"policies":[{"account":"sandbox"}]}');
  });
});

describe('account remove and keep-alive policies', () => {
  let home: { home: string; cleanup: () => void };
  beforeEach(() => (home = tempHome()));
  afterEach(() => home.cleanup());

  it('says it deletes the account\'s policies, and does; other accounts\' policies stay', async () => {
    const at = { home: home.home };
    const { runCli } = await import('../../helpers/cli.js');
    for (const name of ['a', 'b']) expect((await runCli(['account', 'add', name, '--provider', 'sandbox'], at)).code).toBe(0);
    expect((await runCli(['keep', '--account', 'a', '--all', '--forever'], at)).code).toBe(0);
    expect((await runCli(['keep', '--account', 'b', '--at-risk', '--forever'], at)).code).toBe(0);
    const refused = await runCli(['account', 'remove', 'a'], at);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('4 keep-alive policies');
    const removed = await runCli(['account', 'remove', 'a', '--yes', '--json'], at);
    expect(JSON.parse(removed.stdout)).toMatchObject({ removed: 'a', policies: 4 });
    const left = JSON.parse((await runCli(['keep', '--list', '--json'], at)).stdout) as { account: string }[];
    expect(left.map((p) => p.account)).toEqual(['b', 'b']);
  });
});
