import type { Command } from 'commander';
import { withExamples, type Dispatch } from '../invocation.js';
import type { Messages } from '../../io/messages/index.js';
import { defineTrackedLineCommands } from './track.command.js';

export { MAX_LENGTH, toLineNotesOptions, type LineNotesOptions, type NoteField } from './notes.options.js';
import { toLineNotesOptions } from './notes.options.js';
import { help } from '../../io/messages/help-keys.js';

export function defineLine(program: Command, t: Messages, dispatch: Dispatch): void {
  const line = program.command('line').description(help['help.line']);
  withExamples(line, t, ['leb line add +447700900123 --carrier giffgaff --last-activity 2026-10-01', 'leb --sandbox line label ln_abc123 "Customer 12"', 'leb line note ln_abc123 "paid until March"']);
  defineTrackedLineCommands(line, t, dispatch);
  for (const field of ['label', 'note'] as const) {
    const command = line
      .command(field)
      .description(help[`help.line.${field}`])
      .argument('<id>')
      .argument('<text>')
      .action((id: string, text: string, _raw, cmd: Command) =>
        dispatch({ name: `line ${field}`, options: toLineNotesOptions(field, id, text, t), load: async () => (await import('./notes.run.js')).runLineNotes }, cmd),
      );
    withExamples(command, t, field === 'label'
      ? ['leb --sandbox line label ln_abc123 "Customer 12"', 'leb line label +85291234567 ""']
      : ['leb line note ln_abc123 "paid until March, owner Mr Chan"', 'leb line note ln_abc123 ""']);
  }
}
