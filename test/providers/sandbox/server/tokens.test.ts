// The reference server's tokens (issue 10): rotation mints at most one pair, the old access token dies with its
// pair, a rotated refresh token stops after its grace, and the Authorization scheme is case-insensitive.

import { describe, expect, it } from 'vitest';
import { request } from 'undici';
import { REFRESH_GRACE_MS, TokenIssuer } from '../../../../src/providers/sandbox/server/tokens.js';
import { startSandboxServer } from '../../../../src/providers/sandbox/server/server.js';

describe('TokenIssuer', () => {
  it('a retried refresh within the grace gets the same pair; after the grace nothing; the old access token is revoked', () => {
    let now = Date.parse('2026-11-22T04:00:00Z');
    const issuer = new TokenIssuer('demo', 'pw', () => new Date(now), 3_600);
    const first = issuer.issue();
    const rotated = issuer.rotate(first.refresh_token);
    expect(rotated).not.toBeNull();
    expect(issuer.isValid(first.access_token)).toBe(false);
    expect(issuer.isValid(rotated?.access_token as string)).toBe(true);

    now += 1_000;
    expect(issuer.rotate(first.refresh_token)).toEqual(rotated);
    now += REFRESH_GRACE_MS;
    expect(issuer.rotate(first.refresh_token)).toBeNull();
    expect(issuer.rotate(first.refresh_token)).toBeNull();
  });
});

describe('sandbox serve Authorization', () => {
  it.each(['Bearer', 'bearer', 'BEARER'])('accepts the %s scheme', async (scheme) => {
    const server = await startSandboxServer({ seed: 2 });
    try {
      const login = await request(`${server.url}/v1/auth/login`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: server.login, password: server.password }),
      });
      const { access_token: token } = (await login.body.json()) as { access_token: string };
      const lines = await request(`${server.url}/v1/lines`, { headers: { authorization: `${scheme} ${token}` } });
      await lines.body.dump();
      expect(lines.statusCode).toBe(200);
    } finally {
      await server.close();
    }
  });
});
