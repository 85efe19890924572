// 自管线路（line add|confirm|touch|remove|import、status/check 中的有效期来源、在运营商处付款后记录的充值）的简体
// 中文消息；并入 zh-CN.ts。
import type { Widen } from './types.js';
import type { trackedEn } from './tracked.en.js';

const left = (n: number | null) => (n === null ? '' : n >= 0 ? `（还剩 ${n} 天）` : `（已过 ${-n} 天）`);

export const trackedZhCN: Widen<typeof trackedEn> = {
  'help.line.add': '跟踪没有服务商接口的线路：leb 按运营商规则自行推算有效期（除非 --account 指定，否则放在本地 "manual" 账户中）',
  'help.line.carrier': '要套用的运营商规则（id 见 "leb carriers"）',
  'help.line.expires': '运营商显示的到期日（YYYY-MM-DD）',
  'help.line.lastActivity': '按消费保号的运营商：最后一次通话、短信、上网或充值的日期（YYYY-MM-DD）',
  'help.line.addLabel': '在 status 中显示的标签',
  'help.line.confirm': '记录运营商现在显示的信息：到期日（或最后消费日），可附余额',
  'help.line.balance': '运营商显示的余额，以其货币计（例如 48.50）',
  'help.line.touch': '为按消费保号的线路记录一次计费消费（通话、短信、上网）',
  'help.line.touchDate': '消费日期（默认今天）',
  'help.line.remove': '停止跟踪某条线路（已记录的充值仍保留在历史中）',

  'tracked.invalidNumber': (value) => `"${value}" 不是国际格式的电话号码；请写上 + 和国家/地区代码，例如 +85291234567`,
  'tracked.invalidDate': (flag, value) => `${flag} "${value}" 不是日期；请用 YYYY-MM-DD，例如 ${flag} 2027-03-31`,
  'tracked.bothDates': '--expires 和 --last-activity 只能给一个',
  'tracked.needDate': '缺少 --expires <YYYY-MM-DD>（按消费保号的运营商如 giffgaff 则用 --last-activity <YYYY-MM-DD>）',
  'tracked.needCarrier': '缺少 --carrier <id>；用 "leb carriers" 查看列表，例如 --carrier cmhk-prepaid',
  'tracked.needLastActivity': (carrier, command) => `${carrier} 按消费保号，leb 需要最后一次通话、短信、上网或充值的日期：leb ${command} ... --last-activity <YYYY-MM-DD>`,
  'tracked.needExpires': (carrier, command) => `${carrier} 按到期日保号：leb ${command} ... --expires <YYYY-MM-DD>（运营商显示的日期）`,
  'tracked.future': (flag, value, today) => `${flag} ${value} 是将来的日期（按运营商的日历，今天是 ${today}）`,
  'tracked.already': (number, line) => `${number} 已作为 ${line} 跟踪；请用 "leb line confirm ${line.split('/')[1] ?? line} --expires <日期>" 更正`,
  'tracked.notTracked': (ref) => `"${ref}" 不是自管线路；用 "leb status" 查看线路，用 "leb line add" 添加`,
  'tracked.accountNotManual': (name, provider) => `账户 ${name} 是 ${provider} 账户，其服务商会自行报告线路；请去掉 --account 或换一个名称`,
  'tracked.invalidBalance': (value, currency) => `--balance "${value}" 不是 ${currency} 金额；例如 --balance 48.50`,
  'tracked.invalidReceipt': (value) => `--receipt "${value}" 不是有效的收据编号：须为一行、最多 100 个字符`,
  'tracked.invalidMethod': (value) => `--method "${value}" 不是有效的付款方式 id：只能用小写字母、数字和短横线，例如 alipay、wechat、card、paypal、voucher`,
  'tracked.touchNotActivity': (line, carrier) => `${line} 属于 ${carrier}，该运营商按充值保号而非按消费；请改为记录充值：leb topup --line ${line} --record`,
  'tracked.removeNeedsYes': (line) => `删除 ${line} 需要确认：不在终端上运行时请加 --yes`,
  'tracked.removeConfirm': (line, number) => `停止跟踪 ${line}（${number}）？`,

  'tracked.added': (line, carrier, kept, n) => `已开始跟踪 ${line}（${carrier}）：号码保留至 ${kept}${left(n)}。`,
  'tracked.confirmed': (line, kept, n) => `已确认 ${line}：号码保留至 ${kept}${left(n)}。`,
  'tracked.touched': (line, on, kept, n) => `已记录 ${line} 在 ${on} 的消费：号码保留至 ${kept}${left(n)}。`,
  'tracked.removed': (line) => `已停止跟踪 ${line}。`,

  'status.source.estimated': '估算',
  'status.source.confirmed': '已确认',
  'tracked.staleEstimate': (line, from, command) => `${line}：到期日是 leb 根据 ${from} 的付款估算的；请在运营商的应用或短信中核对并确认：${command}`,

  'plans.until.action.activity': '通话、短信或上网',
  'plans.until.anyEvent': '按你的资费',
  'plans.until.activityTotal': (steps, kept) => `无需购买：在上述每个日期前有一次计费消费即可（共 ${steps} 次）；号码保留至 ${kept}。`,
  'plans.until.unknownTotal': (steps, kept) => `共 ${steps} 次付款，金额 leb 不知道（见 "leb carriers show"）；号码保留至 ${kept}。`,
  'tracked.cannotPay': 'leb 不会替自管线路向运营商付款；请在运营商页面付款后记录：leb topup --line <线路> --record',
};
