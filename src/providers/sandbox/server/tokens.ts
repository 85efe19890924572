// The reference server's logins: one demo account, opaque random tokens held in memory. Refresh tokens rotate
// on use; the previous one stays valid for a short grace so a client whose refresh answer was lost on the way
// can retry instead of being logged out.

import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { TokenWire } from '../../http/wire.js';

export const REFRESH_GRACE_MS = 60_000;

interface RefreshEntry {
  /** When it was used to rotate, after which it dies REFRESH_GRACE_MS later. */
  rotatedAt: number | null;
}

const token = (prefix: string) => `${prefix}_${randomBytes(24).toString('base64url')}`;

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export class TokenIssuer {
  private readonly access = new Map<string, number>();
  private readonly refresh = new Map<string, RefreshEntry>();

  constructor(
    readonly login: string,
    readonly password: string,
    private readonly now: () => Date,
    private readonly ttlSeconds: number,
  ) {}

  checkPassword(login: string, password: string): boolean {
    // Compare both, always, so timing does not tell which one was wrong.
    const loginOk = sameSecret(login, this.login);
    const passwordOk = sameSecret(password, this.password);
    return loginOk && passwordOk;
  }

  issue(): TokenWire {
    const accessToken = token('sat');
    const refreshToken = token('srt');
    this.access.set(accessToken, this.now().getTime() + this.ttlSeconds * 1000);
    this.refresh.set(refreshToken, { rotatedAt: null });
    return { access_token: accessToken, refresh_token: refreshToken, token_type: 'Bearer', expires_in: this.ttlSeconds };
  }

  /** A new pair for a valid refresh token; null when it is unknown or past its grace. */
  rotate(refreshToken: string): TokenWire | null {
    const entry = this.refresh.get(refreshToken);
    const now = this.now().getTime();
    if (!entry || (entry.rotatedAt !== null && now - entry.rotatedAt > REFRESH_GRACE_MS)) return null;
    if (entry.rotatedAt === null) entry.rotatedAt = now;
    return this.issue();
  }

  isValid(accessToken: string): boolean {
    const expiresAt = this.access.get(accessToken);
    return expiresAt !== undefined && expiresAt > this.now().getTime();
  }

  /** For tests: every access token issued so far stops working, as if its time had come. */
  expireAll(): void {
    for (const key of this.access.keys()) this.access.set(key, 0);
  }
}
