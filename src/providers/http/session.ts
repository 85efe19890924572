// The access token of one account for one run: loaded once, refreshed shortly before it expires or when the
// server rejects it (once per call), and every new pair handed back to where it is kept, because refresh
// tokens rotate and the old one soon stops working.

import type { StoredTokens } from '../../store/credentials.js';
import { ProviderError } from '../port.js';
import type { ApiClient } from './client.js';
import { TokenRejected } from '../client-failures.js';
import { RefreshRequestWire, TokenWire, type TokenWire as Token } from './wire.js';

export type Tokens = StoredTokens;

/** Where an account's tokens live: the keyring, the credentials file, or memory during `account add`. */
export interface TokenKeeper {
  load(): Promise<Tokens | null>;
  save(tokens: Tokens): Promise<void>;
}

/** Refresh this long before the stated expiry, so a request never starts with a token about to lapse. */
const EARLY_REFRESH_MS = 30_000;

export function tokensFrom(wire: Token, now: Date): Tokens {
  return {
    accessToken: wire.access_token,
    refreshToken: wire.refresh_token,
    expiresAt: new Date(now.getTime() + wire.expires_in * 1000).toISOString(),
  };
}

export class Session {
  private current: Promise<Tokens> | null = null;
  private refreshing: Promise<Tokens> | null = null;
  /** Once the server refuses our refresh token, every later call of this run fails at once, without asking again. */
  private refused: ProviderError | null = null;

  constructor(
    private readonly client: ApiClient,
    private readonly keeper: TokenKeeper,
    private readonly now: () => Date,
    private readonly account: string,
  ) {}

  private tokens(): Promise<Tokens> {
    this.current ??= this.keeper.load().then((tokens) => {
      if (tokens === null) throw new ProviderError('auth', { code: 'no-credentials', account: this.account });
      return tokens;
    });
    return this.current;
  }

  /** Run `call` with a valid access token; on a 401, refresh once and run it again. */
  async authorized<T>(call: (accessToken: string) => Promise<T>): Promise<T> {
    let tokens = await this.tokens();
    if (this.expiresSoon(tokens)) tokens = await this.refresh(tokens);
    try {
      return await call(tokens.accessToken);
    } catch (error) {
      if (!(error instanceof TokenRejected)) throw error;
    }
    const fresh = await this.refresh(tokens);
    try {
      return await call(fresh.accessToken);
    } catch (error) {
      if (error instanceof TokenRejected) throw new ProviderError('auth', { code: 'token-rejected', why: error.why }, 'unauthorized');
      throw error;
    }
  }

  private expiresSoon(tokens: Tokens): boolean {
    if (tokens.expiresAt === null || tokens.refreshToken === null) return false;
    return Date.parse(tokens.expiresAt) - this.now().getTime() < EARLY_REFRESH_MS;
  }

  /** One refresh at a time: every worker of the pool that saw the old token waits for the same new one. */
  private async refresh(stale: Tokens): Promise<Tokens> {
    if (this.refused) throw this.refused;
    const latest = await this.tokens();
    if (latest.accessToken !== stale.accessToken) return latest;
    this.refreshing ??= this.doRefresh(latest).finally(() => (this.refreshing = null));
    return this.refreshing;
  }

  private async doRefresh(tokens: Tokens): Promise<Tokens> {
    if (tokens.refreshToken === null) throw (this.refused = new ProviderError('auth', { code: 'no-refresh-token' }, 'unauthorized'));
    let wire: Token;
    try {
      wire = await this.client.call({
        method: 'POST',
        path: '/v1/auth/refresh',
        body: RefreshRequestWire.parse({ refresh_token: tokens.refreshToken }),
        token: null,
        schema: TokenWire,
      });
    } catch (error) {
      if (error instanceof ProviderError && error.kind === 'auth') this.refused = error;
      throw error;
    }
    const fresh = tokensFrom(wire, this.now());
    this.current = Promise.resolve(fresh);
    await this.keeper.save(fresh);
    return fresh;
  }
}

/** Exchange a login and password for tokens. The password goes into one request body and nowhere else. */
export async function logIn(client: ApiClient, login: string, password: string, now: () => Date): Promise<Tokens> {
  const wire = await client.call({ method: 'POST', path: '/v1/auth/login', body: { login, password }, token: null, schema: TokenWire });
  return tokensFrom(wire, now());
}
