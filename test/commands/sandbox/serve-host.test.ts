// `leb sandbox serve --host` that is not an address of this machine says so (issue 10), instead of blaming the port.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempHome } from '../../helpers/cli.js';

describe('sandbox serve --host', () => {
  let home: { home: string; cleanup: () => void };
  beforeEach(() => (home = tempHome()));
  afterEach(() => home.cleanup());

  it.each(['bad host!', '192.0.2.1'])('%s: exit 2 naming --host', async (host) => {
    const result = await runCli(['sandbox', 'serve', '--host', host, '--port', '0'], { home: home.home });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`--host ${host} is not an address of this machine`);
    expect(result.stderr).not.toContain('--port');
  });
});
