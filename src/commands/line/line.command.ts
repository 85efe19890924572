import type { Command } from 'commander';
import { withExamples, type Dispatch } from '../invocation.js';
import { UsageError } from '../../errors.js';
import type { Messages } from '../../io/messages/index.js';

export type NoteField = 'label' | 'note';

export interface LineNotesOptions {
  field: NoteField;
  /** As typed: id, number, ICCID or alias. */
  line: string;
  /** The new text; null clears it. */
  text: string | null;
}

export const MAX_LENGTH: Record<NoteField, number> = { label: 64, note: 500 };

/** Trimmed text, null for empty; one line without control characters, and not too long. */
export function toLineNotesOptions(field: NoteField, line: string, text: string, t: Messages): LineNotesOptions {
  const trimmed = text.trim();
  const what = t[`line.what.${field}`];
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) throw new UsageError(t['line.control'](what));
  if ([...trimmed].length > MAX_LENGTH[field]) throw new UsageError(t['line.tooLong'](what, MAX_LENGTH[field]));
  return { field, line, text: trimmed === '' ? null : trimmed };
}

export function defineLine(program: Command, t: Messages, dispatch: Dispatch): void {
  const line = program.command('line').description(t['help.line']);
  for (const field of ['label', 'note'] as const) {
    const command = line
      .command(field)
      .description(t[`help.line.${field}`])
      .argument('<id>')
      .argument('<text>')
      .action((id: string, text: string, _raw, cmd: Command) =>
        dispatch({ name: `line ${field}`, options: toLineNotesOptions(field, id, text, t), load: async () => (await import('./notes.run.js')).runLineNotes }, cmd),
      );
    withExamples(command, t['help.examples'], field === 'label'
      ? ['leb --sandbox line label ln_abc123 "Customer 12"', 'leb line label +85291234567 ""']
      : ['leb line note ln_abc123 "paid until March, owner Mr Chan"', 'leb line note ln_abc123 ""']);
  }
}
