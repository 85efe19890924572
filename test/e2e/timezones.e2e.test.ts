// daysLeft from the binary under several TZ values: today is the user's date, the expiry is the date the
// provider wrote (Hong Kong for the sandbox), and the difference is whole calendar days.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBin, tempHome } from '../helpers/cli.js';

const ZONES = ['UTC', 'America/Los_Angeles', 'Australia/Melbourne', 'Asia/Kolkata', 'Pacific/Kiritimati'];

function todayIn(zone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

const daysBetween = (from: string, to: string) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

describe('daysLeft across time zones', () => {
  const home = tempHome();
  beforeAll(async () => {
    expect((await runBin(['--sandbox', 'status'], { home: home.home })).code).toBe(0);
  });
  afterAll(() => home.cleanup());

  it.each(ZONES)('TZ=%s', async (zone) => {
    const before = todayIn(zone);
    const result = await runBin(['--sandbox', 'status', '--json'], { home: home.home, env: { TZ: zone } });
    const after = todayIn(zone);
    if (before !== after) return; // the date changed mid-test in that zone; nothing to compare
    expect(result.code).toBe(0);
    for (const line of JSON.parse(result.stdout) as Array<{ expiresAt: string; daysLeft: number; fetchedAt: string }>) {
      expect(line.daysLeft).toBe(daysBetween(before, line.expiresAt.slice(0, 10)));
      expect(line.fetchedAt.slice(0, 10)).toBe(before);
    }
  });
});
