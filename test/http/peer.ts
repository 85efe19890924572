// An http provider talking to a real `leb sandbox serve` server in this process, on 127.0.0.1:0.

import { en } from '../../src/io/messages/en.js';
import { createAgent } from '../../src/providers/http/agent-factory.js';
import { WaitBudget } from '../../src/providers/http/budget.js';
import { ApiClient } from '../../src/providers/http/client.js';
import { HttpProvider } from '../../src/providers/http/provider.js';
import type { RetryPolicy } from '../../src/providers/http/retry.js';
import { logIn, Session, type Tokens } from '../../src/providers/http/session.js';
import { startSandboxServer, type SandboxServer, type SandboxServerOptions } from '../../src/providers/sandbox/server/server.js';

export interface Peer {
  server: SandboxServer;
  provider: HttpProvider;
  client: ApiClient;
  /** The tokens as the provider last saved them. */
  saved: Tokens[];
  debug: string[];
  close(): Promise<void>;
}

export interface PeerOptions {
  server?: SandboxServerOptions;
  timeoutMs?: number;
  now?: () => Date;
  /** Fast back-off for tests; the real policies are tested in retry.test.ts. */
  policies?: { read?: RetryPolicy; payment?: RetryPolicy };
}

export const FAST_READ: RetryPolicy = { maxAttempts: 4, baseDelayMs: 10, maxDelayMs: 40, maxRetryAfterMs: 5_000 };
export const FAST_PAYMENT: RetryPolicy = { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 40, maxRetryAfterMs: 5_000 };

export async function startPeer(options: PeerOptions = {}): Promise<Peer> {
  const now = options.now ?? (() => new Date());
  const server = await startSandboxServer({ seed: 7, now, ...options.server });
  const dispatcher = createAgent();
  const debug: string[] = [];
  const client = new ApiClient({
    endpoint: new URL(server.url),
    dispatcher,
    budget: new WaitBudget(options.timeoutMs ?? 10_000),
    t: en,
    debug: (line) => debug.push(line),
    userAgent: 'leb-test',
    policies: options.policies ?? { read: FAST_READ, payment: FAST_PAYMENT },
  });
  const saved: Tokens[] = [];
  let tokens: Tokens | null = null;
  const keeper = {
    load: async () => (tokens ??= await logIn(client, server.login, server.password, now)),
    save: async (fresh: Tokens) => {
      tokens = fresh;
      saved.push(fresh);
    },
  };
  const provider = new HttpProvider(client, new Session(client, keeper, now, en, 'peer'), en);
  return {
    server,
    provider,
    client,
    saved,
    debug,
    async close() {
      await dispatcher.close();
      await server.close();
    },
  };
}
