// reloadly 提供方（添加账户、在 Reloadly 账户上添加线路、用钱包充值、Reloadly 的拒绝）的简体中文消息；并入 zh-CN.ts。
import type { Widen } from './types.js';
import type { reloadlyEn } from './reloadly.en.js';

export const reloadlyZhCN: Widen<typeof reloadlyEn> = {
  'help.line.country': '号码的国家代码由多个国家共用时（+1）：其 ISO 国家代码，例如 US',
  'help.account.environment': '仅用于 reloadly：`live`（默认）或 `test`（Reloadly 测试环境，使用其测试凭据）',
  'help.account.authEndpoint': '仅用于 reloadly：获取令牌的来源地址（默认 https://auth.reloadly.com）',
  'reloadly.clientIdMissing': '缺少 --client-id：您的 Reloadly API 凭据中的客户端 ID',
  'reloadly.secretMissing': '缺少客户端密钥：请用 --secret-stdin 通过管道传入',
  'reloadly.wrongFlags': '--login、--password-stdin 和 --token-stdin 用于 http 账户；reloadly 账户使用 --client-id 和 --secret-stdin',
  'reloadly.flagsForReloadly': '--environment 和 --auth-endpoint 仅用于 reloadly 账户（--provider reloadly）',
  'reloadly.walletTooLow': 'Reloadly 钱包余额不足以支付本次充值：请先为钱包充值，然后重新运行同一命令',
  'reloadly.recentlyRecharged': (number, seconds) => `${number} 刚刚充值过，Reloadly 在约 ${Math.ceil(seconds / 60)} 分钟内拒绝再次充值：请稍后再试`,
  'reloadly.invalidNumber': (number) => `Reloadly 认为 ${number} 不是其运营商的有效号码`,
  'reloadly.operatorNotSupported': (number) => `Reloadly 无法为 ${number} 所属的运营商充值`,
  'reloadly.operatorNotDetected': (line) => `尚不知道 ${line} 的运营商：请用 leb line add 重新添加该线路`,
  'reloadly.operatorChanged': (line, was, now, carrier) =>
    `${line} 已从 ${was} 转到 ${now}，与保号规则 ${carrier} 不符；未发送任何请求。请向运营商核实后，删除该线路并用正确的 --carrier 重新添加`,
  'reloadly.topupOnly': (carrier, plan) =>
    plan ? `Reloadly 只能充话费，无法购买 ${carrier} 的套餐：请用 leb topup 充入套餐价格，再在运营商的应用中购买套餐` : 'Reloadly 上的线路靠充值保号：请使用 leb topup',
  'reloadly.sides': (delivered, charged) => `到账 ${delivered}，约从 Reloadly 钱包扣除 ${charged}`,
  'reloadly.wallet': (balance) => `钱包 ${balance}`,
  'reloadly.detecting': (number) => `正在向 Reloadly 查询 ${number} 所属的运营商…`,
  'reloadly.detected': (number, operator) => `Reloadly 识别 ${number} 属于 ${operator}`,
  'reloadly.pickCarrier': (operator, candidates) =>
    candidates ? `${operator} 适用哪条保号规则？请用 --carrier 指定（${candidates}）` : `leb 的目录中没有 ${operator} 对应的运营商：请用 --carrier 指定线路适用的规则（leb carriers 列出全部；可在 carriers.json 中添加）`,
  'reloadly.carrierMismatch': (carrier, operator) => `--carrier ${carrier} 与 Reloadly 识别的运营商 ${operator} 不符；leb carriers 按国家列出运营商`,
  'reloadly.needCountry': (number) => `无法从 ${number} 的国家代码判断国家：请加上 --country <ISO 代码>，例如 --country US`,
  'reloadly.badCountry': (value) => `--country “${value}”不是两个字母的 ISO 国家代码，例如 HK`,
  'reloadly.badEnvironment': (value) => `--environment “${value}”不是 “live” 或 “test”`,
};
