import type { Command } from 'commander';
import { withExamples, type Dispatch } from '../invocation.js';
import type { Messages } from '../../io/messages/index.js';
import { help } from '../../io/messages/help-keys.js';

export interface CarriersOptions {
  /** null: list them all; else explain this one. */
  show: string | null;
}

export function defineCarriers(program: Command, t: Messages, dispatch: Dispatch): void {
  const load = async () => (await import('./carriers.run.js')).runCarriers;
  const carriers = program
    .command('carriers')
    .description(help['help.carriers'])
    .action((_raw, cmd: Command) => dispatch<CarriersOptions>({ name: 'carriers', options: { show: null }, load }, cmd));
  carriers.addHelpText('after', () => `\n${t['help.carriers.more']}`);
  withExamples(carriers, t, ['leb carriers', 'leb carriers --json', 'leb carriers show cmhk-prepaid']);
  const show = carriers
    .command('show')
    .description(help['help.carriers.show'])
    .argument('<id>')
    .action((id: string, _raw, cmd: Command) => dispatch<CarriersOptions>({ name: 'carriers show', options: { show: id }, load }, cmd));
  withExamples(show, t, ['leb carriers show giffgaff', 'leb carriers show cmhk-prepaid --lang zh-CN', 'leb carriers show smartone-valuegb --json']);
}
