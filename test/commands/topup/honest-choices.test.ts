// A top-up is offered for what it really does: the days each amount moves the expiry (not the tier's nominal
// days), Enter on the cheapest amount that extends the line, a second question before paying for +0 days, and
// a receipt whose "before" is the line as this payment found it.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempHome } from '../../helpers/cli.js';
import { DEFAULT, scriptedPrompter } from '../../helpers/prompter.js';
import { NOW, demoLines, sandbox, sandboxCharges, type DemoLine } from '../../app/payments/fixtures.js';

/** The demo line with about two months left: a HK$20.00 (30-day) top-up cannot move its expiry. */
async function healthy(home: string): Promise<DemoLine> {
  const line = (await demoLines(home)).find((l) => l.state === 'active' && l.daysLeft > 31 && l.daysLeft < 90);
  if (!line) throw new Error('no demo line with 31..90 days left');
  return line;
}

describe('topup on a line that runs past what a small top-up earns', () => {
  let home: { home: string; cleanup: () => void };
  beforeEach(() => (home = tempHome()));
  afterEach(() => home.cleanup());

  it('the picker shows the days each amount really adds and Enter takes the cheapest that extends', async () => {
    const line = await healthy(home.home);
    const prompter = scriptedPrompter([DEFAULT, DEFAULT, false]);
    await sandbox(['topup', '--line', line.line], { home: home.home, tty: true, prompter });
    const picker = prompter.calls[0];
    const names = picker?.choices?.map((c) => c.name) ?? [];
    expect(names[0]).toContain('HK$20.00');
    expect(names[0]).toContain(`+0 days: the expiry stays ${line.expiresAt.slice(0, 10)}`);
    expect(names[1]).toContain(`HK$50.00  +${90 - line.daysLeft} days →`);
    expect(picker?.defaultValue).toBe(5000);
    expect(prompter.calls[2]).toMatchObject({ kind: 'confirm', message: 'Pay now?' });
  });

  it('picking +0 days asks again, No by default: Enter cancels and nothing is paid', async () => {
    const line = await healthy(home.home);
    const prompter = scriptedPrompter([2000, DEFAULT]);
    const result = await sandbox(['topup', '--line', line.line], { home: home.home, tty: true, prompter });
    expect(prompter.calls[1]).toMatchObject({ kind: 'confirm', defaultValue: false });
    expect(prompter.calls[1]?.message).toContain('does not move the expiry');
    expect(result.code).toBe(3);
    expect(sandboxCharges(home.home)).toEqual([]);
  });

  it('--amount with --yes on a terminal still asks before paying for +0 days', async () => {
    const line = await healthy(home.home);
    const prompter = scriptedPrompter([DEFAULT]);
    const result = await sandbox(['topup', '--line', line.line, '--amount', '20', '--yes'], { home: home.home, tty: true, prompter });
    expect(result.code).toBe(3);
    expect(sandboxCharges(home.home)).toEqual([]);
  });

  it('said yes twice, it pays and the summary says +0 days', async () => {
    const line = await healthy(home.home);
    const prompter = scriptedPrompter([2000, true, DEFAULT, true]);
    const result = await sandbox(['topup', '--line', line.line], { home: home.home, tty: true, prompter });
    expect(result.code).toBe(0);
    const expiry = line.expiresAt.slice(0, 10);
    expect(result.stderr).toContain(`Expires: ${expiry} → ${expiry} (+0 days: unchanged)`);
    expect(sandboxCharges(home.home)).toHaveLength(1);
  });

  it('a script is warned on stderr and in the JSON', async () => {
    const line = await healthy(home.home);
    const result = await sandbox(['topup', '--line', line.line, '--amount', '20', '--yes', '--json'], { home: home.home });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/warning: HK\$20\.00 does not move the expiry/);
    const json = JSON.parse(result.stdout) as { warnings: { code: string; message: string }[] };
    expect(json.warnings).toEqual([{ code: 'expiry-unchanged', message: expect.stringContaining('+0 days') }]);
  });

  it('--dry-run --json carries the days added and the warning', async () => {
    const line = await healthy(home.home);
    const result = await sandbox(['topup', '--line', line.line, '--amount', '20', '--dry-run', '--json'], { home: home.home });
    const json = JSON.parse(result.stdout) as { quote: { daysAdded: number }; warnings: { code: string }[] };
    expect(json.quote.daysAdded).toBe(0);
    expect(json.warnings.map((w) => w.code)).toEqual(['expiry-unchanged']);
  });

  it('a top-up that extends says by how much in the summary, and warns of nothing', async () => {
    const line = await healthy(home.home);
    const result = await sandbox(['topup', '--line', line.line, '--amount', '50', '--yes', '--json'], { home: home.home });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect((JSON.parse(result.stdout) as { warnings: unknown[] }).warnings).toEqual([]);
  });
});

describe('the receipt', () => {
  let home: { home: string; cleanup: () => void };
  beforeEach(() => (home = tempHome()));
  afterEach(() => home.cleanup());

  it('"before" is the line as this payment found it, even when another top-up landed while the person was choosing', async () => {
    const line = (await demoLines(home.home)).find((l) => l.state === 'active' && l.daysLeft <= 14)!;
    const prompter = scriptedPrompter([5000, DEFAULT, true]);
    const confirm = prompter.confirm.bind(prompter);
    prompter.confirm = async (message, defaultValue) => {
      // Another leb process pays HK$20.00 on the same line while this one waits at "Pay now?".
      const other = await runCli(['--sandbox', 'topup', '--line', line.line, '--amount', '20', '--yes'], { home: home.home, now: NOW });
      expect(other.code).toBe(0);
      return confirm(message, defaultValue);
    };
    const result = await sandbox(['topup', '--line', line.line], { home: home.home, tty: true, prompter });
    expect(result.code).toBe(0);
    // The summary was shown from the first reading; the receipt from the one just before paying.
    expect(result.stderr).toContain('Balance: HK$4.20 → HK$54.20');
    expect(result.stdout).toContain('Balance: HK$24.20 → HK$74.20');
  });
});

describe('money looks the same everywhere', () => {
  let home: { home: string; cleanup: () => void };
  beforeEach(() => (home = tempHome()));
  afterEach(() => home.cleanup());

  it('history shows HK$48.00 as status and the receipt do, not 48.00 HKD', async () => {
    const line = (await demoLines(home.home)).find((l) => l.state === 'active' && l.daysLeft <= 14)!;
    await sandbox(['renew', '--line', line.line, '--plan', 'quarterly', '--yes'], { home: home.home });
    const history = await sandbox(['history'], { home: home.home });
    expect(history.stdout).toContain('HK$48.00');
    expect(history.stdout).not.toContain('HKD');
  });

  it('an amount out of range names the limit as money', async () => {
    const line = (await demoLines(home.home))[0]!;
    const result = await sandbox(['topup', '--line', line.line, '--amount', '5', '--yes'], { home: home.home });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('below the smallest top-up, HK$10.00');
  });
});
