import { Option, type Command } from 'commander';
import { withExamples, type Dispatch } from '../invocation.js';
import type { Messages } from '../../io/messages/index.js';

export interface RenewOptions {
  line: string | null;
  plan: string | null;
  method: string | null;
  dryRun: boolean;
  /** Switch the provider's auto-renew; null leaves it as it is. */
  auto: boolean | null;
}

export function toRenewOptions(raw: { line?: string; plan?: string; method?: string; dryRun?: boolean; auto?: 'on' | 'off' }): RenewOptions {
  return {
    line: raw.line ?? null,
    plan: raw.plan ?? null,
    method: raw.method ?? null,
    dryRun: raw.dryRun === true,
    auto: raw.auto === undefined ? null : raw.auto === 'on',
  };
}

export function defineRenew(program: Command, t: Messages, dispatch: Dispatch): void {
  const command = program
    .command('renew')
    .description(t['help.renew'])
    .option('--line <id>', t['help.opt.line'])
    .option('--plan <id>', t['help.renew.plan'])
    .option('--method <id>', t['help.opt.method'])
    .option('--dry-run', t['help.opt.dryRun'])
    .addOption(new Option('--auto <on|off>', t['help.renew.auto']).choices(['on', 'off']))
    .action((raw, cmd: Command) =>
      dispatch({ name: 'renew', options: toRenewOptions(raw), load: async () => (await import('./renew.run.js')).runRenew }, cmd),
    );
  withExamples(command, t['help.examples'], [
    'leb renew',
    'leb --sandbox renew --line ln_abc123 --plan quarterly --yes --json',
    'leb renew --line ln_abc123 --auto on',
  ]);
}
