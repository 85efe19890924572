// leb config get|set|unset 的简体中文消息；并入 zh-CN.ts。
import type { Widen } from './types.js';
import type { configEn } from './config.en.js';

export const configZhCN: Widen<typeof configEn> = {
  'help.config': '查看和修改设置：warn-days（check 的提醒期）和 exec（check 的通知命令）',
  'help.config.get': '显示全部设置或其中一项',
  'help.config.set': '修改设置：warn-days <0-365> 或 exec <命令>',
  'help.config.unset': '将设置恢复为默认值',
  'config.unknownKey': (key) => `未知设置“${key}”；可用 warn-days 或 exec`,
  'config.invalidWarnDays': (value) => `warn-days “${value}” 不是 0 到 365 之间的整数天数；例如 leb config set warn-days 7`,
  'config.emptyExec': 'exec 不能为空；如不想再运行命令，请使用：leb config unset exec',
  'config.set': (key, value) => `已将 ${key} 设为 ${value}。`,
  'config.unset': (key) => `已将 ${key} 恢复为默认值。`,
  'config.notSet': '（未设置）',
};
