// leb line label|note 的简体中文消息；并入 zh-CN.ts。
import type { Widen } from './types.js';
import type { lineEn } from './line.en.js';

export const lineZhCN: Widen<typeof lineEn> = {
  'help.line': '跟踪没有服务商接口的线路（添加、确认、记录消费、删除、批量导入），并为线路加标签和备注',
  'help.line.label': '设置线路标签，会显示在 status 中（空文本表示清除）',
  'help.line.note': '设置线路备注（空文本表示清除）',
  'line.tooLong': (what, max) => `${what}过长：最多 ${max} 个字符`,
  'line.control': (what) => `${what}必须是一行文本，且不含控制字符`,
  'line.labelSet': (line, label) => `已为 ${line} 设置标签：${label}`,
  'line.labelCleared': (line) => `已清除 ${line} 的标签。`,
  'line.noteSet': (line) => `已保存 ${line} 的备注。`,
  'line.noteCleared': (line) => `已清除 ${line} 的备注。`,
  'line.what.label': '标签',
  'line.what.note': '备注',
};
