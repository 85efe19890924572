// Airalo allows 3 token requests a minute. Several leb processes (here: providers opened separately on one
// LEB_HOME, each with its own scheduler and token source) share one 0600 token cache and never exceed it.

import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { AccountError } from '../../../src/providers/account-error.js';
import { openAgainst, tempHome, type Opened } from './open.js';
import { SimTimer } from './sim-timer.js';
import { startStandIn, type StandIn } from './stand-in/server.js';

let standIn: StandIn;
const opened: Opened[] = [];
/** The LEB_HOME the providers of a test share (openAgainst removes only a home it made itself). */
const homes: string[] = [];
const sharedHome = () => {
  const home = tempHome();
  homes.push(home);
  return home;
};

afterEach(async () => {
  for (const o of opened.splice(0)) await o.close();
  for (const home of homes.splice(0)) rmSync(home, { recursive: true, force: true });
  await standIn.close();
});

describe('airalo tokens across processes', () => {
  it('one token serves every process until Airalo rejects it; new ones come at most 3 a minute, waiting instead of tripping the limit', async () => {
    const timer = new SimTimer();
    standIn = await startStandIn({ now: timer.wall });
    const home = sharedHome();
    for (let i = 0; i < 5; i++) opened.push(await openAgainst(standIn, timer, { home, timeoutMs: 600_000 }));
    const iccid = standIn.state.sims[0]!.iccid;
    for (const o of opened) await o.provider.lineStatus(iccid);
    expect(standIn.tokenRequests).toBe(1);

    const started = timer.now();
    for (const o of opened) {
      standIn.expireTokens();
      await o.provider.lineStatus(iccid);
    }
    expect(standIn.tokenRequests).toBe(6);
    // Each process keeps 5 a second only within itself; the token limit holds across all of them.
    expect(standIn.limitHitsBy.token).toBe(0);
    // Six requests at 3 a minute: the later ones waited for their place.
    expect(timer.now() - started).toBeGreaterThanOrEqual(60_000);
  });

  it('gives up with a clear reason when the next token is further away than --timeout allows', async () => {
    const timer = new SimTimer();
    standIn = await startStandIn({ now: timer.wall });
    const home = sharedHome();
    const first = await openAgainst(standIn, timer, { home, timeoutMs: 600_000 });
    opened.push(first);
    const iccid = standIn.state.sims[0]!.iccid;
    for (let i = 0; i < 3; i++) {
      standIn.expireTokens();
      await first.provider.lineStatus(iccid);
    }
    standIn.expireTokens();
    const hurried = await openAgainst(standIn, timer, { home, timeoutMs: 2_000 });
    opened.push(hurried);
    const error = await hurried.provider.lineStatus(iccid).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AccountError);
    expect((error as AccountError).inner).toMatchObject({ kind: 'unreachable', code: 'token_rate_limited', reason: { code: 'token-rate-limited' } });
    expect(standIn.limitHitsBy.token).toBe(0);
  });
});
