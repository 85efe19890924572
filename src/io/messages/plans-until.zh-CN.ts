// leb plans --until: the cheapest keep-alive sequence 的简体中文消息；并入 zh-CN.ts。
import type { Widen } from './types.js';
import type { plansUntilEn } from './plans-until.en.js';

export const plansUntilZhCN: Widen<typeof plansUntilEn> = {
  'help.plans.until': '计算让线路保持有效至该日期（YYYY-MM-DD，按你的时区）的最便宜续费与充值方案',
  'plans.until.invalid': (value) => `--until “${value}” 不是有效日期；请使用 YYYY-MM-DD，例如 --until 2027-12-31`,
  'plans.until.tooFar': (value, years, horizon) => `--until ${value} 太远：leb 最多规划 ${years} 年（至 ${horizon}）；请选择该日期或更早的日期`,
  'plans.until.past': (value, today) => `--until ${value} 已经过去（今天是 ${today}）；请选择今天或之后的日期`,
  'plans.until.recycled': (line) => `${line}：号码已被回收，任何续费或充值都无法挽回`,
  'plans.until.impossible': (line) => `${line}：运营商没有可延长此线路有效期的续费或充值选项`,
  'plans.until.col.date': '最迟操作日',
  'plans.until.col.action': '操作',
  'plans.until.col.plan': '套餐',
  'plans.until.col.amount': '金额',
  'plans.until.col.extendsTo': '操作后到期日',
  'plans.until.action.renew': '续费',
  'plans.until.action.topup': '充值',
  'plans.until.total': (total, steps, kept) => `共 ${steps} 步，合计 ${total}；号码保留至 ${kept}。`,
  'plans.until.nothing': (line, until, expires, kept) => `${line} 已有效至 ${until} 之后（${expires} 到期），无需付款。号码保留至 ${kept}。`,
};
