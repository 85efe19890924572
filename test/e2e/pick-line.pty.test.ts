// The line picker in a real terminal, with more lines than fit on one page: typing filters the list (here by
// label), Enter picks the line left. (Enter before typing, and the other ways of matching, are in
// test/app/pick-line.test.ts with the scripted prompter.)

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempHome } from '../helpers/cli.js';
import { KEYS, spawnLeb } from '../helpers/pty.js';
import { daysAfter, trackLines } from '../helpers/tracked-lines.js';

describe('picking one of many lines in a real terminal', () => {
  let home: { home: string; cleanup: () => void };
  const until = daysAfter(new Date(), 120);
  beforeEach(async () => {
    home = tempHome();
    await trackLines(home.home, 12, new Date());
  });
  afterEach(() => home.cleanup());

  it('typing part of a label leaves that line; Enter picks it', async () => {
    const session = spawnLeb(['plans', '--until', until], home.home);
    await session.waitFor('Which line?');
    await session.waitFor('tl_85291234509');
    session.write('mrs ch');
    // Highlighted only once the list is filtered down to it.
    await session.waitFor('❯ tl_85291234507');
    session.write(KEYS.enter);
    expect(await session.exited).toBe(0);
    // The answer line names the line picked; the schedule below is for it (its expiry is 17 days away).
    expect(session.output()).toMatch(/✔ Which line\?[^\n]*tl_85291234507/);
    expect(session.output()).toContain(`${daysAfter(new Date(), 17)}  top up`);
  });
});
