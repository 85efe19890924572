// The reloadly provider as leb builds it (client on undici, token cache, tracked-line store), against a
// stand-in, with a private LEB_HOME, a fixed wall clock and no real back-off sleeps.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtinCarriers } from '../../../src/domain/carriers/catalogue.js';
import { sharedAgent } from '../../../src/providers/http/agent.js';
import { WaitBudget } from '../../../src/providers/http/budget.js';
import { ReloadlyClient } from '../../../src/providers/reloadly/client.js';
import { ReloadlyProvider } from '../../../src/providers/reloadly/provider.js';
import { TokenSource, tokenCacheFile } from '../../../src/providers/reloadly/token.js';
import { TrackedLineStore, trackedLineId, type TrackedLine } from '../../../src/store/tracked-lines.js';
import { CLIENT_ID, CLIENT_SECRET, type StandIn } from './stand-in/server.js';

export interface Opened {
  provider: ReloadlyProvider;
  store: TrackedLineStore;
  home: string;
  close(): Promise<void>;
}

/** A tracked line on the test's Reloadly account, as `leb line add` stores it after detecting the operator. */
export function reloadlyLine(number: string, carrier: string, dates: { expiresOn?: string; lastActivityOn?: string }, operator: { id: string; name: string; country: string }): TrackedLine {
  return {
    id: trackedLineId(number),
    account: 'rl',
    number,
    carrier,
    expiresOn: dates.expiresOn ?? null,
    lastActivityOn: dates.lastActivityOn ?? null,
    validitySource: 'confirmed',
    confirmedAt: '2026-12-01T00:00:00.000Z',
    estimatedFrom: null,
    balance: null,
    operator: { ...operator, checkedAt: '2026-12-01T00:00:00.000Z' },
    addedAt: '2026-12-01T00:00:00.000Z',
  };
}

export const CMHK_LINE = reloadlyLine('+85291234567', 'cmhk-prepaid', { expiresOn: '2026-12-20' }, { id: '1101', name: 'China Mobile Hong Kong', country: 'HK' });
export const GIFFGAFF_LINE = reloadlyLine('+447700900123', 'giffgaff', { lastActivityOn: '2026-07-01' }, { id: '2202', name: 'giffgaff United Kingdom', country: 'GB' });

export async function openAgainst(standIn: StandIn, options: { now: () => Date; lines?: TrackedLine[]; timeoutMs?: number; home?: string }): Promise<Opened> {
  const home = options.home ?? mkdtempSync(join(tmpdir(), 'leb-reloadly-'));
  const store = new TrackedLineStore(join(home, 'lines.json'));
  if (options.lines) await store.update((lines) => void lines.push(...options.lines!));
  const agent = sharedAgent();
  const timeoutMs = options.timeoutMs ?? 10_000;
  const origin = new URL(standIn.url);
  const client = new ReloadlyClient({
    authOrigin: origin,
    topupsOrigin: origin,
    dispatcher: await agent.dispatcher(),
    budget: new WaitBudget(timeoutMs),
    debug: () => {},
    userAgent: 'leb-test',
    random: () => 0.5,
    sleep: async () => {},
  });
  const tokens = new TokenSource({
    file: tokenCacheFile(join(home, 'cache'), origin.origin, origin.origin, CLIENT_ID),
    clientId: CLIENT_ID,
    audience: origin.origin,
    secret: async () => CLIENT_SECRET,
    client,
    wallNow: () => options.now().getTime(),
  });
  const provider = new ReloadlyProvider({ account: 'rl', client, tokens, store, catalogue: builtinCarriers, now: options.now });
  return {
    provider,
    store,
    home,
    close: async () => {
      await provider.close();
      await agent.close();
      if (!options.home) rmSync(home, { recursive: true, force: true });
    },
  };
}
