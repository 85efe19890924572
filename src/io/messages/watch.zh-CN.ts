// watch 相关（check、remind、plans --until、线路标签与备注、config、status 的筛选/汇总/CSV/离线缓存）的简体中文消息；
// 并入 zh-CN.ts。
import type { Widen } from './types.js';
import type { watchEn } from './watch.en.js';

export const watchZhCN: Widen<typeof watchEn> = {
  'help.check': '供 cron 使用：列出有风险的线路；退出码 0（一切正常）、10（在提醒期内）或 11（已过期、宽限期中或已回收）',
  'help.check.warnDays': '提醒期天数（默认取 warn-days 设置，14）',
  'help.check.exec': '对每条有风险的线路通过 shell 运行一次此命令，详情放在 LEB_* 环境变量中（默认取 exec 设置）',
  'help.check.noExec': '不运行设置中的 exec 命令',
  'help.check.more': [
    '一切正常时不输出任何内容（--json 时输出 []）。退出码：0 一切正常，10 有线路在提醒期内，',
    '11 有线路已过期、处于宽限期或已被回收；某个账户无法读取时为 4 或 5（但 11 优先）。',
    '--exec 命令按紧急程度依次为每条有风险的线路通过 shell 运行一次，并设置 LEB_LINE、LEB_ACCOUNT、LEB_NUMBER、',
    'LEB_ALIAS、LEB_LABEL、LEB_NOTE、LEB_STATE、LEB_RISK、LEB_DAYS_LEFT、LEB_EXPIRES_AT、LEB_NUMBER_KEPT_UNTIL、',
    'LEB_BALANCE、LEB_CURRENCY 和 LEB_MESSAGE（绝不含密钥）。命令的输出写到标准错误。',
    '命令失败会在标准错误中报告，但不改变退出码。',
  ].join('\n'),
  'help.remind': '在每条线路的保号截止日之前生成日历提醒（iCalendar .ics 文件）',
  'help.remind.ics': '要写入的 .ics 文件，或用 - 输出到标准输出；与 leb 写的所有文件一样权限为 0600，原子替换',
  'help.remind.warnDays': '提前的天数，以逗号分隔（默认 30,7,1）',
  'help.remind.more': [
    '每条线路、每个提前天数各生成一个全天事件，都在运营商回收号码的日期之前，事件说明中附有要运行的命令。',
    '已经过去的提醒不会写入；已回收的线路没有提醒。',
    '事件 UID 保持不变，再次导入文件会更新原有事件而不会重复。',
    '即使文件位置由你指定，文件仍以 0600 权限创建（仅你本人可读）。',
  ].join('\n'),
  'help.plans.until': '计算让线路保持有效至该日期（YYYY-MM-DD，按你的时区）的最便宜续费与充值方案',
  'help.line': '跟踪没有服务商接口的线路（添加、确认、记录消费、删除、批量导入），并为线路加标签和备注',
  'help.line.label': '设置线路标签，会显示在 status 中（空文本表示清除）',
  'help.line.note': '设置线路备注（空文本表示清除）',
  'help.config': '查看和修改设置：warn-days（check 的提醒期）和 exec（check 的通知命令）',
  'help.config.get': '显示全部设置或其中一项',
  'help.config.set': '修改设置：warn-days <0-365> 或 exec <命令>',
  'help.config.unset': '将设置恢复为默认值',
  'help.status.expiringWithin': '只显示 N 天内到期（14d 或 14）、或已到期但号码尚未被回收的线路',
  'help.status.state': '只显示这些状态的线路（逗号分隔）：active、grace、expired、recycled、inactive、unknown',
  'help.status.label': '只显示标签包含此文本的线路（不区分大小写）',
  'help.status.csv': '输出 CSV（RFC 4180）而非表格',
  'help.status.offline': '不连接运营商，显示上次获取的状态',

  'watch.invalidWarnDays': (value) => `--warn-days “${value}” 不是 0 到 365 之间的整数天数；例如 --warn-days 14`,
  'watch.age': (ms) => {
    const minutes = Math.floor(Math.max(0, ms) / 60_000);
    if (minutes < 1) return '不到一分钟';
    if (minutes < 60) return `${minutes} 分钟`;
    const hours = Math.floor(minutes / 60);
    if (hours < 48) return `${hours} 小时`;
    return `${Math.floor(hours / 24)} 天`;
  },

  'check.msg.warning': (who, days, expires, kept, command) =>
    `${who}：${days === 0 ? '今天到期' : `${days} 天后到期`}（${expires}）；号码保留至 ${kept}。续费：${command}`,
  'check.msg.grace': (who, daysAgo, kept, command) => `${who}：已过期 ${daysAgo} 天，处于宽限期，${kept} 之后号码将被回收。请立即续费：${command}`,
  'check.msg.expired': (who, expires, command) => `${who}：已于 ${expires} 过期。续费：${command}`,
  'check.msg.recycled': (who) => `${who}：号码已被回收，无法再保留`,
  'check.execFailed': (line, detail) => `线路 ${line} 的 --exec 命令失败：${detail}`,
  'check.execExit': (code) => `退出码 ${code}`,
  'check.execSignal': (signal) => `被信号 ${signal} 终止`,
  'check.execTimeout': (seconds) => `运行超过 ${seconds} 秒，已终止`,

  'remind.icsMissing': '缺少 --ics：请指定要写入的文件，或用 - 输出到标准输出；例如 leb remind --ics ~/leb.ics',
  'remind.invalidWarnDays': (value) => `--warn-days “${value}” 必须是 0 到 365 之间的整数天数，以逗号分隔；例如 --warn-days 30,7,1`,
  'remind.jsonWithStdout': '--json 不能与 --ics - 同时使用：日历本身会输出到标准输出',
  'remind.noDir': (dir) => `无法写入日历：目录 ${dir} 不存在`,
  'remind.notRegular': (file, what) => `--ics ${file} 是${what}；leb 只把日历写入普通文件：请换一个路径`,
  'remind.cannotWrite': (file, reason) => `无法写入 ${file}：${reason}`,
  'remind.wrote': (events, lines, file) => `已为 ${lines} 条线路写入 ${events} 个提醒到 ${file}（权限 0600）。`,
  'remind.summary': (who, daysBefore) => (daysBefore === 0 ? `今天是保留 ${who} 的最后一天` : `距离保号截止还有 ${daysBefore} 天：${who}`),
  'remind.description': (who, account, kept, expires, command) =>
    [
      `${who}（账户 ${account}）。`,
      `服务于 ${expires} 到期；${kept} 之后运营商将回收号码。`,
      `如需保留，请运行：${command}`,
      '也可查看：leb status、leb plans',
    ].join('\n'),

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

  'line.tooLong': (what, max) => `${what}过长：最多 ${max} 个字符`,
  'line.control': (what) => `${what}必须是一行文本，且不含控制字符`,
  'line.labelSet': (line, label) => `已为 ${line} 设置标签：${label}`,
  'line.labelCleared': (line) => `已清除 ${line} 的标签。`,
  'line.noteSet': (line) => `已保存 ${line} 的备注。`,
  'line.noteCleared': (line) => `已清除 ${line} 的备注。`,
  'line.what.label': '标签',
  'line.what.note': '备注',

  'config.unknownKey': (key) => `未知设置“${key}”；可用 warn-days 或 exec`,
  'config.invalidWarnDays': (value) => `warn-days “${value}” 不是 0 到 365 之间的整数天数；例如 leb config set warn-days 7`,
  'config.emptyExec': 'exec 不能为空；如不想再运行命令，请使用：leb config unset exec',
  'config.set': (key, value) => `已将 ${key} 设为 ${value}。`,
  'config.unset': (key) => `已将 ${key} 恢复为默认值。`,
  'config.notSet': '（未设置）',

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
