// A prompter that answers from a script and records what it was asked. An unexpected prompt fails the test.

import { InterruptedError } from '../../src/errors.js';
import type { Choice, InputOptions, Prompter } from '../../src/io/prompter.js';

/** An answer: a value, a function picking from the choices, or CANCEL to act as Ctrl+C. */
export const CANCEL = Symbol('cancel');
type Answer = unknown;

export interface PromptCall {
  kind: 'select' | 'input' | 'confirm' | 'password';
  message: string;
  choices?: Choice<unknown>[];
  defaultValue?: unknown;
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
