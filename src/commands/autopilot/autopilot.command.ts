import { Option, type Command } from 'commander';
import { withExamples, type Dispatch } from '../invocation.js';
import type { Messages } from '../../io/messages/index.js';
import { UsageError } from '../../errors.js';
import { help } from '../../io/messages/help-keys.js';

export interface AutopilotPlanOptions {
  months: number;
}

export interface AutopilotRunOptions {
  dryRun: boolean;
  /** A command to run per payment and per line it could not keep; null: none. */
  exec: string | null;
}

export const MAX_FORECAST_MONTHS = 60;

export function parseMonths(value: string, t: Messages): number {
  const months = /^\s*\d{1,3}\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!(months >= 1 && months <= MAX_FORECAST_MONTHS)) throw new UsageError(t['autopilot.badMonths'](value, MAX_FORECAST_MONTHS));
  return months;
}

export function toAutopilotRunOptions(raw: { dryRun?: boolean; exec?: string }): AutopilotRunOptions {
  return { dryRun: raw.dryRun === true, exec: typeof raw.exec === 'string' && raw.exec.trim() !== '' ? raw.exec : null };
}

export function defineAutopilot(program: Command, t: Messages, dispatch: Dispatch): void {
  const autopilot = program.command('autopilot').description(help['help.autopilot']);
  withExamples(autopilot, t, ['leb --sandbox autopilot plan', 'leb autopilot run --dry-run', 'leb autopilot run --yes --exec \'mail -s "leb: $LEB_EVENT $LEB_NUMBER" me@example.com <<< "$LEB_MESSAGE"\'']);
  const plan = autopilot
    .command('plan')
    .description(help['help.autopilot.plan'])
    .addOption(new Option('--months <n>', help['help.autopilot.months']).default(12).argParser((value) => parseMonths(value, t)))
    .action((raw: { months: number }, cmd: Command) =>
      dispatch({ name: 'autopilot plan', options: { months: raw.months }, load: async () => (await import('./plan.run.js')).runAutopilotPlan }, cmd),
    );
  withExamples(plan, t, ['leb --sandbox autopilot plan', 'leb autopilot plan --months 24 --json']);
  const run = autopilot
    .command('run')
    .description(help['help.autopilot.run'])
    .option('--dry-run', help['help.autopilot.dryRun'])
    .option('--exec <command>', help['help.autopilot.exec'])
    .action((raw, cmd: Command) =>
      dispatch({ name: 'autopilot run', options: toAutopilotRunOptions(raw), load: async () => (await import('./run.run.js')).runAutopilot }, cmd),
    );
  withExamples(run, t, ['leb --sandbox autopilot run --dry-run', 'leb autopilot run --yes --json > last-run.json', 'leb autopilot run --yes || echo "some line was not kept"']);
}
