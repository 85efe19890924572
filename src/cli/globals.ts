// The options every command takes, resolved once: flags beat environment, environment beats config.

import type { GlobalOptions } from '../app/context.js';
import { UsageError } from '../errors.js';
import { isTruthyEnv } from '../domain/env-flag.js';
import { messagesFor, resolveLanguage, type Language } from '../io/messages/index.js';

export type { GlobalOptions };

/** What commander hands us: camel-cased flags; `--no-input` and `--no-color` arrive as input/color false. */
export interface RawGlobals {
  json?: boolean;
  account?: string;
  sandbox?: boolean;
  input?: boolean;
  yes?: boolean;
  color?: boolean;
  lang?: string;
  timeout?: string;
  debug?: boolean;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

export function parseTimeout(value: string | undefined, language: Language): number {
  if (value === undefined) return DEFAULT_TIMEOUT_MS;
  const seconds = /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : Number.NaN;
  if (!(seconds > 0 && seconds <= 3_600)) throw new UsageError(messagesFor(language)['error.invalidTimeout'](value));
  return Math.round(seconds * 1000);
}

export function resolveGlobals(raw: RawGlobals, env: NodeJS.ProcessEnv): GlobalOptions {
  const { language, invalid } = resolveLanguage(raw.lang, env);
  if (invalid !== null) throw new UsageError(messagesFor('en')['error.invalidLang'](invalid));
  return {
    json: raw.json === true,
    account: raw.account ?? (env.LEB_ACCOUNT || null),
    sandbox: raw.sandbox === true,
    noInput: raw.input === false || isTruthyEnv(env.LEB_NO_INPUT),
    yes: raw.yes === true,
    noColor: raw.color === false,
    language,
    timeoutMs: parseTimeout(raw.timeout, language),
    debug: raw.debug === true || isTruthyEnv(env.LEB_DEBUG),
  };
}
