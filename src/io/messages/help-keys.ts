// Help texts named by key where leb's commands are defined, and worded only when help is drawn
// (src/cli/help-words.ts). Every run defines commands; naming their texts, rather than wording them, means
// defining them reads no message, so a run that prints no words (`plans --json`) never loads the catalogue.

import type { Messages } from './en.js';

/** The keys of the help texts that are plain strings ("help.status", "help.opt.json", ...). */
export type HelpKey = { [K in keyof Messages]: K extends `help.${string}` ? (Messages[K] extends string ? K : never) : never }[keyof Messages];

/** `help['help.status']` is the key itself, as commander's description of a command or option. */
export const help = new Proxy({}, { get: (_, key) => key }) as { readonly [K in HelpKey]: string };

/** The words for `text` when it is a help key, else `text` as it is (a description given in words). */
export function helpWords(t: Messages, text: string): string {
  if (!text.startsWith('help.') || !(text in t)) return text;
  const words = (t as unknown as Record<string, unknown>)[text];
  return typeof words === 'string' ? words : text;
}
