// The built binary, as cron runs it: exit codes from `check`, and a calendar file from `remind`.
// (npm test builds first; the clock is the real one, so the sandbox seeds its demo lines around today.)

import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runBin, tempHome } from '../helpers/cli.js';

describe('e2e: leb check and leb remind (built binary)', () => {
  let home: { home: string; cleanup: () => void };
  beforeEach(() => (home = tempHome()));
  afterEach(() => home.cleanup());

  it('check exits 11 with a line in grace, then 10, then 0 with no output; hooks run', async () => {
    const first = await runBin(['--sandbox', 'check'], { home: home.home });
    expect(first.code).toBe(11);
    expect(first.stdout.trimEnd().split('\n')).toHaveLength(2);

    const atRisk = JSON.parse((await runBin(['--sandbox', 'check', '--json'], { home: home.home })).stdout) as Array<{ line: string; state: string }>;
    const grace = atRisk.find((l) => l.state === 'grace')?.line as string;
    const warning = atRisk.find((l) => l.state === 'active')?.line as string;
    expect((await runBin(['--sandbox', 'renew', '--line', grace, '--plan', 'quarterly', '--yes'], { home: home.home })).code).toBe(0);

    const hookOut = join(home.home, 'hook.txt');
    const second = await runBin(['--sandbox', 'check', '--exec', 'echo "$LEB_LINE $LEB_RISK" >> "$HOOK_OUT"; exit 1'], { home: home.home, env: { HOOK_OUT: hookOut } });
    expect(second.code).toBe(10);
    expect(readFileSync(hookOut, 'utf8')).toBe(`${warning} warning\n`);
    expect(second.stderr).toContain('failed: exit code 1');

    expect((await runBin(['--sandbox', 'renew', '--line', warning, '--plan', 'quarterly', '--yes'], { home: home.home })).code).toBe(0);
    expect(await runBin(['--sandbox', 'check'], { home: home.home })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('remind --ics writes a 0600 calendar that ical.js parses, one event per line and lead time', async () => {
    const file = join(home.home, 'leb.ics');
    const result = await runBin(['--sandbox', 'remind', '--ics', file, '--warn-days', '7,1'], { home: home.home });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    // Four demo lines, none recycled, every deadline at least 7 days out: 4 × 2 reminders.
    expect(events).toHaveLength(8);
    expect(events.every((e) => e.startDate.isDate && e.description.includes('leb --sandbox renew --line ln_'))).toBe(true);

    const bad = await runBin(['--sandbox', 'remind', '--ics', file, '--warn-days', 'soon'], { home: home.home });
    expect(bad.code).toBe(2);
    expect(bad.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
