// leb check: the lines at risk, the --exec hook 的简体中文消息；并入 zh-CN.ts。
import type { Widen } from './types.js';
import type { checkEn } from './check.en.js';

export const checkZhCN: Widen<typeof checkEn> = {
  'help.check': '供 cron 使用：列出有风险的线路；退出码 0（一切正常）、10（在提醒期内）或 11（已过期、宽限期中或已回收）',
  'help.check.warnDays': '提醒期天数（默认取 warn-days 设置，14）',
  'help.check.exec': '对每条有风险的线路通过 shell 运行一次此命令，详情放在 LEB_* 环境变量中（默认取 exec 设置）',
  'help.check.noExec': '不运行设置中的 exec 命令',
  'help.check.more': [
    '一切正常时不输出任何内容（--json 时输出 []）。退出码：0 一切正常，10 有线路在提醒期内，',
    '11 有线路已过期、处于宽限期或已被回收；某个账户无法读取时为 4 或 5（但 11 优先）。',
    '--exec 命令按紧急程度依次为每条有风险的线路通过 shell 运行一次，并设置 LEB_LINE、LEB_ACCOUNT、LEB_PROVIDER、LEB_NUMBER、LEB_ICCID、',
    'LEB_ALIAS、LEB_LABEL、LEB_NOTE、LEB_STATE、LEB_RISK、LEB_DAYS_LEFT、LEB_EXPIRES_AT、LEB_NUMBER_KEPT_UNTIL、',
    'LEB_BALANCE、LEB_CURRENCY 和 LEB_MESSAGE（绝不含密钥）。命令的输出写到标准错误。',
    '命令失败会在标准错误中报告，但不改变退出码。',
  ].join('\n'),
  'check.invalidWarnDays': (value) => `--warn-days “${value}” 不是 0 到 365 之间的整数天数；例如 --warn-days 14`,
  'check.msg.warning': (who, days, expires, kept, command) =>
    `${who}：${days === 0 ? '今天到期' : `${days} 天后到期`}（${expires}）；号码保留至 ${kept}。续费：${command}`,
  'check.msg.grace': (who, daysAgo, kept, command) => `${who}：已过期 ${daysAgo} 天，处于宽限期，${kept} 之后号码将被回收。请立即续费：${command}`,
  'check.msg.expired': (who, expires, command) => `${who}：已于 ${expires} 过期。续费：${command}`,
  'check.msg.recycled': (who) => `${who}：号码已被回收，无法再保留`,
  'check.execFailed': (line, detail) => `线路 ${line} 的 --exec 命令失败：${detail}`,
  'check.execExit': (code) => `退出码 ${code}`,
  'check.execSignal': (signal) => `被信号 ${signal} 终止`,
  'check.execTimeout': (seconds) => `运行超过 ${seconds} 秒，已终止`,
};
