// Accounts and settings in LEB_HOME/config.json, through conf (atomic writes) with the modes and locking conf
// does not give: 0600 file, 0700 directory, and a cross-process lock around every read-modify-write.
// A file that cannot be read or does not parse is reported (exit 9) and never overwritten.

import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { z } from 'zod';
import { StateError } from '../errors.js';
import { withLock } from './lock.js';
import { ensurePrivateDir, FILE_MODE } from './paths.js';

const accountSchema = z.object({
  provider: z.enum(['sandbox', 'http', 'airalo']),
  endpoint: z.string().nullable().default(null),
  login: z.string().nullable().default(null),
  createdAt: z.string(),
  /** Where this account's tokens live: the OS keyring, the 0600 credentials file, or nowhere (sandbox). */
  credentials: z.enum(['keyring', 'file', 'none']).default('none'),
});

const lineNotesSchema = z.object({
  label: z.string().nullable().default(null),
  note: z.string().nullable().default(null),
});

export const configSchema = z.object({
  version: z.literal(1).default(1),
  defaultAccount: z.string().nullable().default(null),
  accounts: z.record(z.string(), accountSchema).default({}),
  settings: z
    .object({
      warnDays: z.number().int().min(0).max(365).default(14),
      exec: z.string().nullable().default(null),
    })
    .default({ warnDays: 14, exec: null }),
  /** Labels and notes per line, keyed "account/lineId". */
  lines: z.record(z.string(), lineNotesSchema).default({}),
});

export type Config = z.infer<typeof configSchema>;
export type AccountConfig = z.infer<typeof accountSchema>;

export const EMPTY_CONFIG: Config = configSchema.parse({});

type ConfInstance = { store: Record<string, unknown> };

export class ConfigStore {
  constructor(readonly file: string) {}

  /** The current config; an empty one when the file does not exist yet. */
  read(): Config {
    let text: string;
    try {
      text = readFileSync(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return structuredClone(EMPTY_CONFIG);
      throw new StateError(this.file, `cannot read ${this.file}: ${(error as Error).message}`, { cause: error });
    }
    return this.parse(text);
  }

  private parse(text: string): Config {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new StateError(this.file, `${this.file} is not valid JSON (${(error as Error).message}); fix or move it away, leb will not overwrite it`, { cause: error });
    }
    const parsed = configSchema.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.join('.') || '(top level)';
      throw new StateError(this.file, `${this.file} has an invalid value at ${where}: ${issue?.message ?? 'unexpected shape'}; fix or move it away, leb will not overwrite it`);
    }
    return parsed.data;
  }

  /** Read, change and write under the lock, so concurrent leb processes never lose each other's writes. */
  async update<T>(change: (config: Config) => T): Promise<T> {
    ensurePrivateDir(dirname(this.file));
    return withLock(this.file, async () => {
      const config = this.read();
      const result = change(config);
      const conf = await this.conf();
      conf.store = configSchema.parse(config) as unknown as Record<string, unknown>;
      return result;
    });
  }

  private async conf(): Promise<ConfInstance> {
    const { default: Conf } = await import('conf');
    const name = basename(this.file, '.json');
    return new Conf({ cwd: dirname(this.file), configName: name, projectSuffix: '', configFileMode: FILE_MODE }) as unknown as ConfInstance;
  }
}
