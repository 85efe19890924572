import { describe, expect, it } from 'vitest';
import { openerFor } from '../../src/io/browser.js';

describe('opening the recharge page', () => {
  const url = 'https://eshop.example/refill?a=1&b=$(reboot)';
  it.each([
    ['linux', 'xdg-open', [url]],
    ['darwin', 'open', [url]],
    // Not `cmd /c start`: that is a shell, and & in an address would run a command.
    ['win32', 'rundll32', ['url.dll,FileProtocolHandler', url]],
  ] as const)('%s: %s with the address as one argument', (platform, command, args) => {
    expect(openerFor(platform, url)).toEqual({ command, args });
  });
});
