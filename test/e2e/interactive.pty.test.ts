// The interactive flows in a real terminal: the built binary under a pseudo-terminal, keys typed as a person
// would, and the exit code and state checked afterwards.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runBin, tempHome } from '../helpers/cli.js';
import { KEYS, spawnLeb } from '../helpers/pty.js';

async function soonLine(home: string): Promise<string> {
  const lines = JSON.parse((await runBin(['--sandbox', 'status', '--json'], { home })).stdout) as Array<{ line: string; state: string; daysLeft: number }>;
  return lines.find((l) => l.state === 'active' && l.daysLeft <= 14)!.line;
}

describe('interactive topup in a real terminal', () => {
  let home: { home: string; cleanup: () => void };
  beforeEach(() => (home = tempHome()));
  afterEach(() => home.cleanup());

  it('Enter, Enter, y: pays the first suggested amount by the default method', async () => {
    const line = await soonLine(home.home);
    const session = spawnLeb(['--sandbox', 'topup', '--line', line], home.home);
    await session.waitFor('Amount');
    session.write(KEYS.enter);
    await session.waitFor('Pay with');
    session.write(KEYS.enter);
    await session.waitFor('Pay now?');
    session.write('y');
    session.write(KEYS.enter);
    expect(await session.exited).toBe(0);
    expect(session.output()).toContain('Paid HK$20.00 by card');
    const history = JSON.parse((await runBin(['--sandbox', 'history', '--json'], { home: home.home })).stdout);
    expect(history).toHaveLength(1);
  });

  it('on a line with two months left, Enter, Enter, y pays the cheapest amount that moves the expiry, never one that adds +0 days', async () => {
    const lines = JSON.parse((await runBin(['--sandbox', 'status', '--json'], { home: home.home })).stdout) as Array<{ line: string; daysLeft: number }>;
    const healthy = lines.find((l) => l.daysLeft > 31 && l.daysLeft < 90)!;
    const session = spawnLeb(['--sandbox', 'topup', '--line', healthy.line], home.home);
    await session.waitFor('Other amount');
    expect(session.output()).toContain('HK$20.00  +0 days: the expiry stays');
    session.write(KEYS.enter);
    await session.waitFor('Pay with');
    session.write(KEYS.enter);
    await session.waitFor('Pay now?');
    expect(session.output()).toMatch(/Expires: .* \(\+\d+ days\)/);
    session.write('y');
    session.write(KEYS.enter);
    expect(await session.exited).toBe(0);
    expect(session.output()).toContain('Paid HK$50.00 by card');
  });

  it('Enter at the confirmation takes the default, No: exit 3, nothing paid', async () => {
    const line = await soonLine(home.home);
    const session = spawnLeb(['--sandbox', 'topup', '--line', line, '--amount', '50', '--method', 'card'], home.home);
    await session.waitFor('Pay now?');
    session.write(KEYS.enter);
    expect(await session.exited).toBe(3);
    expect(existsSync(join(home.home, 'sandbox', 'orders.jsonl'))).toBe(false);
  });

  it('Ctrl+C at the amount prompt: exit 130, nothing written', async () => {
    const line = await soonLine(home.home);
    const session = spawnLeb(['--sandbox', 'topup', '--line', line], home.home);
    await session.waitFor('Amount');
    session.write(KEYS.ctrlC);
    expect(await session.exited).toBe(130);
    expect(existsSync(join(home.home, 'sandbox', 'orders.jsonl'))).toBe(false);
  });

  it('the renew plan picker moves with the arrow keys', async () => {
    const line = await soonLine(home.home);
    const session = spawnLeb(['--sandbox', 'renew', '--line', line, '--yes'], home.home);
    await session.waitFor('Plan');
    session.write(KEYS.down);
    session.write(KEYS.enter);
    expect(await session.exited).toBe(0);
    expect(session.output()).toContain('Paid HK$48.00 by card');
  });
});

describe('prompts in Chinese', () => {
  let home: { home: string; cleanup: () => void };
  beforeEach(() => (home = tempHome()));
  afterEach(() => home.cleanup());

  it('under zh-CN the pickers and the confirmation draw no English: no "(y/N)", no "navigate"', async () => {
    const line = await soonLine(home.home);
    const session = spawnLeb(['--lang', 'zh-CN', '--sandbox', 'topup', '--line', line], home.home);
    await session.waitFor('移动');
    session.write(KEYS.enter);
    await session.waitFor('支付方式');
    session.write(KEYS.enter);
    await session.waitFor('确认付款？');
    await session.waitFor('是/否');
    session.write(KEYS.enter);
    expect(await session.exited).toBe(3);
    const screen = session.output();
    expect(screen).not.toMatch(/y\/N|navigate|select\b/);
  });
});
