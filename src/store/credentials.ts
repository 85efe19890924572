// Where an account's tokens live: the OS keyring when one answers, else LEB_HOME/credentials.json (0600, in the
// 0700 home, written atomically under the lock). Only tokens: a password is exchanged for them and forgotten.
// The one exception is an Airalo client secret, which Airalo needs for every new token.
// Which of the two holds an account is recorded in its config (`credentials`), so reading never has to guess.

import { StateError } from '../errors.js';
import { parseJsonFile, readTextIfExists, writeFileAtomic } from './files.js';
import { osKeyring, type Keyring } from './keyring.js';
import { withLock } from './lock.js';
import type { StatePaths } from './paths.js';
import { nullable, object, oneOf, own, record, string, type Check } from './shape.js';

export interface StoredTokens {
  accessToken: string;
  /** null for a bare token given with --token-stdin: it cannot be renewed. */
  refreshToken: string | null;
  /** ISO 8601; null when the provider did not say. */
  expiresAt: string | null;
  /**
   * Airalo only: the client secret, kept because Airalo has no refresh token and a new access token needs it
   * (its tokens themselves live in a 0600 cache, see src/providers/airalo/token.ts). Absent for everyone else.
   */
  clientSecret?: string | null;
}

export type CredentialLocation = 'keyring' | 'file';

/** The keyring holding an account's tokens cannot be asked now (none here, locked, or no answer in 3 s). */
export class KeyringUnavailable extends Error {
  override readonly name = 'KeyringUnavailable';
}

// Checked with the small shape checker, not zod: this file is read on every run of an http account.
const baseTokensShape = object({
  accessToken: string,
  refreshToken: nullable(string),
  expiresAt: nullable(string),
});

/** The tokens, plus `clientSecret` only when one is stored (Airalo accounts). */
const tokensShape: Check<StoredTokens> = (value, path) => {
  const tokens: StoredTokens = baseTokensShape(value, path);
  const secret = (value as { clientSecret?: unknown }).clientSecret;
  if (secret !== undefined && secret !== null) tokens.clientSecret = string(secret, `${path}.clientSecret`);
  return tokens;
};

const fileShape = object({
  version: oneOf([1]),
  accounts: record(tokensShape),
});

type CredentialsFile = { version: 1; accounts: Record<string, StoredTokens> };

function check<T>(shape: Check<T>, value: unknown): T | null {
  try {
    return shape(value, '');
  } catch {
    return null;
  }
}

export class CredentialStore {
  constructor(
    readonly file: string,
    private readonly keyring: Keyring | null,
    /** Keeps keyring entries of different LEB_HOMEs apart (tests, several profiles). */
    private readonly scope: string,
  ) {}

  private keyringAccount(account: string): string {
    return `${account} (${this.scope})`;
  }

  /** Keep a new account's tokens: in the keyring if it takes them, else in the file. Says which. */
  async saveNew(account: string, tokens: StoredTokens): Promise<CredentialLocation> {
    if (this.keyring !== null) {
      try {
        await this.keyring.set(this.keyringAccount(account), JSON.stringify(tokens));
        return 'keyring';
      } catch {
        // No keyring that answers in time: fall through to the file, and the caller warns.
      }
    }
    await this.save(account, 'file', tokens);
    return 'file';
  }

  async save(account: string, location: CredentialLocation, tokens: StoredTokens): Promise<void> {
    if (location === 'keyring') {
      if (this.keyring === null) throw new KeyringUnavailable('no OS keyring is reachable from here');
      try {
        await this.keyring.set(this.keyringAccount(account), JSON.stringify(tokens));
      } catch (error) {
        throw new KeyringUnavailable((error as Error).message, { cause: error });
      }
      return;
    }
    await this.change((data) => {
      data.accounts[account] = tokens;
    });
  }

  async load(account: string, location: CredentialLocation): Promise<StoredTokens | null> {
    if (location === 'keyring') {
      if (this.keyring === null) throw new KeyringUnavailable('no OS keyring is reachable from here');
      let text: string | null;
      try {
        text = await this.keyring.get(this.keyringAccount(account));
      } catch (error) {
        throw new KeyringUnavailable((error as Error).message, { cause: error });
      }
      if (text === null) return null;
      return check(tokensShape, safeJson(text));
    }
    return own(this.read().accounts, account) ?? null;
  }

  /** Forget an account's tokens wherever they are; true when something was deleted. */
  async remove(account: string, location: CredentialLocation): Promise<boolean> {
    if (location === 'keyring') return this.keyring === null ? false : this.keyring.delete(this.keyringAccount(account));
    if (readTextIfExists(this.file) === null) return false;
    return this.change((data) => {
      const had = Object.hasOwn(data.accounts, account);
      delete data.accounts[account];
      return had;
    });
  }

  private read(): CredentialsFile {
    const text = readTextIfExists(this.file);
    if (text === null) return { version: 1, accounts: {} };
    const parsed = check(fileShape, parseJsonFile(this.file, text));
    if (parsed === null) {
      throw new StateError(this.file, { kind: 'not-ours', what: 'credentials', detail: null });
    }
    return parsed;
  }

  private change<T>(edit: (data: CredentialsFile) => T): Promise<T> {
    return withLock(this.file, () => {
      const data = this.read();
      const result = edit(data);
      writeFileAtomic(this.file, `${JSON.stringify(data, null, 2)}\n`);
      return result;
    });
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The store for one LEB_HOME: its credentials file, and the OS keyring unless there is none (or LEB_NO_KEYRING). */
export function credentialStoreFor(paths: StatePaths, env: NodeJS.ProcessEnv): CredentialStore {
  return new CredentialStore(paths.credentials, osKeyring(env), paths.home);
}
