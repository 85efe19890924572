// The files leb keeps for itself (token caches, pending Airalo orders, the status cache) are read one way
// (src/store/json-state.ts readOwnJson): none yet is null, a hand-edited one is exit 9 naming it, and a bug in
// the check is not disguised as a bad file.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExitCode, StateError } from '../../src/errors.js';
import { readOwnJson } from '../../src/store/json-state.js';
import { integer, object, oneOf } from '../../src/store/shape.js';
import { tempHome } from '../helpers/cli.js';

const shape = object({ version: oneOf([1]), count: integer });

describe('readOwnJson', () => {
  let home: { home: string; cleanup: () => void };
  let file: string;
  beforeEach(() => {
    home = tempHome();
    file = join(home.home, 'token.json');
  });
  afterEach(() => home.cleanup());

  const stateError = (read: () => unknown): StateError => {
    try {
      read();
    } catch (error) {
      if (error instanceof StateError) return error;
      throw error;
    }
    throw new Error('no StateError');
  };

  it('none yet: null', () => {
    expect(readOwnJson(file, shape, 'airalo-token')).toBeNull();
  });

  it('what leb wrote: the document', () => {
    writeFileSync(file, '{"version":1,"count":3}\n', { mode: 0o600 });
    expect(readOwnJson(file, shape, 'airalo-token')).toEqual({ version: 1, count: 3 });
  });

  it.each([
    ['another shape', '{"version":1,"count":"three"}', { kind: 'not-ours', what: 'reloadly-token', detail: null }],
    ['a newer format', '{"version":2,"count":3}', { kind: 'not-ours', what: 'reloadly-token', detail: null }],
    ['not JSON', '{"version":1,', { kind: 'not-json' }],
  ])('%s: a StateError naming the file (exit 9), and the file is left as it is', (_case, text, problem) => {
    writeFileSync(file, text, { mode: 0o600 });
    const error = stateError(() => readOwnJson(file, shape, 'reloadly-token'));
    expect(error.file).toBe(file);
    expect(error.exitCode).toBe(ExitCode.corruptState);
    expect(error.problem).toMatchObject(problem);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('explain: where and how the shape is wrong, for a file with nothing secret in it', () => {
    writeFileSync(file, '{"version":1,"count":"three"}', { mode: 0o600 });
    const error = stateError(() => readOwnJson(file, shape, 'sandbox-state', { explain: true }));
    expect(error.problem).toMatchObject({ kind: 'not-ours', what: 'sandbox-state', detail: expect.stringContaining('count') });
  });

  it('a check that fails for another reason (a bug) is not reported as a bad file', () => {
    writeFileSync(file, '{"version":1,"count":3}', { mode: 0o600 });
    const broken = () => {
      throw new TypeError('bug');
    };
    expect(() => readOwnJson(file, broken, 'status-cache')).toThrow(TypeError);
  });
});
