// Picks the message catalogue: --lang, then LEB_LANG, then the locale (LC_ALL, LC_MESSAGES, LANG), else English.

import { en, type Messages } from './en.js';
import { zhCN } from './zh-CN.js';
import type { PromptWords } from '../prompter.js';

export type Language = 'en' | 'zh-CN';
export type { Messages };

export function parseLanguage(value: string): Language | null {
  const normalised = value.trim().toLowerCase().replace('_', '-');
  if (normalised === 'en' || normalised.startsWith('en-')) return 'en';
  if (normalised === 'zh' || normalised === 'zh-cn' || normalised === 'zh-hans' || normalised.startsWith('zh-hans-')) return 'zh-CN';
  return null;
}

/** The language a locale string such as "zh_CN.UTF-8" asks for; English for anything else. */
function fromLocale(locale: string): Language {
  return locale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export function resolveLanguage(flag: string | undefined, env: NodeJS.ProcessEnv): { language: Language; invalid: string | null } {
  if (flag !== undefined) {
    const parsed = parseLanguage(flag);
    return parsed ? { language: parsed, invalid: null } : { language: 'en', invalid: flag };
  }
  if (env.LEB_LANG) {
    const parsed = parseLanguage(env.LEB_LANG);
    if (parsed) return { language: parsed, invalid: null };
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  return { language: locale ? fromLocale(locale) : 'en', invalid: null };
}

/**
 * The catalogue of `language`, read on the first message asked of it. The build keeps each language in a file
 * of its own, loaded when the catalogue is first touched; a run whose output is data alone (`plans --json`)
 * asks for no message and never loads one, which was about 5 ms and a garbage collection of such a run.
 */
export function messagesFor(language: Language): Messages {
  return (catalogues[language] ??= deferred(() => (language === 'zh-CN' ? zhCN : en)));
}

const catalogues: Partial<Record<Language, Messages>> = {};

/** An object that reads as the catalogue `load()` returns, calling it on the first read. */
function deferred(load: () => Messages): Messages {
  let loaded: Messages | undefined;
  const real = () => (loaded ??= load());
  // Read-only, like the catalogue's type: a write or definition would land on the empty target, where a
  // Proxy's invariants would then make every later read of that key throw. Descriptors are reported
  // configurable for the same reason (a Proxy may not claim a non-configurable property its target lacks).
  return new Proxy({} as Messages, {
    get: (_, key) => Reflect.get(real(), key),
    has: (_, key) => Reflect.has(real(), key),
    ownKeys: () => Reflect.ownKeys(real()),
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(real(), key);
      return descriptor && { ...descriptor, configurable: true };
    },
    set: () => false,
    defineProperty: () => false,
    deleteProperty: () => false,
  });
}

/** What Inquirer draws itself, in the catalogue's language. */
export function promptWords(t: Messages): PromptWords {
  return {
    yes: t['prompt.yes'],
    no: t['prompt.no'],
    yesOrNo: t['prompt.yesOrNo'],
    keyActions: { navigate: t['prompt.key.navigate'], select: t['prompt.key.select'], 'toggle visibility': t['prompt.key.toggle'] },
  };
}

/** Commands that run against the embedded sandbox with --sandbox (account, config and sandbox do not take it). */
const SANDBOXED = /\bleb (status|plans|topup|renew|history|reconcile|check|remind|line|keep|autopilot)\b/g;

/**
 * A message or hint for a run under --sandbox: every command it suggests gets --sandbox, so following the hint
 * stays in the sandbox ("leb history" would look at the real accounts' journal instead).
 */
export function forSandbox(text: string): string {
  return text.replace(SANDBOXED, 'leb --sandbox $1');
}

/** Intl locale for numbers and money in human output. */
export function intlLocale(language: Language): string {
  return language === 'zh-CN' ? 'zh-CN' : 'en';
}
