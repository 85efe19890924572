// Airalo access tokens: POST /v2/token allows 3 requests a minute per client (docs/airalo.md), so a token is
// cached in LEB_HOME/cache (0600, the store's atomic writer) for its `expires_in` and shared by every leb
// process. Asking for one happens under a cross-process lock, and the file also remembers when the last
// requests were made: a process that would make a fourth within the window waits (within --timeout) or gives
// up, so no number of leb processes can trip the limit. A 401 on a call brings one new token, once.

import { clientFileId } from './file-names.js';
import { join } from 'node:path';
import { writeFileAtomic } from '../../store/files.js';
import { readOwnJson } from '../../store/json-state.js';
import { withLock } from '../../store/lock.js';
import { array, integer, nullable, object, oneOf, string } from '../../store/shape.js';
import { airaloError } from './errors.js';
import { AIRALO_LIMITS, type Timer } from './limits.js';
import { SingleFlight, TokenRejected } from '../client-failures.js';
import type { AiraloClient } from './client.js';
import { TokenAnswer } from './wire.js';

const cacheShape = object({
  version: oneOf([1]),
  accessToken: nullable(string),
  /** Epoch ms. */
  expiresAt: nullable(integer),
  /** Epoch ms of recent token requests by any leb process. */
  requested: array(integer),
});

type TokenCache = { version: 1; accessToken: string | null; expiresAt: number | null; requested: number[] };

/** A token this close to its end is not used: a request must not start with one about to lapse. */
const EARLY_MS = 60_000;

export function tokenCacheFile(cacheDir: string, origin: string, clientId: string): string {
  const id = clientFileId(origin, clientId);
  return join(cacheDir, `airalo-token-${id}.json`);
}

export interface TokenSourceDeps {
  file: string;
  clientId: string;
  /** The client secret, read from where credentials are kept only when a token must be asked for. */
  secret: () => Promise<string>;
  client: AiraloClient;
  /** Wall-clock epoch ms, shared by every process (not the monotonic scheduler clock). */
  wallNow: () => number;
  timer: Timer;
  remainingMs: () => number;
  /**
   * `account add` and `account login` check a secret just typed: the first token is asked for with it, never
   * taken from the cache (a token cached from the old secret would prove nothing).
   */
  askFirst?: boolean;
}

function readCache(file: string): TokenCache {
  return (readOwnJson(file, cacheShape, 'airalo-token') as TokenCache | null) ?? { version: 1, accessToken: null, expiresAt: null, requested: [] };
}

export class TokenSource {
  private readonly flight = new SingleFlight();
  /** Tokens this run got from Airalo itself (not from the cache another process wrote). */
  private readonly fresh = new Set<string>();
  private mustAsk: boolean;

  constructor(private readonly deps: TokenSourceDeps) {
    this.mustAsk = deps.askFirst === true;
  }

  /** A valid token, from this run, the cache, or Airalo; `rejected` is one Airalo just refused. */
  token(rejected: string | null = null): Promise<string> {
    return this.flight.get(rejected, (r) => this.fetch(r));
  }

  /**
   * Run `call` with a token; on a 401, again with a newer one. A token another process cached may have been
   * rejected too, so this goes on until a token just asked from Airalo is refused as well (then the
   * credentials are the problem), at most three times.
   */
  async authorized<T>(call: (token: string) => Promise<T>): Promise<T> {
    let token = await this.token();
    let renewed = false;
    for (let attempt = 1; ; attempt++) {
      try {
        return await call(token);
      } catch (error) {
        if (!(error instanceof TokenRejected)) throw error;
      }
      // A token Airalo handed out just now and refuses at once: the credentials, not the token, are the problem.
      if ((renewed && this.fresh.has(token)) || attempt >= 3) throw airaloError('auth', 'token_rejected', { code: 'token-rejected', why: { code: 'http-status', status: 401 } });
      token = await this.token(token);
      renewed = true;
    }
  }

  private fetch(rejected: string | null): Promise<string> {
    const { file } = this.deps;
    return withLock(file, () => this.underLock(rejected), {
      waitMs: Math.max(1_000, this.deps.remainingMs()),
      holder: 'airalo-token',
    });
  }

  private async underLock(rejected: string | null): Promise<string> {
    const { file, wallNow } = this.deps;
    let cache = readCache(file);
    const usable = (c: TokenCache) => !this.mustAsk && c.accessToken !== null && c.accessToken !== rejected && (c.expiresAt === null || c.expiresAt - EARLY_MS > wallNow());
    if (usable(cache)) return cache.accessToken as string;

    const { max, windowMs } = AIRALO_LIMITS.token;
    const recent = cache.requested.filter((t) => t > wallNow() - windowMs && t <= wallNow() + windowMs);
    if (recent.length >= max) {
      const waitMs = recent[recent.length - max]! + windowMs - wallNow();
      if (waitMs > this.deps.remainingMs()) throw airaloError('unreachable', 'token_rate_limited', { code: 'token-rate-limited', seconds: Math.ceil(waitMs / 1000) });
      await this.deps.timer.sleep(waitMs);
      cache = readCache(file);
      if (usable(cache)) return cache.accessToken as string;
    }
    // Counted before it is sent: a request that crashes on the way still used up a place in the window.
    const requested = [...cache.requested.filter((t) => t > wallNow() - windowMs), wallNow()];
    writeFileAtomic(file, `${JSON.stringify({ ...cache, requested })}\n`);
    const secret = await this.deps.secret();
    const answer = await this.deps.client.call({
      method: 'POST',
      path: '/v2/token',
      body: { type: 'form', fields: { client_id: this.deps.clientId, client_secret: secret, grant_type: 'client_credentials' } },
      token: null,
      schema: TokenAnswer,
      limits: ['client'],
    });
    const expiresAt = wallNow() + Math.max(0, answer.data.expires_in) * 1000;
    writeFileAtomic(file, `${JSON.stringify({ version: 1, accessToken: answer.data.access_token, expiresAt, requested })}\n`);
    this.fresh.add(answer.data.access_token);
    this.mustAsk = false;
    return answer.data.access_token;
  }
}
