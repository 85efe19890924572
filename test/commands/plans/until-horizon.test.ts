// plans --until far in the future (issue 10): refused at once (exit 2) naming the horizon, instead of
// computing for minutes with half a gigabyte.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempHome } from '../../helpers/cli.js';

const NOW = new Date('2026-11-22T04:00:00Z');

describe('plans --until horizon', () => {
  let home: { home: string; cleanup: () => void };
  beforeEach(() => (home = tempHome()));
  afterEach(() => home.cleanup());
  const run = (argv: string[]) => runCli(argv, { home: home.home, now: NOW, timeZone: 'Asia/Hong_Kong' });

  it('a date beyond 5 years is exit 2 naming the last date accepted, in a blink', async () => {
    const started = performance.now();
    const result = await run(['--sandbox', 'plans', '--until', '2999-12-31']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('at most 5 years ahead (until 2031-11-22)');
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('a date inside the horizon is planned; one beyond it is refused in Chinese too', async () => {
    const status = JSON.parse((await run(['--sandbox', 'status', '--json'])).stdout) as Array<{ line: string; state: string }>;
    const line = status.find((l) => l.state === 'active')?.line as string;
    const result = await run(['--sandbox', 'plans', '--line', line, '--until', '2027-06-01', '--json']);
    expect(result.code).toBe(0);
    const zh = await run(['--sandbox', '--lang', 'zh-CN', 'plans', '--until', '2032-01-01']);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('最多规划 5 年');
  });
});
