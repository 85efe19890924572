import type { Context } from '../../app/context.js';
import { resolveLine } from '../../app/lines.js';
import { allTargets } from '../../app/targets.js';
import { lineKey } from '../../app/line-notes.js';
import { printJson } from '../../io/output.js';
import { own } from '../../store/shape.js';
import type { LineNotesOptions } from './line.command.js';

/** Set or clear a line's label or note in config.lines, under the config lock. */
export async function runLineNotes(
  ctx: Pick<Context, 'color' | 'config' | 'globals' | 'io' | 'provider' | 'spinner' | 't'>,
  options: LineNotesOptions,
): Promise<number> {
  const found = await resolveLine(ctx, allTargets(ctx), options.line);
  const key = lineKey(found.target.name, found.line.id);
  const saved = await ctx.config.update((config) => {
    const entry = { label: null, note: null, ...own(config.lines, key), [options.field]: options.text };
    if (entry.label === null && entry.note === null) delete config.lines[key];
    else config.lines[key] = entry;
    return entry;
  });
  if (ctx.globals.json) {
    await printJson(ctx, { account: found.target.name, line: found.line.id, label: saved.label, note: saved.note });
    return 0;
  }
  const { t } = ctx;
  const message =
    options.field === 'label'
      ? options.text === null ? t['line.labelCleared'](key) : t['line.labelSet'](key, options.text)
      : options.text === null ? t['line.noteCleared'](key) : t['line.noteSet'](key);
  ctx.io.stderr.write(`${message}\n`);
  return 0;
}
