// Open the airalo provider as leb does (openProvider → openAiralo → undici → node:http) against a stand-in,
// with a private LEB_HOME and simulated clocks.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sharedAgent } from '../../../src/providers/http/agent.js';
import { WaitBudget } from '../../../src/providers/http/budget.js';
import { openProvider } from '../../../src/providers/open.js';
import type { Provider } from '../../../src/providers/port.js';
import { CredentialStore } from '../../../src/store/credentials.js';
import { CLIENT_ID, CLIENT_SECRET, type StandIn } from './stand-in/server.js';
import type { SimTimer } from './sim-timer.js';

export interface Opened {
  provider: Provider;
  home: string;
  close(): Promise<void>;
}

export function tempHome(): string {
  return mkdtempSync(join(tmpdir(), 'leb-airalo-'));
}

/**
 * `budgetOnSimTime` drains --timeout on the simulated clock instead of the real one, so a small budget is not
 * used up by a loaded machine before the request a test is about (a stall still waits what is left, for real).
 */
export async function openAgainst(standIn: StandIn, timer: SimTimer, options: { home?: string; timeoutMs?: number; secret?: string; budgetOnSimTime?: boolean } = {}): Promise<Opened> {
  const home = options.home ?? tempHome();
  const agent = sharedAgent();
  const timeoutMs = options.timeoutMs ?? 10_000;
  const provider = await openProvider(
    {
      name: 'fleet',
      kind: 'airalo',
      account: { provider: 'airalo', endpoint: standIn.url, login: CLIENT_ID, authEndpoint: null, createdAt: new Date(timer.wall()).toISOString(), credentials: 'none' },
      pending: { login: CLIENT_ID, password: options.secret ?? CLIENT_SECRET, tokens: null },
    },
    {
      sandboxDir: join(home, 'sandbox'),
      home,
      now: () => new Date(timer.wall()),
      timeoutMs,
      debug: () => {},
      http: async () => ({ agent, budget: options.budgetOnSimTime ? new WaitBudget(timeoutMs, () => timer.now()) : new WaitBudget(timeoutMs), credentials: new CredentialStore(join(home, 'credentials.json'), null, home) }),
      airaloClocks: { timer, wallNow: timer.wall },
    },
  );
  return {
    provider,
    home,
    close: async () => {
      await provider.close();
      await agent.close();
      if (!options.home) rmSync(home, { recursive: true, force: true });
    },
  };
}
