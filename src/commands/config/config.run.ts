import type { Context } from '../../app/context.js';
import { printJson, printText } from '../../io/output.js';
import { EMPTY_CONFIG, type Config } from '../../store/config.js';
import type { ConfigOptions } from './config.command.js';
import { SETTING_KEYS, type SettingKey } from './config.keys.js';

type Settings = Config['settings'];

function valueOf(settings: Settings, key: SettingKey): number | string | null {
  return key === 'warn-days' ? settings.warnDays : settings.exec;
}

function settingsJson(settings: Settings): Record<SettingKey, number | string | null> {
  return Object.fromEntries(SETTING_KEYS.map((key) => [key, valueOf(settings, key)])) as Record<SettingKey, number | string | null>;
}

export async function runConfig(ctx: Pick<Context, 'color' | 'config' | 'globals' | 'io' | 't'>, options: ConfigOptions): Promise<number> {
  if (options.action === 'get') {
    const { settings } = ctx.config.read();
    if (options.key !== null) {
      const value = valueOf(settings, options.key);
      if (ctx.globals.json) await printJson(ctx, value);
      // A script reading one value gets exactly that (an empty line when unset).
      else await printText(ctx, value === null ? '' : String(value));
      return 0;
    }
    if (ctx.globals.json) {
      await printJson(ctx, settingsJson(settings));
      return 0;
    }
    await printText(ctx, [`warn-days\t${settings.warnDays}`, `exec\t${settings.exec ?? ctx.t['config.notSet']}`].join('\n'));
    return 0;
  }

  const settings = await ctx.config.update((config) => {
    if (options.action === 'set') {
      if (options.key === 'warn-days') config.settings.warnDays = options.value;
      else config.settings.exec = options.value;
    } else if (options.key === 'warn-days') {
      config.settings.warnDays = EMPTY_CONFIG.settings.warnDays;
    } else {
      config.settings.exec = null;
    }
    return config.settings;
  });
  if (ctx.globals.json) {
    await printJson(ctx, settingsJson(settings));
    return 0;
  }
  const message = options.action === 'set' ? ctx.t['config.set'](options.key, String(options.value)) : ctx.t['config.unset'](options.key);
  ctx.io.stderr.write(`${message}\n`);
  return 0;
}
