import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempHome } from '../../helpers/cli.js';
import { BUILTIN_CARRIERS } from '../../../src/domain/carriers/data.js';

let home: string;
let cleanup: () => void;
beforeEach(() => ({ home, cleanup } = tempHome()));
afterEach(() => cleanup());

describe('leb carriers', () => {
  it('lists the catalogue as JSON in the shape carriers.json takes', async () => {
    const result = await runCli(['carriers', '--json'], { home });
    expect(result.code).toBe(0);
    const list = JSON.parse(result.stdout) as Array<Record<string, unknown>>;
    const cmhk = list.find((c) => c.id === 'cmhk-prepaid');
    expect(cmhk).toMatchObject({ currency: 'HKD', graceDays: 30, minTopup: '50.00', maxTopup: '1000.00', rule: { kind: 'recharge', tiers: [{ minAmount: '50.00', days: 180 }] }, origin: 'builtin' });
    expect(list.find((c) => c.id === '3hk-hahasim')?.graceDays).toBeNull();
  });

  it('explains one carrier in words, in English and in Chinese', async () => {
    const en = await runCli(['carriers', 'show', 'cmhk-prepaid'], { home });
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('HK$50.00 or more → 180 days from the day you recharge');
    expect(en.stdout).toContain("30 days' grace after expiry");
    expect(en.stdout).toContain('Then the number is recycled');
    expect(en.stdout).toContain('unconfirmed');
    const zh = await runCli(['carriers', 'show', 'giffgaff', '--lang', 'zh-CN'], { home });
    expect(zh.stdout).toContain('至少每 6 个月有一次计费消费');
  });

  it('names an unknown id and exits 2', async () => {
    const result = await runCli(['carriers', 'show', 'nope'], { home });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no carrier "nope"');
  });

  it("adds and corrects carriers from LEB_HOME/carriers.json", async () => {
    const cmhk = BUILTIN_CARRIERS.find((c) => c.id === 'cmhk-prepaid');
    const mine = { ...cmhk, id: 'my-card', name: 'My card', sources: undefined };
    writeFileSync(join(home, 'carriers.json'), JSON.stringify({ carriers: [mine, { ...cmhk, graceDays: 20 }] }));
    const result = await runCli(['carriers', '--json'], { home });
    const list = JSON.parse(result.stdout) as Array<Record<string, unknown>>;
    expect(list.find((c) => c.id === 'my-card')).toMatchObject({ origin: 'user', sources: [] });
    expect(list.find((c) => c.id === 'cmhk-prepaid')).toMatchObject({ origin: 'user', graceDays: 20 });
  });

  it.each([
    ['{"carriers": [', 'is not valid JSON'],
    ['{"carriers": [{"id": "x"}]}', 'carriers[0].id'],
    ['[]', '(top level)'],
  ])('refuses a broken carriers.json with exit 9, naming the file, and leaves it alone (%s)', async (text, expected) => {
    const file = join(home, 'carriers.json');
    writeFileSync(file, text);
    const result = await runCli(['carriers'], { home });
    expect(result.code).toBe(9);
    expect(result.stderr).toContain(file);
    expect(result.stderr).toContain(expected);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });
});
