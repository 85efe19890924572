// config.json without a library: versions, migrations in memory, and files leb must not touch.

import { describeError } from '../../src/cli/report.js';
import { en } from '../../src/io/messages/en.js';
import { zhCN } from '../../src/io/messages/zh-CN.js';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExitCode, StateError } from '../../src/errors.js';
import { ConfigStore } from '../../src/store/config.js';
import { CONFIG_VERSION, migrateConfig } from '../../src/store/config-version.js';
import { tempHome } from '../helpers/cli.js';

describe('config versions', () => {
  it('a file without a version predates versioning: version 1, unchanged', () => {
    expect(migrateConfig({ accounts: {} }, 'config.json')).toEqual({ accounts: {} });
    expect(CONFIG_VERSION).toBe(1);
  });

  it('runs each step from the stated version up to the current one, in order', () => {
    const steps = {
      1: (d: Record<string, unknown>) => ({ ...d, renamed: d.old, old: undefined }),
      2: (d: Record<string, unknown>) => ({ ...d, renamed: `${String(d.renamed)}!` }),
    };
    expect(migrateConfig({ old: 'x' }, 'c.json', steps, 3)).toEqual({ renamed: 'x!', old: undefined, version: 3 });
    expect(migrateConfig({ version: 2, renamed: 'y' }, 'c.json', steps, 3)).toEqual({ renamed: 'y!', version: 3 });
    expect(migrateConfig({ version: 3, renamed: 'z' }, 'c.json', steps, 3)).toEqual({ version: 3, renamed: 'z' });
  });

  it('a file from a newer leb is exit 9 naming the file', () => {
    let thrown: unknown;
    try {
      migrateConfig({ version: CONFIG_VERSION + 1 }, '/home/x/config.json');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(StateError);
    expect((thrown as StateError).exitCode).toBe(ExitCode.corruptState);
    expect((thrown as Error).message).toContain('/home/x/config.json');
    expect((thrown as StateError).problem).toEqual({ kind: 'newer-version', stated: CONFIG_VERSION + 1, current: CONFIG_VERSION });
    // Worded by report.ts in the user's language.
    expect(describeError(en, thrown).message).toContain('was written by a newer leb');
    expect(describeError(zhCN, thrown).message).toContain('由更新版本的 leb 写入');
  });
});

describe('ConfigStore', () => {
  let home: { home: string; cleanup: () => void };
  beforeEach(() => (home = tempHome()));
  afterEach(() => home.cleanup());

  it('writes 0600, tab-indented, with the version, and reads back what it wrote', async () => {
    const store = new ConfigStore(join(home.home, 'config.json'));
    await store.update((c) => void (c.settings.warnDays = 7));
    const text = readFileSync(store.file, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ version: 1, settings: { warnDays: 7 } });
    expect(text).toContain('\n\t"settings"');
    expect(statSync(store.file).mode & 0o777).toBe(0o600);
    expect(new ConfigStore(store.file).read().settings.warnDays).toBe(7);
  });

  it('refuses to update a file from a newer leb and leaves it as it was', async () => {
    const file = join(home.home, 'config.json');
    const newer = JSON.stringify({ version: 99, accounts: {} });
    writeFileSync(file, newer, { mode: 0o600 });
    const store = new ConfigStore(file);
    await expect(store.update((c) => void (c.settings.warnDays = 7))).rejects.toThrow(/newer-version/);
    expect(readFileSync(file, 'utf8')).toBe(newer);
  });
});
