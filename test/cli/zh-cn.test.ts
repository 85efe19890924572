// Under zh-CN nothing a person reads is English: every --help (commander's own headings and the help option
// included), usage errors, and the confirmation prompt.

import type { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { messagesFor } from '../../src/io/messages/index.js';
import { runCli, tempHome } from '../helpers/cli.js';
import { leftoverEnglish } from '../helpers/english.js';

function commandPaths(command: Command, prefix: string[] = []): string[][] {
  return command.commands.flatMap((sub) => [[...prefix, sub.name()], ...commandPaths(sub, [...prefix, sub.name()])]);
}

const program = buildProgram(messagesFor('en'), async () => {}, { writeOut() {}, writeErr() {} });
const paths = [[], ...commandPaths(program)];

/** What a person reads in a help text: everything but the example commands and usage placeholders. */
function prose(help: string): string[] {
  return help
    .split('\n')
    .filter((line) => !/^\s*\$ /.test(line))
    // an item's term (a command or option name) is syntax; its description is prose
    .map((line) => line.replace(/^\s+\S.*?\s{2,}/, ''))
    .map((line) => line.replace(/^用法：.*/, ''))
    .map((line) => line.replace(/\[[^\]]*\]|<[^>]*>/g, ' '))
    .filter((line) => leftoverEnglish(line).length > 0);
}

describe('zh-CN help', () => {
  let home: { home: string; cleanup: () => void };
  beforeEach(() => (home = tempHome()));
  afterEach(() => home.cleanup());

  it.each(paths.map((p) => [p.join(' ') || '(leb)', p]))('leb %s --help has no English left', async (_name, path) => {
    const result = await runCli(['--lang', 'zh-CN', ...(path as string[]), '--help'], { home: home.home });
    expect(result.code).toBe(0);
    expect(prose(result.stdout)).toEqual([]);
  });

  it.each([
    [['frobnicate']],
    [['status', '--frob']],
    [['topup', '--amount']],
    [['account', 'use']],
    [['history', 'extra']],
  ])('usage error %j is worded in Chinese, with its hint', async (argv) => {
    const result = await runCli(['--lang', 'zh-CN', ...argv], { home: home.home });
    expect(result.code).toBe(2);
    expect(leftoverEnglish(result.stderr.replace(/'[^']*'|"[^"]*"|“[^”]*”|<[^>]*>/g, ' '))).toEqual([]);
  });

  it('an unknown command still names what was typed and the nearest command', async () => {
    const result = await runCli(['--lang', 'zh-CN', 'statsu'], { home: home.home });
    expect(result.stderr).toContain('statsu');
    expect(result.stderr).toContain('status');
  });

  it('the usage hint names the command typed, not the value of a flag before it', async () => {
    const result = await runCli(['--lang', 'zh-CN', 'renew', '--auto', 'x'], { home: home.home });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('运行“leb renew --help”查看用法。');
  });
});
