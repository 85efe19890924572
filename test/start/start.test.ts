// Which command a run is, as the start-up code cache sees it (src/start/start.ts): the bundle's data is kept per
// top-level command.

import { describe, expect, it } from 'vitest';
import { commandOf } from '../../src/start/start.js';

describe("which command a run is, for the bundle's cache", () => {
  it.each([
    [['--sandbox', 'status', '--json'], 'status'],
    [['--lang', 'zh-CN', 'account', 'add', 'x'], 'account'],
    [['help', 'topup'], 'topup'],
    [['--help'], null],
    [[], null],
    [['--lang', 'zh-CN'], null],
    [['nope'], null],
  ])('%j → %s', (argv, command) => {
    expect(commandOf(argv)).toBe(command);
  });
});
