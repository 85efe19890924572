// Every wait longer than a moment says on stderr what it is waiting for (a spinner, only where a person
// watches: see Context.spinner), with real counts when there are any.

import type { Context } from './context.js';

export async function withProgress<T>(ctx: Pick<Context, 'spinner'>, text: string, work: (update: (text: string) => void) => Promise<T>): Promise<T> {
  const spinner = await ctx.spinner(text);
  try {
    return await work((next) => spinner.update(next));
  } finally {
    spinner.stop();
  }
}
