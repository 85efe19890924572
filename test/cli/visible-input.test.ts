// Echoed user input never carries terminal control sequences to the terminal (issue 10).

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempHome } from '../helpers/cli.js';

describe('echoed input', () => {
  let home: { home: string; cleanup: () => void };
  beforeEach(() => (home = tempHome()));
  afterEach(() => home.cleanup());

  it('a --line value that would clear the screen is shown escaped in the error', async () => {
    const result = await runCli(['--sandbox', 'plans', '--line', '\u001b[2J\u001b]0;x\u0007ln'], { home: home.home });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('\\x1b[2J\\x1b]0;x\\x07ln');
    expect(result.stderr).not.toContain('\u001b');
  });
});
