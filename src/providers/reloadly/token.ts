// Reloadly access tokens: cached in LEB_HOME/cache (0600, the store's atomic writer) until a minute before
// their `expires_in` ends, shared by every leb process, and asked for under a cross-process lock so several
// processes starting together ask once. A 401 on a call brings one new token, once.

import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { writeFileAtomic } from '../../store/files.js';
import { readOwnJson } from '../../store/json-state.js';
import { withLock } from '../../store/lock.js';
import { integer, nullable, object, oneOf, string } from '../../store/shape.js';
import { SingleFlight, TokenRejected } from '../client-failures.js';
import type { ReloadlyClient } from './client.js';
import { reloadlyError } from './errors.js';
import { TokenWire } from './wire.js';

const cacheShape = object({ version: oneOf([1]), accessToken: nullable(string), expiresAt: nullable(integer) });
type TokenCache = { version: 1; accessToken: string | null; expiresAt: number | null };

/** A token this close to its end is not used. */
const EARLY_MS = 60_000;

export function tokenCacheFile(cacheDir: string, authOrigin: string, audience: string, clientId: string): string {
  const id = createHash('sha256').update(`${authOrigin}\n${audience}\n${clientId}`).digest('hex').slice(0, 16);
  return join(cacheDir, `reloadly-token-${id}.json`);
}

export interface TokenSourceDeps {
  file: string;
  clientId: string;
  /** The origin of the top-ups host: Reloadly's `audience`. */
  audience: string;
  /** The client secret, read from where credentials are kept only when a token must be asked for. */
  secret: () => Promise<string>;
  client: ReloadlyClient;
  wallNow: () => number;
  /**
   * `account add` and `account login` check a secret just typed: the first token is asked for with it, never
   * taken from the cache (a token cached from the old secret would prove nothing).
   */
  askFirst?: boolean;
}

function readCache(file: string): TokenCache {
  return (readOwnJson(file, cacheShape, 'reloadly-token') as TokenCache | null) ?? { version: 1, accessToken: null, expiresAt: null };
}

export class TokenSource {
  private readonly flight = new SingleFlight();
  private mustAsk: boolean;

  constructor(private readonly deps: TokenSourceDeps) {
    this.mustAsk = deps.askFirst === true;
  }

  /** A valid token, from this run, the cache, or Reloadly; `rejected` is one Reloadly just refused. */
  token(rejected: string | null = null): Promise<string> {
    return this.flight.get(rejected, (r) => this.fetch(r));
  }

  /** Run `call` with a token; on a 401, once more with a new one. */
  async authorized<T>(call: (token: string) => Promise<T>): Promise<T> {
    const first = await this.token();
    try {
      return await call(first);
    } catch (error) {
      if (!(error instanceof TokenRejected)) throw error;
      const second = await this.token(first);
      try {
        return await call(second);
      } catch (again) {
        if (again instanceof TokenRejected) throw reloadlyError('auth', 'token_rejected', { code: 'token-rejected', why: { code: 'http-status', status: 401 } });
        throw again;
      }
    }
  }

  private usable(cache: TokenCache, rejected: string | null): string | null {
    if (this.mustAsk || cache.accessToken === null || cache.expiresAt === null || cache.accessToken === rejected) return null;
    return cache.expiresAt - EARLY_MS > this.deps.wallNow() ? cache.accessToken : null;
  }

  private async fetch(rejected: string | null): Promise<string> {
    const { file } = this.deps;
    const cached = this.usable(readCache(file), rejected);
    if (cached) return cached;
    return withLock(file, async () => {
      // Another process may have asked while this one waited for the lock.
      const again = this.usable(readCache(file), rejected);
      if (again) return again;
      const answer = await this.deps.client.call({
        host: 'auth',
        method: 'POST',
        path: '/oauth/token',
        body: { client_id: this.deps.clientId, client_secret: await this.deps.secret(), grant_type: 'client_credentials', audience: this.deps.audience },
        token: null,
        schema: TokenWire,
      });
      const cache: TokenCache = { version: 1, accessToken: answer.access_token, expiresAt: this.deps.wallNow() + answer.expires_in * 1000 };
      writeFileAtomic(file, `${JSON.stringify(cache)}\n`);
      this.mustAsk = false;
      return answer.access_token;
    });
  }
}
