// `leb sandbox clock`（沙盒时间）的简体中文消息；合并进 zh-CN.ts。

import type { sandboxClockEn } from './sandbox-clock.en.js';
import type { Widen } from './types.js';

const fromReal = (offsetDays: number) =>
  offsetDays === 0 ? '与真实时钟一致' : `比真实时钟${offsetDays > 0 ? '快' : '慢'} ${Math.abs(offsetDays)} 天`;

export const sandboxClockZhCN: Widen<typeof sandboxClockEn> = {
  'help.sandbox.clock': '查看或调整沙盒的时间（内置运营商、“leb sandbox serve”，以及 --sandbox 运行时的“今天”）',
  'help.clock.advance': '把时钟向前拨这么多天（1 到 3650）',
  'help.clock.set': '把沙盒的今天设为此日期（YYYY-MM-DD，按你的时区）',
  'help.clock.more': [
    '沙盒时钟是真实时钟按整天平移后的时间，所以时间仍在流逝。它作用于内置运营商、每次 --sandbox 运行的“今天”，',
    '以及使用同一 LEB_HOME 正在运行的 “leb sandbox serve”；真实账户（包括用 --provider sandbox 添加的沙盒账户）',
    '始终使用真实时钟。向前拨动时运营商会照常处理：自动续费到期扣款，过期线路进入宽限期，之后号码被回收。',
    '时钟最多只能退回到沙盒中最近一笔订单或号码回收的时间；“leb sandbox reset” 会让它回到真实时钟。',
  ].join('\n'),
  'clock.show': (today, now, offsetDays) => `沙盒今天：${today}（${fromReal(offsetDays)}）；现在 ${now}`,
  'clock.moved': (today, offsetDays) => `沙盒时钟已调整：今天是 ${today}（${fromReal(offsetDays)}）。`,
  'clock.both': '--advance 和 --set 不能同时使用；请只选一个',
  'clock.badAdvance': (value) => `--advance "${value}" 不是 1 到 3650 之间的整数天数；例如 --advance 10`,
  'clock.badSet': (value) => `--set "${value}" 不是 YYYY-MM-DD 格式的日期；例如 --set 2027-01-31`,
  'clock.tooFar': (limit) => `沙盒时钟与真实时钟最多相差 ${limit} 天`,
  'clock.beforeRecorded': (earliest) => `沙盒时钟不能退回到 ${earliest} 之前：沙盒中已有那之后的订单或号码回收记录`,
  'clock.beforeRecordedHint': '运行 “leb sandbox reset” 可回到真实时钟重新开始。',
  'state.sandboxClock': (file, detail) => `${file} 不是沙盒时钟文件（${detail}）；leb 不会覆盖它`,
  'state.sandboxClockHint': '运行 “leb sandbox reset”（沙盒回到真实时钟重新开始），或修正、移走该文件。',
};
