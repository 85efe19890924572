// Where leb keeps its state. Everything lives under one directory (LEB_HOME), created 0700; every file in it
// is written 0600, because it holds tokens and payment records.

import { mkdirSync } from 'node:fs';
import { tightenDir } from './regular-file.js';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const DIR_MODE = 0o700;
export const FILE_MODE = 0o600;

/** LEB_HOME, else the platform's config directory, as gh and aws do. */
export function resolveHome(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): string {
  if (env.LEB_HOME) return env.LEB_HOME;
  const home = env.HOME ?? homedir();
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'leb');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'leb');
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), 'leb');
}

/** Create a directory (and parents) private to the user; tighten it if it already exists looser. */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: DIR_MODE });
  tightenDir(dir, DIR_MODE);
}

/** LEB_HOME, when it exists, is made 0700 at the start of every run (with a warning when it was looser). */
export function tightenHomeIfPresent(home: string): void {
  try {
    tightenDir(home, DIR_MODE);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

export interface StatePaths {
  home: string;
  config: string;
  credentials: string;
  journal: string;
  locks: string;
  cache: string;
  sandbox: string;
  /** The user's additions and corrections to the carrier catalogue. */
  carriers: string;
  /** Lines whose validity leb keeps itself (tracked lines). */
  tracked: string;
}

export function statePaths(home: string): StatePaths {
  return {
    home,
    config: join(home, 'config.json'),
    credentials: join(home, 'credentials.json'),
    journal: join(home, 'orders.jsonl'),
    locks: join(home, 'locks'),
    cache: join(home, 'cache'),
    sandbox: join(home, 'sandbox'),
    carriers: join(home, 'carriers.json'),
    tracked: join(home, 'lines.json'),
  };
}
