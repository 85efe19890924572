// Tracked lines found by what the user typed (findTracked), and a line's carrier asked line after line
// (trackedCarrier: keep, bulk plans, autopilot over a reseller's 1000 lines took seconds when each asked the
// way --line does).

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findTracked, trackedCarrier } from '../../../src/app/tracked/find.js';
import { ExitCode, UsageError } from '../../../src/errors.js';
import { messagesFor } from '../../../src/io/messages/index.js';
import { ConfigStore } from '../../../src/store/config.js';
import { statePaths } from '../../../src/store/paths.js';
import { tempHome } from '../../helpers/cli.js';
import { trackLines } from '../../helpers/tracked-lines.js';

let home: string;
let cleanup: () => void;
beforeEach(() => ({ home, cleanup } = tempHome()));
afterEach(() => cleanup());

const context = () => {
  const paths = statePaths(home);
  return { paths, t: messagesFor('en'), config: new ConfigStore(paths.config) };
};

describe('findTracked', () => {
  it('finds a line by id, account/id, number and label, as --line does', async () => {
    await trackLines(home, 12);
    const ctx = context();
    const byId = findTracked(ctx, 'tl_85291234503');
    expect(byId.line.number).toBe('+85291234503');
    expect(byId.carrier.id).toBe('cmhk-prepaid');
    expect(byId.target.name).toBe(byId.line.account);
    expect(findTracked(ctx, `${byId.line.account}/tl_85291234503`).line).toBe(byId.line);
    expect(findTracked(ctx, '+852 9123 4503').line.id).toBe('tl_85291234503');
    expect(findTracked(ctx, 'mrs chan').line.number).toBe('+85291234507');
  });

  it('names what it could not find (exit 2)', async () => {
    await trackLines(home, 3);
    expect(() => findTracked(context(), 'nobody')).toThrow(UsageError);
  });
});

describe('trackedCarrier', () => {
  it("gives the line's carrier, and exit 2 naming the line when it is not tracked", async () => {
    await trackLines(home, 3);
    const ctx = context();
    const { line } = findTracked(ctx, 'tl_85291234501');
    expect(trackedCarrier(ctx, line.account, line.id).id).toBe('cmhk-prepaid');
    let error: unknown;
    try {
      trackedCarrier(ctx, line.account, 'tl_0');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).exitCode).toBe(ExitCode.usage);
    expect((error as UsageError).message).toContain(`${line.account}/tl_0`);
  });
});
