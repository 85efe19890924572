// A prompter that answers from a script and records what it was asked. An unexpected prompt fails the test.

import { InterruptedError } from '../../src/errors.js';
import type { Choice, InputOptions, Prompter, SearchOptions } from '../../src/io/prompter.js';

/** An answer: a value, a function picking from the choices, or CANCEL to act as Ctrl+C. */
export const CANCEL = Symbol('cancel');
type Answer = unknown;

export interface PromptCall {
  kind: 'select' | 'search' | 'input' | 'confirm' | 'password';
  message: string;
  choices?: Choice<unknown>[];
  defaultValue?: unknown;
  /** search: each text typed, the choices it left and what the prompt says when none (the last one's first is picked). */
  searches?: { typed: string; matched: Choice<unknown>[]; noMatch: string }[];
}

/**
 * A search answer: type each text in turn (replacing the one before), then press Enter: the first match of the
 * last is picked, as the real prompt does. Texts before the last may match nothing.
 */
export function typed(...texts: string[]): { typed: string[] } {
  return { typed: texts };
}

export interface ScriptedPrompter extends Prompter {
  calls: PromptCall[];
  remaining(): number;
}

/** Use DEFAULT to accept the prompt's default, as pressing Enter would. */
export const DEFAULT = Symbol('default');

export function scriptedPrompter(answers: Answer[]): ScriptedPrompter {
  const queue = [...answers];
  const calls: PromptCall[] = [];
  const next = (call: PromptCall): unknown => {
    calls.push(call);
    if (queue.length === 0) throw new Error(`unexpected prompt: ${call.kind} "${call.message}"`);
    const answer = queue.shift();
    if (answer === CANCEL) throw new InterruptedError();
    return answer;
  };
  return {
    calls,
    remaining: () => queue.length,
    async select<T>(message: string, choices: Choice<T>[], defaultValue?: T): Promise<T> {
      const answer = next({ kind: 'select', message, choices: choices as Choice<unknown>[], defaultValue });
      if (answer === DEFAULT) return defaultValue ?? (choices[0] as Choice<T>).value;
      if (typeof answer === 'function') return (answer as (c: Choice<T>[]) => T)(choices);
      return answer as T;
    },
    async search<T>(message: string, options: SearchOptions<T>): Promise<T> {
      const call: PromptCall = { kind: 'search', message, choices: options.source('') as Choice<unknown>[], defaultValue: options.defaultValue };
      const answer = next(call);
      if (answer === DEFAULT) return options.defaultValue;
      if (typeof answer === 'function') return (answer as (c: Choice<T>[]) => T)(options.source(''));
      if (answer !== null && typeof answer === 'object' && 'typed' in answer) {
        call.searches = (answer as { typed: string[] }).typed.map((text) => ({ typed: text, matched: options.source(text) as Choice<unknown>[], noMatch: options.noMatch(text) }));
        const last = call.searches.at(-1);
        if (!last || last.matched.length === 0) throw new Error(`scripted search "${last?.typed}" matched nothing: Enter would pick nothing`);
        return last.matched[0]!.value as T;
      }
      return answer as T;
    },
    async input(message: string, options: InputOptions = {}): Promise<string> {
      let answer = next({ kind: 'input', message, defaultValue: options.default });
      if (answer === DEFAULT) answer = options.default ?? '';
      const text = String(answer);
      const verdict = options.validate ? options.validate(text) : true;
      if (verdict !== true) throw new Error(`scripted input "${text}" rejected by validate: ${verdict}`);
      return text;
    },
    async confirm(message: string, defaultValue: boolean): Promise<boolean> {
      const answer = next({ kind: 'confirm', message, defaultValue });
      return answer === DEFAULT ? defaultValue : Boolean(answer);
    },
    async password(message: string): Promise<string> {
      return String(next({ kind: 'password', message }));
    },
  };
}
