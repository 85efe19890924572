// Every --help, group help included, has examples and lists the global options it inherits; check --help names
// every LEB_* variable its hook gets; sandbox serve --help names every fault.

import type { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { hookEnv } from '../../src/commands/check/check.risk.js';
import { FAULT_NAMES } from '../../src/providers/sandbox/server/faults.js';
import { messagesFor } from '../../src/io/messages/index.js';
import { runCli, tempHome } from '../helpers/cli.js';

function commandPaths(command: Command, prefix: string[] = []): string[][] {
  return command.commands.flatMap((sub) => [[...prefix, sub.name()], ...commandPaths(sub, [...prefix, sub.name()])]);
}

const program = buildProgram(messagesFor('en'), async () => {}, { writeOut() {}, writeErr() {} });
const paths = [[], ...commandPaths(program)].filter((p) => p.at(-1) !== 'help');

describe('--help', () => {
  let home: { home: string; cleanup: () => void };
  beforeEach(() => (home = tempHome()));
  afterEach(() => home.cleanup());
  const help = async (path: string[], lang = 'en') => (await runCli(['--lang', lang, ...path, '--help'], { home: home.home })).stdout;

  it.each(paths.map((p) => [p.join(' ') || '(leb)', p]))('leb %s --help has examples and the global options', async (_name, path) => {
    const text = await help(path as string[]);
    expect(text).toMatch(/Examples:\n {2}\$ leb /);
    for (const flag of ['--json', '--account <name>', '--sandbox', '--no-input', '--yes', '--lang', '--timeout']) expect(text).toContain(flag);
  });

  it.each([['en'], ['zh-CN']])('check --help (%s) names every variable the hook gets', async (lang) => {
    const variables = Object.keys(sampleHookEnv());
    expect(variables.length).toBeGreaterThan(10);
    const text = await help(['check'], lang);
    for (const name of variables) expect(text).toContain(name);
  });

  it.each([['en'], ['zh-CN']])('sandbox serve --help (%s) names every fault', async (lang) => {
    const text = await help(['sandbox', 'serve'], lang);
    for (const name of FAULT_NAMES) expect(text).toContain(`${name}=`);
  });
});

/** The hook's variables, from the function that sets them (so a new one must be documented). */
function sampleHookEnv(): Record<string, string> {
  const status = {
    id: 'ln_1', number: null, iccid: null, alias: null, expiresAt: null, flag: null, balance: null, data: null, plan: null, defaultMethod: null,
    rules: { currency: 'HKD', graceDays: 0, rechargeTable: [], minTopupMinor: 1, maxTopupMinor: 2 },
  };
  const view = { target: { name: 'a', kind: 'sandbox', account: null }, status, validity: { state: 'active', daysLeft: null, numberKeptUntil: null }, risk: 'ok', fetchedAt: new Date() };
  return hookEnv(view as never, 'message');
}
