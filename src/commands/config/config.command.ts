import type { Command } from 'commander';
import { withExamples, type Dispatch } from '../invocation.js';
import { parseDays } from '../flags.js';
import { UsageError } from '../../errors.js';
import type { Messages } from '../../io/messages/index.js';
import { SETTING_KEYS, type SettingKey } from './config.keys.js';
import { help } from '../../io/messages/help-keys.js';

export type ConfigOptions =
  | { action: 'get'; key: SettingKey | null }
  | { action: 'set'; key: 'warn-days'; value: number }
  | { action: 'set'; key: 'exec'; value: string }
  | { action: 'unset'; key: SettingKey };

export function parseKey(key: string, t: Messages): SettingKey {
  if (!(SETTING_KEYS as readonly string[]).includes(key)) throw new UsageError(t['config.unknownKey'](key));
  return key as SettingKey;
}

export function toConfigSetOptions(key: string, value: string, t: Messages): ConfigOptions {
  const setting = parseKey(key, t);
  if (setting === 'warn-days') {
    const days = parseDays(value);
    if (days === null) throw new UsageError(t['config.invalidWarnDays'](value));
    return { action: 'set', key: setting, value: days };
  }
  if (value.trim() === '') throw new UsageError(t['config.emptyExec']);
  return { action: 'set', key: setting, value };
}

export function defineConfig(program: Command, t: Messages, dispatch: Dispatch): void {
  const config = program.command('config').description(help['help.config']);
  const load = async () => (await import('./config.run.js')).runConfig;
  withExamples(config, t, ['leb config get', 'leb config set warn-days 21', 'leb config unset exec']);
  const get = config
    .command('get')
    .description(help['help.config.get'])
    .argument('[key]')
    .action((key: string | undefined, _raw, cmd: Command) =>
      dispatch<ConfigOptions>({ name: 'config get', options: { action: 'get', key: key === undefined ? null : parseKey(key, t) }, load }, cmd),
    );
  withExamples(get, t, ['leb config get', 'leb config get warn-days --json']);
  const set = config
    .command('set')
    .description(help['help.config.set'])
    .argument('<key>')
    .argument('<value>')
    .action((key: string, value: string, _raw, cmd: Command) => dispatch({ name: 'config set', options: toConfigSetOptions(key, value, t), load }, cmd));
  withExamples(set, t, [
    'leb config set warn-days 7',
    `leb config set exec 'notify-send "leb" "$LEB_MESSAGE"'`,
    'leb config get warn-days',
  ]);
  const unset = config
    .command('unset')
    .description(help['help.config.unset'])
    .argument('<key>')
    .action((key: string, _raw, cmd: Command) =>
      dispatch<ConfigOptions>({ name: 'config unset', options: { action: 'unset', key: parseKey(key, t) }, load }, cmd),
    );
  withExamples(unset, t, ['leb config unset warn-days', 'leb config unset exec']);
}
