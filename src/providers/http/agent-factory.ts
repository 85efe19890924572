// Loaded only when the first http provider opens: the static import keeps esbuild's CommonJS interop simple.

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
