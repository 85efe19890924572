// Every wait longer than a moment says on stderr what it is waiting for (a spinner, only where a person
// watches: see Context.spinner), with real counts when there are any.

import type { Context } from './context.js';
import type { SpinnerText } from '../io/spinner.js';

/** `work` under a spinner saying `text`; texts are worded only if the spinner is drawn (SpinnerText). */
export async function withProgress<T>(ctx: Pick<Context, 'spinner'>, text: SpinnerText, work: (update: (text: SpinnerText) => void) => Promise<T>): Promise<T> {
  const spinner = await ctx.spinner(text);
  try {
    return await work((next) => spinner.update(next));
  } finally {
    spinner.stop();
  }
}
