// The one undici Agent of a run: every http account and every request shares its keep-alive connections, and
// the context closes it before exit. This module is reached only through the context's lazy http environment,
// so commands that never talk HTTP never load undici.

import { Agent, type Dispatcher } from 'undici';
import { BODY_TIMEOUT_MS, CONNECT_TIMEOUT_MS, HEADERS_TIMEOUT_MS } from './transport-limits.js';

export function createAgent(): Dispatcher {
  return new Agent({
    // Enough sockets for `status --concurrency` up to 32 per origin without queueing.
    connections: 32,
    keepAliveTimeout: 10_000,
    keepAliveMaxTimeout: 60_000,
    connect: { timeout: CONNECT_TIMEOUT_MS },
    headersTimeout: HEADERS_TIMEOUT_MS,
    bodyTimeout: BODY_TIMEOUT_MS,
  });
}

export interface SharedAgent {
  dispatcher(): Promise<Dispatcher>;
  close(): Promise<void>;
  /** Drop every connection now, requests in flight included (after Ctrl-C). */
  destroy(): Promise<void>;
}

/** Created on first use; closing before any use does nothing. */
export function sharedAgent(): SharedAgent {
  let agent: Dispatcher | null = null;
  return {
    async dispatcher() {
      agent ??= createAgent();
      return agent;
    },
    async close() {
      if (agent === null) return;
      const opened = agent;
      agent = null;
      await opened.close();
    },
    async destroy() {
      if (agent === null) return;
      const opened = agent;
      agent = null;
      await opened.destroy();
    },
  };
}
