// `leb sandbox serve`: flags → options, refused early (exit 2) when a value is out of range.

import { Option, type Command } from 'commander';
import { withExamples, type Dispatch } from '../invocation.js';
import { UsageError } from '../../errors.js';
import type { Messages } from '../../io/messages/index.js';
import { FAULT_NAMES, NO_FAULTS, parseFaults, type Faults } from '../../providers/sandbox/server/faults.js';
import { help } from '../../io/messages/help-keys.js';

export interface SandboxServeOptions {
  host: string;
  port: number;
  /** null: the four demo lines. */
  lines: number | null;
  latencyMs: number;
  faults: Faults;
  /** As typed, for the banner; null when none. */
  faultSpec: string | null;
  /** null: a random seed, printed in the banner so a run can be repeated. */
  seed: number | null;
}

export interface RawServeFlags {
  host?: string;
  port?: string;
  lines?: string;
  latency?: string;
  faults?: string;
  seed?: string;
}

function wholeNumber(value: string, max: number, min = 0): number | null {
  if (!/^\d{1,10}$/.test(value.trim())) return null;
  const n = Number(value);
  return n >= min && n <= max ? n : null;
}

export function toSandboxServeOptions(raw: RawServeFlags, t: Messages): SandboxServeOptions {
  const pick = (value: string | undefined, max: number, min: number, message: (v: string) => string): number | null => {
    if (value === undefined) return null;
    const n = wholeNumber(value, max, min);
    if (n === null) throw new UsageError(message(value));
    return n;
  };
  let faults = NO_FAULTS;
  if (raw.faults !== undefined) {
    const parsed = parseFaults(raw.faults);
    if (!parsed.ok) throw new UsageError(t['serve.badFault'](parsed.item, FAULT_NAMES.join(', ')));
    faults = parsed.faults;
  }
  return {
    host: raw.host?.trim() || '127.0.0.1',
    port: pick(raw.port, 65_535, 0, t['serve.badPort']) ?? 0,
    lines: pick(raw.lines, 100_000, 1, t['serve.badLines']),
    latencyMs: pick(raw.latency, 60_000, 0, t['serve.badLatency']) ?? 0,
    faults,
    faultSpec: raw.faults ?? null,
    seed: pick(raw.seed, 2_147_483_647, 0, t['serve.badSeed']),
  };
}

export function defineSandboxServe(sandbox: Command, t: Messages, dispatch: Dispatch): void {
  const serve = sandbox
    .command('serve')
    .description(help['help.sandbox.serve'])
    .addOption(new Option('--host <address>', help['help.serve.host']))
    .addOption(new Option('--port <n>', help['help.serve.port']))
    .addOption(new Option('--lines <n>', help['help.serve.lines']))
    .addOption(new Option('--latency <ms>', help['help.serve.latency']))
    .addOption(new Option('--faults <spec>', help['help.serve.faults']))
    .addOption(new Option('--seed <n>', help['help.serve.seed']))
    .action((raw: RawServeFlags, cmd: Command) =>
      dispatch(
        { name: 'sandbox serve', options: toSandboxServeOptions(raw, t), load: async () => (await import('./serve.run.js')).runSandboxServe, endsOnCtrlC: true },
        cmd,
      ),
    );
  withExamples(serve, t, [
    'leb sandbox serve --port 8080',
    'leb sandbox serve --port 0 --json | head -1',
    'leb sandbox serve --lines 1000 --latency 20',
    'leb sandbox serve --faults error-500=0.2,reset-after-commit=0.1 --seed 7',
  ]);
}
