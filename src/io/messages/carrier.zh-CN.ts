// 运营商与转售商自身答复（包括 Airalo 的业务代码）以及 `account add --provider airalo` 的简体中文消息；并入 zh-CN.ts。
import type { Widen } from './types.js';
import type { carrierEn } from './carrier.en.js';

export const carrierZhCN: Widen<typeof carrierEn> = {
  'reason.credentialsRejected': '客户端 id 或密钥被拒绝',
  'reason.clientIdUnknown': '提供方不认识这个客户端 id',
  'reason.ipNotAllowed': '本机的 IP 地址不在提供方的白名单中（HTTP 403，代码 89）',
  'reason.ipNotAllowedHint': '请在合作伙伴后台把本机的公网 IP 加入白名单，或在已允许的机器上运行 leb。',
  'reason.forbidden': '提供方拒绝访问（HTTP 403）',
  'reason.rateWait': (seconds) => `提供方的频率限制使下一个请求无法在 ${seconds} 秒内发出（可调大 --timeout）`,
  'reason.tokenRateLimited': (seconds) => `提供方每分钟只允许 3 次获取令牌；下一次要等 ${seconds} 秒`,
  'reason.rateWaitHint': '有缓存的线路会显示缓存结果；在 cron 中运行 "leb status --refresh" 可让大批线路保持最新。',
  'reason.lineRecycled': (line) => `${line === null ? '此 eSIM' : `eSIM ${line}`} 已被回收（代码 73）：无法再使用或充值`,
  'reason.lineRecycledHint': '请订购新的 eSIM；这张已无法恢复。',
  'reason.insufficientCredit': '合作伙伴余额不足以购买此套餐（代码 11）',
  'reason.insufficientCreditHint': '请在合作伙伴后台为合作伙伴余额充值，然后重试。',
  'reason.operatorMaintenance': '运营商正在维护（代码 13）；请稍后再试',
  'reason.invalidChecksum': '提供方拒绝了请求校验值（代码 14）',
  'reason.topupDisabled': '运营商已停用此 eSIM 的充值（代码 23）',
  'reason.esimOutOfStock': '提供方此套餐的 eSIM 已售罄（代码 33）',
  'reason.packageUnavailable': '此套餐无效或已售罄（代码 34）；运行 "leb plans" 查看可购买的套餐',
  'reason.providerCode': (code, detail) => `提供方返回代码 ${code}${detail ? `：${detail}` : ''}`,
  'reason.lineNotFound': (line) => (line === null ? '提供方不认识这条线路' : `提供方不认识线路 ${line}`),
  'reason.planNotFound': (plan) => `${plan === null ? '此套餐' : `"${plan}"`} 不是这条线路可购买的充值套餐；运行 "leb plans --line <线路>" 查看可购买的套餐`,
  'reason.noTopups': (line) => `${line} 无法购买任何充值套餐：提供方没有为它提供套餐`,
  'reason.amountNotAPackage': (prices) => `充值以套餐为单位：金额必须是某个套餐的价格（${prices}）；或使用 "leb renew --plan <套餐>"`,
  'reason.methodNotFound': (method, methods) => `不提供付款方式 "${method}"；请使用 ${methods}`,
  'reason.keyReused': '此幂等键已用于另一笔不同的付款',
  'reason.purchaseLimit': '此 eSIM 已达到购买上限',
  'reason.fieldRejected': (field, detail) => `提供方拒绝了 ${field}${detail ? `：${detail}` : ''}`,
  'reason.notSettledYet': (seconds) => `上一次尝试距今太近，还无法判断是否已生效；请在 ${seconds} 秒后再次运行 "leb reconcile"`,
  'reason.autoRenewUnsupported': '此提供方没有自动续费',

  'plans.noTopups': (line) => `${line} 无法充值：Airalo 没有为此 eSIM 提供任何套餐。`,

  'help.status.refresh': '先获取最久未刷新的线路，让 cron 多次运行后依次覆盖大批线路的每一条',
  'status.cache.staleCount': (account, stale, total) =>
    `${account}：${total} 条线路中有 ${stale} 条未能及时刷新，显示的是缓存；运行 "leb status --refresh"（在 cron 中并调大 --timeout）使其保持最新`,

  'help.account.clientId': '客户端 id（Airalo 合作伙伴凭据）',
  'help.account.secretStdin': '从标准输入读取 客户端密钥；与所有凭据一样保存（钥匙串，否则为 0600 文件）',
  'airalo.clientIdMissing': '缺少 --client-id：你的 Airalo 合作伙伴凭据中的 客户端 id',
  'airalo.clientIdPrompt': '客户端 id',
  'airalo.secretPrompt': '客户端密钥（保存在钥匙串中，否则为 0600 文件）',
  'airalo.secretMissing': '缺少 客户端密钥：请用 --secret-stdin 通过管道传入',
  'airalo.wrongFlags': '--login、--password-stdin 和 --token-stdin 用于 http 账户；airalo 账户使用 --client-id 和 --secret-stdin',
  'airalo.flagsForAiralo': '--client-id 和 --secret-stdin 仅用于 airalo 账户（--provider airalo）',
};
