// Hints keep their context: under --sandbox the commands they suggest carry --sandbox; the command `check`
// suggests runs as written; a rejected login names `leb account login` (see test/commands/account/login.test.ts).

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempHome } from '../helpers/cli.js';
import { DEFAULT, scriptedPrompter } from '../helpers/prompter.js';
import { demoLines, sandbox, sandboxCharges } from '../app/payments/fixtures.js';

describe('hints', () => {
  let home: { home: string; cleanup: () => void };
  beforeEach(() => (home = tempHome()));
  afterEach(() => home.cleanup());

  it('under --sandbox the suggested commands include --sandbox', async () => {
    await demoLines(home.home);
    const unknown = await sandbox(['history', '--line', 'ln_nope99'], { home: home.home });
    expect(unknown.stderr).toContain('"leb --sandbox status"');
    const several = await sandbox(['topup', '--amount', '50', '--yes'], { home: home.home });
    expect(several.code).toBe(2);
    expect(several.stderr).toContain('leb --sandbox topup --line');
    expect(several.stderr).not.toMatch(/leb (topup|status)/);
  });

  it('the command check suggests runs as written: on a terminal it asks only the method and the confirmation', async () => {
    await demoLines(home.home);
    const check = await sandbox(['check'], { home: home.home });
    // The line with a plan: its command names the plan, so no plan prompt is needed.
    const suggested = [...check.stdout.matchAll(/(leb --sandbox renew [^\n]*)/g)].map((m) => m[1]).find((c) => c?.includes('--plan'));
    expect(suggested).toMatch(/--line ln_\w+ --plan \w+$/);
    const argv = suggested!.split(' ').slice(1).filter((a) => a !== '--sandbox');
    const prompter = scriptedPrompter([DEFAULT, true]);
    const result = await sandbox(argv, { home: home.home, tty: true, prompter });
    expect(result.code).toBe(0);
    expect(prompter.calls.map((c) => c.kind)).toEqual(['select', 'confirm']);
    expect(sandboxCharges(home.home)).toHaveLength(1);
  });
});
