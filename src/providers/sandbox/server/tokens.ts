// The reference server's logins: one demo account, opaque random tokens held in memory. Refresh tokens rotate
// on use; the previous one stays valid for a short grace so a client whose refresh answer was lost on the way
// can retry instead of being logged out.

import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { TokenWire } from '../../http/wire.js';

export const REFRESH_GRACE_MS = 60_000;

interface RefreshEntry {
  /** The access token issued with it: revoked when this pair rotates. */
  access: string;
  /** When it was used to rotate, after which it dies REFRESH_GRACE_MS later. */
  rotatedAt: number | null;
  /** The one pair its rotation minted: a retry within the grace gets this same pair again, never another. */
  successor: TokenWire | null;
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
    this.refresh.set(refreshToken, { access: accessToken, rotatedAt: null, successor: null });
    return { access_token: accessToken, refresh_token: refreshToken, token_type: 'Bearer', expires_in: this.ttlSeconds };
  }

  /**
   * A new pair for a valid refresh token; the same pair again for a retry within the grace (a client whose
   * answer was lost); null when it is unknown or its grace is over.
   */
  rotate(refreshToken: string): TokenWire | null {
    const entry = this.refresh.get(refreshToken);
    const now = this.now().getTime();
    if (!entry) return null;
    if (entry.rotatedAt !== null) {
      if (now - entry.rotatedAt > REFRESH_GRACE_MS) {
        this.refresh.delete(refreshToken);
        return null;
      }
      return entry.successor;
    }
    entry.rotatedAt = now;
    // The old pair's access token dies with the rotation: only the new pair is good from now on.
    this.access.delete(entry.access);
    entry.successor = this.issue();
    return entry.successor;
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
