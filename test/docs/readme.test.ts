// The README's command examples stay true: each one in the command table runs against the built binary in a
// temporary LEB_HOME holding a sandbox account, with `<line>` and `<account>` filled in. Examples that need
// a real login, a mail system or a long-running server are left out (they are named below, with why).

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, runBin, tempHome, testEnv } from '../helpers/cli.js';

const README = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');

/** The example column of the command table: every code span in the second cell of each row. */
function tableExamples(): string[] {
  const start = README.indexOf('| command | example |');
  const rows = README.slice(start).split('\n').slice(2);
  const table = rows.slice(0, rows.findIndex((row) => !row.startsWith('|')));
  return table.flatMap((row) => {
    const cell = row.split(/(?<!\\)\|/)[2] ?? '';
    return [...cell.matchAll(/`([^`]+)`/g)].map((m) => (m[1] as string).replace(/\\\|/g, '|'));
  });
}

/** Examples that cannot run here, and why. Anything else in the table must run. */
const NOT_RUN: Record<string, string> = {
  'account add <account> --provider http': 'needs a real endpoint and password',
  'account add <account> --provider airalo': 'needs Airalo partner credentials (the provider runs against a stand-in in test/providers/airalo)',
  'account login <account>': 'needs a real endpoint and password',
  'account add <account> --provider reloadly': 'needs Reloadly credentials (the flow runs against a stand-in in test/commands/topup/reloadly.test.ts)',
  '--account <account> --expires': 'needs a Reloadly account (test/commands/topup/reloadly.test.ts)',
  'sandbox serve': 'runs until stopped (tested in test/http)',
  'mail -s': 'needs a mail system',
};

const EXIT_OK: Record<string, number[]> = { 'leb check': [0, 10, 11] };

describe('README examples', () => {
  let home: { home: string; cleanup: () => void };
  let binDir: string;
  let line: string;
  beforeAll(async () => {
    home = tempHome();
    binDir = join(home.home, 'bin');
    mkdirSync(binDir);
    writeFileSync(join(binDir, 'leb'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`, { mode: 0o755 });
    await runBin(['account', 'add', 'mine', '--provider', 'sandbox'], { home: home.home });
    // The import example reads a file of the user's: here one in the README's format, with a number no other
    // example tracks (an already tracked number would make the import refuse, as it should).
    writeFileSync(join(home.home, 'lines.csv'), 'number,carrier,expires,lastActivity,label,note\n+85261234567,smartone-valuegb,2027-03-01,,HK data,\n');
    line = (JSON.parse((await runBin(['status', '--json'], { home: home.home })).stdout) as { line: string }[])[0]!.line;
  });
  afterAll(() => home.cleanup());

  const examples = tableExamples();
  it('finds the examples', () => {
    expect(examples.length).toBeGreaterThan(15);
  });

  it.each(examples.map((e) => [e]))('%s', (example) => {
    const skip = Object.keys(NOT_RUN).find((key) => example.includes(key));
    if (skip) return;
    const command = example.replaceAll('<line>', line).replaceAll('<account>', 'mine').replaceAll('~/', `${home.home}/`);
    expect(command, 'a placeholder the README does not explain').not.toMatch(/<[a-z-]+>/);
    const result = spawnSync('sh', ['-c', command], {
      cwd: home.home,
      env: { ...testEnv(home.home), PATH: `${binDir}:${process.env.PATH}` },
      encoding: 'utf8',
      timeout: 20_000,
    });
    const allowed = Object.entries(EXIT_OK).find(([key]) => example.startsWith(key))?.[1] ?? [0];
    expect(allowed, `${command}\n${result.stderr}`).toContain(result.status);
  });

  it('the webhook example builds valid JSON whatever the message holds', () => {
    const example = /leb check --exec '(jq [^']*)'/.exec(README)?.[1];
    expect(example).toBeDefined();
    const jqPart = example!.split(' | curl')[0] as string;
    const message = 'He said "renew" \\ now\nline 2';
    const out = execFileSync('sh', ['-c', jqPart], { env: { PATH: process.env.PATH, LEB_MESSAGE: message }, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ text: message });
  });
});
