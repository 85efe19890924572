import type { Command } from 'commander';
import { withExamples, type Dispatch } from '../invocation.js';
import type { Messages } from '../../io/messages/index.js';
import { defineSandboxServe } from './serve.command.js';
import { defineSandboxClock } from './clock.command.js';
import { help } from '../../io/messages/help-keys.js';

export function defineSandbox(program: Command, t: Messages, dispatch: Dispatch): void {
  const sandbox = program.command('sandbox').description(help['help.sandbox']);
  withExamples(sandbox, t, ['leb --sandbox status', 'leb sandbox reset', 'leb sandbox clock --advance 10', 'leb sandbox serve --port 8080']);
  const reset = sandbox
    .command('reset')
    .description(help['help.sandbox.reset'])
    .action((_raw, cmd: Command) =>
      dispatch({ name: 'sandbox reset', options: {}, load: async () => (await import('./reset.run.js')).runSandboxReset }, cmd),
    );
  withExamples(reset, t, ['leb sandbox reset && leb --sandbox status']);
  defineSandboxClock(sandbox, t, dispatch);
  defineSandboxServe(sandbox, t, dispatch);
}
