// Several leb processes writing config.json at once (issue 10: a missing test): `config set` and `line label`
// from separate processes, all at the same moment; no write is lost.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runBin, tempHome } from '../helpers/cli.js';

describe('config.json under concurrent writers', () => {
  let home: { home: string; cleanup: () => void };
  beforeEach(() => (home = tempHome()));
  afterEach(() => home.cleanup());

  it('config set and line label from four processes at once: every value is there afterwards', async () => {
    const status = JSON.parse((await runBin(['--sandbox', 'status', '--json'], { home: home.home })).stdout) as Array<{ line: string }>;
    const lines = status.map((l) => l.line).slice(0, 2);
    const runs = await Promise.all([
      runBin(['config', 'set', 'warn-days', '21'], { home: home.home }),
      runBin(['config', 'set', 'exec', 'notify-send leb'], { home: home.home }),
      ...lines.map((line, i) => runBin(['--sandbox', 'line', 'label', line, `label ${i}`], { home: home.home })),
    ]);
    expect(runs.map((r) => r.code)).toEqual(runs.map(() => 0));
    const config = JSON.parse(readFileSync(join(home.home, 'config.json'), 'utf8'));
    expect(config.settings).toMatchObject({ warnDays: 21, exec: 'notify-send leb' });
    expect(Object.values(config.lines).map((n) => (n as { label: string }).label).sort()).toEqual(lines.map((_, i) => `label ${i}`).sort());
  }, 30_000);
});
