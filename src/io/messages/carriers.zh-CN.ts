// 运营商目录与自管线路（`leb carriers`、`leb line add|confirm|touch|remove|import`、记录充值）的简体中文消息；
// 并入 zh-CN.ts。
import type { Widen } from './types.js';
import type { carriersEn } from './carriers.en.js';

const period = (unit: 'days' | 'months', count: number) => (unit === 'days' ? `${count} 天` : `${count} 个月`);

export const carriersZhCN: Widen<typeof carriersEn> = {
  'help.carriers': '保号规则目录：各运营商如何保号、宽限期、充值限额、在哪里充值',
  'help.carriers.show': '用文字解释某个运营商的规则及其来源',
  'help.carriers.more': '在 `LEB_HOME/carriers.json` 中添加或更正运营商：`{"carriers": [ ... ]}`，每项的格式与 `leb carriers show <id> --json` 相同。',

  'carriers.col.id': '运营商',
  'carriers.col.name': '名称',
  'carriers.col.country': '国家/地区',
  'carriers.col.rule': '保号方式',
  'carriers.col.grace': '宽限期',
  'carriers.unknown': '未知',
  'carriers.listJoin': '、',
  'carriers.user': '（你的）',
  'carriers.short.recharge': (amount, n) => `${amount} 起 → ${n} 天`,
  'carriers.short.plan': (unit, count) => `每 ${period(unit, count)}买一次套餐`,
  'carriers.short.activity': (unit, count) => `每 ${period(unit, count)}一次消费`,
  'carriers.notFound': (id) => `目录中没有运营商 "${id}"；用 "leb carriers" 查看列表，或在 \`LEB_HOME/carriers.json\` 中添加`,
  'carriers.header': (name, id, country, currency, zone) => `${name}（${id}）：${country}，${currency}，日期按 ${zone}`,
  'carriers.rule.tier': (amount, n) => `充值 ${amount} 或以上 → 自充值当日起 ${n} 天`,
  'carriers.rule.tierUnknown': (n) => `充值（所需金额未知）→ 自充值当日起 ${n} 天`,
  'carriers.rule.neverShortens': '充值不会缩短已有的有效期。',
  'carriers.rule.plan': (plan, price, unit, count) =>
    `至少每 ${period(unit, count)}购买一次${plan}${price === null ? '（价格未知）' : `（${price}）`}，自购买当日起计算。`,
  'carriers.rule.activity': (events, unit, count) => `至少每 ${period(unit, count)}有一次计费消费（${events}），否则号码会被收回。`,
  'carriers.event.call': '通话',
  'carriers.event.sms': '短信',
  'carriers.event.mms': '彩信',
  'carriers.event.data': '上网',
  'carriers.event.credit': '充值',
  'carriers.event.plan': '购买套餐',
  'carriers.grace': (n) => `到期后有 ${n} 天宽限期：期间充值仍可恢复服务。`,
  'carriers.graceUnknown': '到期后的宽限期：未知，因此 leb 按没有宽限期计算（显示的截止日即到期日）。',
  'carriers.afterGrace.recycled': '之后号码会被回收，无法找回，也不能再转台。',
  'carriers.afterGrace.unknown': '之后会怎样：未知。',
  'carriers.limits': (min, max) => `每次充值：${min} 至 ${max}。`,
  'carriers.limitsUnknown': '单次充值的最低与最高金额：未知。',
  'carriers.lead': (n) => `充值可能要在 ${n} 个工作日后才生效：请至少在截止日前 ${n} 个工作日充值。`,
  'carriers.leadNone': '充值即时生效。',
  'carriers.leadUnknown': '充值多久生效：未知。',
  'carriers.page': (url) => `充值页面：${url}`,
  'carriers.pageUnknown': '充值页面：未知（请使用运营商的应用或网站）。',
  'carriers.confirmAfter': (n) => `估算的到期日超过 ${n} 天后，leb 会请你确认。`,
  'carriers.sources': '来源：',
  'carriers.sourcesNone': '来源：未提供（你在 `carriers.json` 中自己添加的条目）。',
  'carriers.source': (title, official, checked, facts) => `  - ${title}（${official ? '官方' : '未经证实'}，核对于 ${checked}）：${facts}`,
  'carriers.fact.rule': '规则',
  'carriers.fact.grace': '宽限期',
  'carriers.fact.limits': '充值限额',
  'carriers.fact.rechargeUrl': '充值页面',
  'carriers.fact.lead': '处理时间',
  'carriers.fact.afterGrace': '宽限期后',
};
