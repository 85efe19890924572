// --timeout bounds the command's own work (src/cli/deadline.ts, wired in main.ts): when it runs out the run's
// signal aborts with a TimedOutError, the command stops with exit 5 and one line naming --timeout; prompts do
// not count; a payment on its way disarms it. Timers are fakes the test fires: nothing waits for real.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startDeadline, type ArmTimer } from '../../src/cli/deadline.js';
import { runCli, tempHome, type RunOptions } from '../helpers/cli.js';
import { DEFAULT, scriptedPrompter } from '../helpers/prompter.js';

const NOW = new Date('2026-11-22T04:00:00Z');

/** A timer that records what it was armed with and runs out as soon as the run next yields. */
function runsOutAtOnce(armed: number[]): ArmTimer {
  return (ms, fire) => {
    armed.push(ms);
    queueMicrotask(fire);
    return () => {};
  };
}

describe('startDeadline', () => {
  it('fires once after its time; pauses (nested) stop the clock and resume arms what is left; disarm stops it for good', () => {
    let clock = 0;
    const arms: { ms: number; fire: () => void; cancelled: boolean }[] = [];
    const arm: ArmTimer = (ms, fire) => {
      const entry = { ms, fire, cancelled: false };
      arms.push(entry);
      return () => void (entry.cancelled = true);
    };
    let fired = 0;
    const deadline = startDeadline(10_000, () => fired++, arm, () => clock);
    clock = 4_000;
    deadline.pause();
    deadline.pause();
    clock = 60_000; // a minute at a prompt
    deadline.resume();
    expect(arms).toHaveLength(1);
    deadline.resume();
    expect(arms.map((a) => [a.ms, a.cancelled])).toEqual([[10_000, true], [6_000, false]]);
    arms[1]!.fire();
    arms[1]!.fire();
    expect(fired).toBe(1);

    const other = startDeadline(5_000, () => fired++, arm, () => clock);
    other.disarm();
    arms[2]!.fire();
    other.resume();
    expect(fired).toBe(1);
    expect(arms).toHaveLength(3);
  });
});

describe('--timeout bounds the whole command', () => {
  let home: { home: string; cleanup: () => void };
  beforeEach(() => (home = tempHome()));
  afterEach(() => home.cleanup());
  const run = (argv: string[], extra: Partial<RunOptions> = {}) => runCli(argv, { home: home.home, now: NOW, ...extra });

  it.each([
    [['--sandbox', 'status']],
    [['--sandbox', 'plans', '--line', 'Personal', '--until', '2027-12-31']],
    [['--sandbox', 'check']],
  ])('%j stops with exit 5 and one line naming --timeout', async (argv) => {
    expect((await run(['--sandbox', 'status', '--json'])).code).toBe(0);
    const armed: number[] = [];
    const result = await run([...argv, '--timeout', '2'], { deadlineTimer: runsOutAtOnce(armed) });
    expect(result.code).toBe(5);
    // A tenth later than --timeout (at least a second), so the network budget's own endings come first.
    expect(armed).toEqual([3_000]);
    expect(result.stderr).toBe('error: stopped: the command ran past --timeout 2 s; nothing was paid after that point\nGive it longer, e.g. --timeout 60.\n');
    expect(result.stdout).toBe('');
  });

  it('remind writes no calendar when it runs out; in Chinese too', async () => {
    const ics = join(home.home, 'leb.ics');
    const result = await run(['--sandbox', '--lang', 'zh-CN', 'remind', '--ics', ics], { deadlineTimer: runsOutAtOnce([]) });
    expect(result.code).toBe(5);
    expect(result.stderr).toContain('--timeout 30 秒');
    expect(existsSync(ics)).toBe(false);
  });

  it('a payment stopped by --timeout before it is sent sends nothing (exit 5, empty history)', async () => {
    const result = await run(['--sandbox', 'topup', '--line', 'Personal', '--amount', '50', '--yes'], { deadlineTimer: runsOutAtOnce([]) });
    expect(result.code).toBe(5);
    expect((await run(['--sandbox', 'history', '--json'])).stdout.trim()).toBe('[]');
  });

  it('time at a prompt does not count: the clock stops for each prompt and restarts after; a payment on its way disarms it', async () => {
    const arms: { ms: number; cancelled: boolean }[] = [];
    let fireLast: (() => void) | null = null;
    const timer: ArmTimer = (ms, fire) => {
      const entry = { ms, cancelled: false };
      arms.push(entry);
      fireLast = fire;
      return () => void (entry.cancelled = true);
    };
    const prompter = scriptedPrompter([DEFAULT, DEFAULT, true]);
    const result = await run(['--sandbox', 'topup', '--line', 'Work backup'], { tty: true, prompter, deadlineTimer: timer });
    expect(result.code, result.stderr).toBe(0);
    // Armed at the start, stopped at each of the three prompts and armed again after it; the last arming was
    // cancelled when the payment was journaled (disarm), so running out after that changes nothing.
    expect(arms.length).toBe(4);
    expect(arms.every((a) => a.cancelled)).toBe(true);
    expect(arms.every((a) => a.ms <= 33_000 && a.ms > 28_000)).toBe(true);
    (fireLast as unknown as () => void)();
    expect(JSON.parse((await run(['--sandbox', 'history', '--json'])).stdout)).toHaveLength(1);
  });

  it("the user's check --exec hook runs with the clock stopped (it has its own limit)", async () => {
    const arms: { ms: number; cancelled: boolean }[] = [];
    const timer: ArmTimer = (ms) => {
      const entry = { ms, cancelled: false };
      arms.push(entry);
      return () => void (entry.cancelled = true);
    };
    const result = await run(['--sandbox', 'check', '--exec', 'true'], { deadlineTimer: timer });
    expect(result.code).toBe(11);
    // Armed at the start, then stopped and armed again around each of the two hooks (two lines at risk).
    expect(arms).toHaveLength(3);
    expect(arms.slice(0, 2).every((a) => a.cancelled)).toBe(true);
  });
});
