// Recording a top-up paid on the carrier's page, in a real terminal: the built binary, keys typed as a person
// would, and the journal and the line's estimate checked afterwards.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runBin, tempHome } from '../helpers/cli.js';
import { KEYS, spawnLeb } from '../helpers/pty.js';

describe('recording a top-up on a tracked line in a real terminal', () => {
  let home: { home: string; cleanup: () => void };
  beforeEach(() => (home = tempHome()));
  afterEach(() => home.cleanup());

  it('y, Enter (suggested amount), receipt, Enter (card), Enter (record): journaled, expiry estimated', async () => {
    // Expires in ten days wherever and whenever the test runs: the HK$50 tier (180 days) moves it.
    const expires = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    expect((await runBin(['line', 'add', '+85291234567', '--carrier', 'cmhk-prepaid', '--expires', expires], { home: home.home })).code).toBe(0);
    const session = spawnLeb(['topup', '--line', 'tl_85291234567'], home.home);
    await session.waitFor('Record that payment now?');
    expect(session.output()).toContain('Recharge page: https://eshop.hk.chinamobile.com/');
    session.write('y');
    session.write(KEYS.enter);
    await session.waitFor('Amount you paid (HKD)');
    session.write(KEYS.enter);
    await session.waitFor('Receipt or transaction reference');
    session.write('CM-2026-001');
    session.write(KEYS.enter);
    await session.waitFor('How you paid');
    session.write(KEYS.enter);
    await session.waitFor('Record this payment?');
    session.write(KEYS.enter);
    expect(await session.exited).toBe(0);
    expect(session.output()).toContain('Recorded HK$50.00 (card, receipt CM-2026-001)');

    const history = JSON.parse((await runBin(['history', '--json'], { home: home.home })).stdout);
    expect(history).toEqual([expect.objectContaining({ providerRef: 'CM-2026-001', recordedBy: 'you', status: 'succeeded', method: 'card' })]);
    const [line] = JSON.parse((await runBin(['status', '--json'], { home: home.home })).stdout);
    expect(line).toMatchObject({ validitySource: 'estimated' });
    expect(line.daysLeft).toBeGreaterThanOrEqual(179);
  });
});
