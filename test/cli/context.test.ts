// The context's spinner (src/cli/context.ts): only on a terminal a person watches. Never on one that reports no
// width (0 columns: some container and serial ttys), where ora's clearing loops for ever once a spinner is
// drawn; so these tests never let ora draw: a spinner on its way is a pending timer (src/io/spinner.ts).

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createContext } from '../../src/cli/context.js';
import { resolveGlobals } from '../../src/cli/globals.js';
import { bufferIO, Collect } from '../helpers/io.js';
import { tempHome } from '../helpers/cli.js';

/** Whether the context, its stderr a terminal of `columns` columns, sets a spinner on its way. */
async function startsSpinner(columns: number, env: NodeJS.ProcessEnv = {}): Promise<boolean> {
  const home = tempHome();
  const terminal = Object.assign(new Collect(), { isTTY: true, columns });
  const io = { ...bufferIO({ tty: true, columns }), stderr: terminal, stderrStream: terminal, stderrColumns: columns };
  const fullEnv = { LEB_HOME: home.home, ...env };
  const ctx = createContext(resolveGlobals({}, fullEnv), { io, env: fullEnv });
  try {
    const before = vi.getTimerCount();
    const spinner = await ctx.spinner(() => 'Reading lines…');
    const started = vi.getTimerCount() > before;
    spinner.stop();
    return started;
  } finally {
    await ctx.close();
    home.cleanup();
  }
}

describe('context spinner', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('is set on its way on a terminal of some width', async () => {
    expect(await startsSpinner(80)).toBe(true);
  });

  it('is not, on a terminal that reports 0 columns, nor under CI', async () => {
    expect(await startsSpinner(0)).toBe(false);
    expect(await startsSpinner(80, { CI: 'true' })).toBe(false);
  });
});
