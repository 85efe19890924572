// Where a login's credentials go on `account login`: where the account's were is where the new ones go; a
// keyring that stopped answering falls back to the 0600 file (with the usual warning).

import type { Context } from '../../app/context.js';
import type { AccountConfig } from '../../store/config.js';
import { KeyringUnavailable, credentialStoreFor, type CredentialLocation, type StoredTokens } from '../../store/credentials.js';

export async function storeLogin(
  ctx: Pick<Context, 'env' | 'paths' | 't' | 'warn'>,
  name: string,
  account: AccountConfig,
  tokens: StoredTokens,
): Promise<CredentialLocation> {
  const store = credentialStoreFor(ctx.paths, ctx.env);
  const before = account.credentials === 'keyring' || account.credentials === 'file' ? account.credentials : null;
  if (before !== null) {
    try {
      await store.save(name, before, tokens);
      return before;
    } catch (error) {
      if (!(error instanceof KeyringUnavailable)) throw error;
    }
  }
  const location = await store.saveNew(name, tokens);
  if (location === 'file') ctx.warn(ctx.t['credentials.fileFallback'](store.file));
  return location;
}
