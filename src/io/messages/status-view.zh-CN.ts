// leb status: filters, footer, CSV and the offline cache 的简体中文消息；并入 zh-CN.ts。
import type { Widen } from './types.js';
import type { statusViewEn } from './status-view.en.js';

export const statusViewZhCN: Widen<typeof statusViewEn> = {
  'help.status.expiringWithin': '只显示 N 天内到期（14d 或 14）、或已到期但号码尚未被回收的线路',
  'help.status.state': '只显示这些状态的线路（逗号分隔）：active、grace、expired、recycled、inactive、unknown',
  'help.status.label': '只显示标签包含此文本的线路（不区分大小写）',
  'help.status.csv': '输出 CSV（RFC 4180）而非表格',
  'help.status.offline': '不连接运营商，显示上次获取的状态',
  'status.cache.age': (ms) => {
    const minutes = Math.floor(Math.max(0, ms) / 60_000);
    if (minutes < 1) return '不到一分钟';
    if (minutes < 60) return `${minutes} 分钟`;
    const hours = Math.floor(minutes / 60);
    if (hours < 48) return `${hours} 小时`;
    return `${Math.floor(hours / 24)} 天`;
  },
  'status.filter.invalidWithin': (value) => `--expiring-within “${value}” 不是天数；请使用例如 14d 或 14`,
  'status.filter.invalidState': (value, states) => `--state “${value}” 不是线路状态；可选：${states}`,
  'status.filter.noMatch': '没有符合筛选条件的线路。',
  'status.col.label': '标签',
  'status.footer.lines': (total, atRisk, lost) => `共 ${total} 条线路，${atRisk} 条有风险${lost > 0 ? `，${lost} 条已回收` : ''}`,
  'status.footer.cost': (amounts, basis) => `为有风险的线路续费需要：${amounts}（${basis}）`,
  'status.footer.basis.plan': '每条线路按最便宜的套餐计',
  'status.footer.basis.topup': '每条线路按能延长有效期的最小充值额计',
  'status.footer.basis.mixed': '每条线路取最便宜套餐与能延长有效期的最小充值额中较低者',
  'status.footer.unpriced': (n) => `${n} 条线路价格未知`,
  'status.cache.showing': (account, age, when) => `${account}：显示的是 ${age}前（${when}）缓存的状态，并非实时；剩余天数按今天计算`,
  'status.cache.none': '还没有缓存的状态：请在能连接运营商时先运行一次“leb status”',
  'status.cache.noneFor': (account) => `${account}：没有可显示的缓存状态`,
};
