// "Keeping a number alive from abroad", as a person does it against a Reloadly stand-in on 127.0.0.1: add the
// account, add the Hong Kong number, see its deadline, top it up with --yes and at the prompts, see the wallet
// go down and the estimated expiry move, and never find a second charge after a lost answer.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempHome, type RunOptions } from '../../helpers/cli.js';
import { DEFAULT, scriptedPrompter } from '../../helpers/prompter.js';
import { CLIENT_ID, CLIENT_SECRET, startStandIn, type StandIn } from '../../providers/reloadly/stand-in/server.js';

const NOW = new Date('2026-12-02T04:00:00Z');
let standIn: StandIn;
let home: { home: string; cleanup: () => void };

beforeEach(async () => {
  standIn = await startStandIn();
  home = tempHome();
});
afterEach(async () => {
  await standIn.close();
  home.cleanup();
  expect(standIn.violations).toEqual([]);
});

const run = (argv: string[], options: Partial<RunOptions> = {}) => runCli(argv, { home: home.home, now: NOW, ...options });

async function addAccount(): Promise<void> {
  const added = await run(['account', 'add', 'rl', '--provider', 'reloadly', '--client-id', CLIENT_ID, '--secret-stdin', '--endpoint', standIn.url, '--auth-endpoint', standIn.url], { stdin: CLIENT_SECRET });
  expect(added.stderr).not.toContain(CLIENT_SECRET);
  expect(added.code).toBe(0);
}

async function addLine(): Promise<void> {
  const added = await run(['line', 'add', '+85291234567', '--account', 'rl', '--expires', '2026-12-20', '--label', 'HK card']);
  expect(added.stderr).toContain('China Mobile Hong Kong');
  expect(added.code).toBe(0);
}

describe('a Hong Kong number kept alive through Reloadly', () => {
  it('account, line, deadline, a scripted top-up, the wallet and the estimated expiry', async () => {
    await addAccount();
    await addLine();
    const status = JSON.parse((await run(['status', '--json'])).stdout);
    expect(status).toEqual([
      expect.objectContaining({ account: 'rl', provider: 'reloadly', number: '+85291234567', expiresAt: '2026-12-20T23:59:59+08:00', numberKeptUntil: '2027-01-19T23:59:59+08:00', validitySource: 'confirmed' }),
    ]);

    const paid = await run(['topup', '--line', '+85291234567', '--amount', '50', '--yes', '--json']);
    expect(paid.code).toBe(0);
    const receipt = JSON.parse(paid.stdout);
    expect(receipt.order).toMatchObject({ status: 'succeeded', amount: { amount: '50.00', currency: 'HKD' }, method: 'wallet', providerRef: '4600001/OP-4600001' });
    expect(receipt.after).toMatchObject({ expiresAt: '2027-05-31T23:59:59+08:00', validitySource: 'estimated' });
    expect(standIn.charges()).toHaveLength(1);

    const accounts = JSON.parse((await run(['account', 'list', '--json'])).stdout);
    expect(accounts).toEqual([expect.objectContaining({ name: 'rl', provider: 'reloadly', balance: { amount: '493.48', currency: 'USD' } })]);
    const history = JSON.parse((await run(['history', '--json'])).stdout);
    expect(history).toHaveLength(1);
  });

  it('at the prompts: the summary shows both sides of the rate; Enter, Enter, y pays once', async () => {
    await addAccount();
    await addLine();
    const prompter = scriptedPrompter([DEFAULT, DEFAULT, true]);
    const paid = await run(['topup', '--line', '+85291234567'], { tty: true, prompter });
    expect(paid.code).toBe(0);
    expect(paid.stderr).toContain('HK$50.00 delivered, about $6.52 from your Reloadly wallet');
    expect(prompter.calls.map((c) => c.kind)).toEqual(['select', 'select', 'confirm']);
    expect(standIn.charges()).toHaveLength(1);
  });

  it('a lost answer after the charge: the top-up is found by its key, never paid twice', async () => {
    await addAccount();
    await addLine();
    standIn.faults.lostAfterCommit = 1;
    const paid = await run(['topup', '--line', '+85291234567', '--amount', '50', '--yes', '--json']);
    expect(paid.code, paid.stderr).toBe(0);
    expect(JSON.parse(paid.stdout).order.status).toBe('succeeded');
    expect(standIn.charges()).toHaveLength(1);
    expect(standIn.topupPosts).toBe(1);
  });

  it('a 500 leaves the order unknown (exit 7); the rerun sends the same key and pays once', async () => {
    await addAccount();
    await addLine();
    standIn.faults.error500 = 1;
    const first = await run(['topup', '--line', '+85291234567', '--amount', '50', '--yes']);
    expect(first.code).toBe(7);
    const again = await run(['topup', '--line', '+85291234567', '--amount', '50', '--yes', '--json']);
    expect(again.code).toBe(0);
    const keys = standIn.state.transactions.map((t) => t.customIdentifier);
    expect(new Set(keys).size).toBe(keys.length);
    expect(standIn.charges()).toHaveLength(1);
    const history = JSON.parse((await run(['history', '--json'])).stdout);
    expect(history.filter((o: { status: string }) => o.status === 'succeeded')).toHaveLength(1);
  });

  it('refusals are one clear line with the exit code of the table, and change nothing', async () => {
    const wrong = await run(['account', 'add', 'rl', '--provider', 'reloadly', '--client-id', CLIENT_ID, '--secret-stdin', '--endpoint', standIn.url, '--auth-endpoint', standIn.url], { stdin: 'wrong' });
    expect(wrong.code).toBe(4);
    expect(wrong.stderr).toContain('client id or secret was rejected');
    await addAccount();
    const unknown = await run(['line', 'add', '+85299999999', '--account', 'rl', '--expires', '2026-12-20']);
    expect(unknown.code).toBe(6);
    await addLine();
    const tooSmall = await run(['topup', '--line', '+85291234567', '--amount', '5', '--yes']);
    expect(tooSmall.code).toBe(2);
    expect(standIn.topupPosts).toBe(0);
    await run(['topup', '--line', '+85291234567', '--amount', '50', '--yes']);
    const soon = await run(['topup', '--line', '+85291234567', '--amount', '100', '--yes']);
    expect(soon.code).toBe(6);
    expect(soon.stderr).toContain('recharged moments ago');
    const renew = await run(['renew', '--line', '+85291234567', '--plan', 'x', '--yes']);
    expect(renew.code).toBe(2);
  });
});
