// Every prompt goes through this interface: the real one draws Inquirer prompts on stderr (stdout stays data),
// tests hand in a scripted fake. Callers must check Context.canPrompt first; this module never decides that.

import { InterruptedError } from '../errors.js';
import type { IO } from './streams.js';

export interface Choice<T> {
  value: T;
  name: string;
  description?: string;
}

export interface InputOptions {
  default?: string;
  /** true when the text is acceptable, else the message to show while the person corrects it. */
  validate?: (value: string) => true | string;
}

export interface SearchOptions<T> {
  /** The choices that match what the person has typed so far ('' before anything is typed), best first. */
  source: (typed: string) => Choice<T>[];
  /** What Enter picks before anything is typed: it is among source('') and starts highlighted. */
  defaultValue: T;
  /** Shown in place of the list when nothing matches what was typed. */
  noMatch: (typed: string) => string;
}

export interface Prompter {
  select<T>(message: string, choices: Choice<T>[], defaultValue?: T): Promise<T>;
  /** A list filtered as the person types, for choices too many to scroll through. */
  search<T>(message: string, options: SearchOptions<T>): Promise<T>;
  input(message: string, options?: InputOptions): Promise<string>;
  confirm(message: string, defaultValue: boolean): Promise<boolean>;
  password(message: string): Promise<string>;
}

/** The words Inquirer would otherwise draw in English: the yes/no labels and the key hints. */
export interface PromptWords {
  yes: string;
  no: string;
  yesOrNo: (yes: string, no: string) => string;
  /** Inquirer's key-hint actions ("navigate", "select", ...) → the user's language. */
  keyActions: Record<string, string>;
}

const englishWords: PromptWords = { yes: 'Yes', no: 'No', yesOrNo: (yes, no) => `You must answer with "${yes}" or "${no}"`, keyActions: {} };

function isPromptExit(error: unknown): boolean {
  const name = (error as Error | undefined)?.name;
  return name === 'ExitPromptError' || name === 'AbortPromptError';
}

/**
 * Inquirer bound to the given streams, loaded only when a prompt is really drawn. The words are asked for
 * (once) when the first prompt is drawn: most runs never prompt, and reading the words would load the message
 * catalogue for nothing.
 */
export function inquirerPrompter(io: IO, wordsFor: () => PromptWords = () => englishWords): Prompter {
  let asked: PromptWords | undefined;
  const words = () => (asked ??= wordsFor());
  // A getter: reading io.stdin builds the process's stdin stream, which a run that never prompts should not pay for.
  const context = {
    get input() {
      return io.stdin;
    },
    get output() {
      return io.stderrStream;
    },
    clearPromptOnDone: false,
  };
  const keysHelpTip = (keys: [string, string][]) => keys.map(([key, action]) => `${key} ${words().keyActions[action] ?? action}`).join(' • ');
  const theme = { style: { keysHelpTip } };
  const confirmTheme = () => {
    const { yes, no, yesOrNo } = words();
    return { keywords: { yes, no, error: (keywords: { yes: string; no: string }) => yesOrNo(keywords.yes, keywords.no) } };
  };
  const guard = async <T>(ask: () => Promise<T>): Promise<T> => {
    try {
      return await ask();
    } catch (error) {
      if (isPromptExit(error)) throw new InterruptedError();
      throw error;
    }
  };
  // One package per kind of prompt: the @inquirer/prompts umbrella would also load an external editor and iconv.
  return {
    select: (message, choices, defaultValue) =>
      guard(async () => (await import('@inquirer/select')).default({ message, choices, default: defaultValue, pageSize: 10, theme }, context)),
    search: (message, { source, defaultValue, noMatch }) =>
      guard(async () => {
        const { default: search } = await import('@inquirer/search');
        return search(
          {
            message,
            // Nothing matching is shown as one choice that cannot be picked: Inquirer's own "No results found"
            // would be English in every language.
            source: (typed) => {
              const found = source(typed ?? '');
              return found.length > 0 || typed === undefined ? found : [{ value: defaultValue, name: noMatch(typed), disabled: ' ' }];
            },
            default: defaultValue,
            pageSize: 10,
            theme,
          },
          context,
        );
      }),
    input: (message, options = {}) =>
      guard(async () => {
        const { default: input } = await import('@inquirer/input');
        const config: Parameters<typeof input>[0] = { message };
        if (options.default !== undefined) config.default = options.default;
        if (options.validate) config.validate = options.validate;
        return input(config, context);
      }),
    confirm: (message, defaultValue) =>
      guard(async () => (await import('@inquirer/confirm')).default({ message, default: defaultValue, theme: confirmTheme() }, context)),
    password: (message) => guard(async () => (await import('@inquirer/password')).default({ message, mask: '*', theme }, context)),
  };
}
