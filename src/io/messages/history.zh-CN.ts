// `leb history` 的筛选、合计与按月花费的简体中文消息；合并进 zh-CN.ts。

import type { historyEn } from './history.en.js';
import type { Widen } from './types.js';

export const historyZhCN: Widen<typeof historyEn> = {
  'help.history.since': '只看此日期当天及之后的订单（YYYY-MM-DD，按你的时区）',
  'help.history.until': '只看此日期当天及之前的订单（YYYY-MM-DD，按你的时区）',
  'help.history.label': '只看标签包含此文字的线路的订单（不区分大小写）',
  'help.history.by': '按月统计花费（--by month）：在终端中显示条形图，配合 --json 或 --csv 输出逐行数据',
  'help.history.more': [
    '各筛选条件同时生效；全局 --account（或 LEB_ACCOUNT）只看该账户的订单。',
    '只有成功的订单计入花费。待处理和结果未知的订单会列出但不计入：汇总会说明有几笔、可能扣了多少',
    '（“leb reconcile” 可以确认它们）；失败的订单没有花费。汇总在终端中显示在表格之后，否则写到标准错误，',
    '因此 --json（订单数组，每笔带号码和标签）和 --csv 只输出数据。',
  ].join('\n'),
  'history.badDate': (flag, value) => `${flag} "${value}" 不是 YYYY-MM-DD 格式的日期；例如 ${flag} 2026-11-01`,
  'history.sinceAfterUntil': (since, until) => `--since ${since} 晚于 --until ${until}：不会有订单符合；请对调两个日期`,
  'history.badBy': (value) => `--by "${value}" 不是有效的分组方式；请用 --by month`,
  'history.noneMatch': '没有符合筛选条件的订单。',
  'history.col.number': '号码',
  'history.col.label': '标签',
  'history.col.month': '月份',
  'history.col.spent': '花费',
  'history.col.orders': '订单数',
  'history.orders': (n) => `${n} 笔订单`,
  'history.spent': (amounts, count) => `花费：${amounts}（${count} 笔成功订单）`,
  'history.spentNothing': '花费：无（没有成功的订单）',
  'history.unsettled': (count, amounts) => `未计入：${count} 笔订单尚未确认（可能已扣 ${amounts}）；运行 leb reconcile 确认`,
};
