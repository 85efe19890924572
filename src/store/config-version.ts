// Versions of config.json. A new field with a default needs nothing here (shape.ts fills it in); a change that
// renames, moves or reinterprets something bumps CONFIG_VERSION and adds the step from the previous version.
// Steps run in memory on every read; the file itself changes only on the next update, under its lock, so an
// older file is never rewritten by a command that only reads it.

import { StateError } from '../errors.js';

/** The version this leb writes. */
export const CONFIG_VERSION = 1;

/** What a step gets and returns: the file's parsed top-level object. */
export type ConfigData = Record<string, unknown>;

/** MIGRATIONS[n] turns a version-n file into a version-(n + 1) one. None yet: version 1 is the first. */
export const MIGRATIONS: Readonly<Record<number, (data: ConfigData) => ConfigData>> = {};

/**
 * Bring parsed config data up to `current`. A file without a version predates versioning and is version 1.
 * Anything that is not an object, or a version this leb does not know, is left to the shape check, except a
 * newer version: that file belongs to a newer leb and is refused (exit 9) rather than misread or overwritten.
 */
export function migrateConfig(
  data: unknown,
  file: string,
  migrations: Readonly<Record<number, (data: ConfigData) => ConfigData>> = MIGRATIONS,
  current: number = CONFIG_VERSION,
): unknown {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return data;
  const stated = (data as ConfigData).version ?? 1;
  if (typeof stated !== 'number' || !Number.isSafeInteger(stated)) return data;
  if (stated > current) {
    throw new StateError(file, { kind: 'newer-version', stated, current });
  }
  let migrated = data as ConfigData;
  for (let version = stated; version < current; version++) {
    const step = migrations[version];
    if (!step) return migrated;
    migrated = { ...step(migrated), version: version + 1 };
  }
  return migrated;
}
