// `--line` takes the same names in every command: the id (or account/id), the number, the ICCID, the provider's
// alias and the user's own label (any case). History looks at local state only for the accounts the run is about.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempHome, type RunOptions } from '../helpers/cli.js';

const NOW = new Date('2026-11-22T04:00:00Z');

let home: string;
let cleanup: () => void;
beforeEach(() => ({ home, cleanup } = tempHome()));
afterEach(() => cleanup());

const run = (argv: string[], extra: Partial<RunOptions> = {}) => runCli(argv, { home, now: NOW, ...extra });

interface Line { line: string; alias: string | null; number: string }

async function lines(prefix: string[]): Promise<Line[]> {
  const result = await run([...prefix, 'status', '--json']);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Line[];
}

async function labelled(prefix: string[], label: string, index = 1): Promise<Line> {
  const line = (await lines(prefix))[index]!;
  const set = await run([...prefix, 'line', 'label', line.line, label]);
  expect(set.code, set.stderr).toBe(0);
  return line;
}

describe('--line <label> with --sandbox', () => {
  it('topup, renew, plans, status, status --offline, line note and history all find the line by its label, any case', async () => {
    const line = await labelled(['--sandbox'], 'Mrs Chan');

    const topup = await run(['--sandbox', 'topup', '--line', 'Mrs Chan', '--amount', '50', '--yes', '--json']);
    expect(topup.code, topup.stderr).toBe(0);
    expect((JSON.parse(topup.stdout) as { before: { line: string } }).before.line).toBe(line.line);

    const renew = await run(['--sandbox', 'renew', '--line', 'mrs chan', '--plan', 'monthly', '--yes', '--json']);
    expect(renew.code, renew.stderr).toBe(0);
    expect((JSON.parse(renew.stdout) as { before: { line: string } }).before.line).toBe(line.line);

    const plans = await run(['--sandbox', 'plans', '--line', 'MRS CHAN', '--until', '2027-06-30', '--json']);
    expect(plans.code, plans.stderr).toBe(0);
    expect((JSON.parse(plans.stdout) as { line: string }).line).toBe(line.line);

    for (const extra of [[], ['--offline']]) {
      const status = await run(['--sandbox', 'status', '--line', 'Mrs Chan', '--json', ...extra]);
      expect(status.code, status.stderr).toBe(0);
      expect((JSON.parse(status.stdout) as Line[]).map((l) => l.line)).toEqual([line.line]);
    }

    expect((await run(['--sandbox', 'line', 'note', 'Mrs Chan', 'pays cash'])).code).toBe(0);
    const withNote = (JSON.parse((await run(['--sandbox', 'status', '--json'])).stdout) as (Line & { note: string | null })[]).find((l) => l.line === line.line);
    expect(withNote?.note).toBe('pays cash');

    const history = await run(['--sandbox', 'history', '--line', 'Mrs Chan', '--json']);
    expect(history.code, history.stderr).toBe(0);
    // Both orders carry the fixed clock's time, so their order among themselves is not the point.
    expect((JSON.parse(history.stdout) as { line: string; kind: string }[]).map((o) => `${o.line} ${o.kind}`).sort()).toEqual([
      `${line.line} renew`,
      `${line.line} topup`,
    ]);
  });

  it("a label that is another line's alias is ambiguous (exit 2 naming both), never a guess", async () => {
    const [first, second] = await lines(['--sandbox']);
    expect((await run(['--sandbox', 'line', 'label', second!.line, first!.alias!])).code).toBe(0);
    const result = await run(['--sandbox', 'topup', '--line', first!.alias!, '--amount', '50', '--yes']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`sandbox/${first!.line}`);
    expect(result.stderr).toContain(`sandbox/${second!.line}`);
  });

  it('reconcile --line takes the label too, and an unknown name is exit 2 instead of "nothing to settle"', async () => {
    await labelled(['--sandbox'], 'Mrs Chan');
    const known = await run(['--sandbox', 'reconcile', '--line', 'mrs chan']);
    expect(known.code, known.stderr).toBe(0);
    const unknown = await run(['--sandbox', 'reconcile', '--line', 'Nobody']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no line "Nobody"');
  });

  it('an unknown label is exit 2 naming it, with nothing paid', async () => {
    await lines(['--sandbox']);
    const result = await run(['--sandbox', 'topup', '--line', 'Nobody', '--amount', '50', '--yes']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no line "Nobody"');
    expect((await run(['--sandbox', 'history', '--json'])).stdout.trim()).toBe('[]');
  });
});

describe('history --line <label> looks only at the accounts of the run', () => {
  it("--sandbox never answers with a real account's label, and prefers its own line to a real one of the same label", async () => {
    expect((await run(['account', 'add', 'demo', '--provider', 'sandbox'])).code).toBe(0);
    await labelled(['--account', 'demo'], 'Grandma');

    const onlyReal = await run(['--sandbox', 'history', '--line', 'Grandma']);
    expect(onlyReal.code).toBe(2);
    expect(onlyReal.stderr).toContain('no line "Grandma"');

    const mine = await labelled(['--sandbox'], 'Grandma', 2);
    expect((await run(['--sandbox', 'topup', '--line', 'Grandma', '--amount', '50', '--yes'])).code).toBe(0);
    const history = await run(['--sandbox', 'history', '--line', 'Grandma', '--json']);
    expect(history.code, history.stderr).toBe(0);
    expect((JSON.parse(history.stdout) as { line: string }[]).map((o) => o.line)).toEqual([mine.line]);
  });
});

describe('tracked lines by label', () => {
  it('line confirm and topup --record take the label given at line add', async () => {
    expect((await run(['line', 'add', '+85291234567', '--carrier', 'cmhk-prepaid', '--expires', '2026-12-20', '--label', 'HK card'])).code).toBe(0);
    const confirm = await run(['line', 'confirm', 'hk card', '--expires', '2027-01-20']);
    expect(confirm.code, confirm.stderr).toBe(0);
    const status = JSON.parse((await run(['status', '--line', 'HK card', '--json'])).stdout) as { line: string; expiresAt: string }[];
    expect(status.map((l) => [l.line, l.expiresAt.slice(0, 10)])).toEqual([['tl_85291234567', '2027-01-20']]);
  });
});
