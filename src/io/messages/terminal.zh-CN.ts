// 终端本身的简体中文消息：Ctrl-C、等待时的进度、适应屏幕宽度的表格；并入 zh-CN.ts。
import type { Widen } from './types.js';
import type { terminalEn } from './terminal.en.js';

export const terminalZhCN: Widen<typeof terminalEn> = {
  'interrupt.done': '已中断。',
  'interrupt.nothingSent': '付款前已中断：未发送任何请求。',

  'progress.listing': (accountCount) => `正在列出线路…（${accountCount} 个账户）`,
  'progress.reading': (done, total, accountCount) => `正在读取线路… ${done}/${total}（${accountCount} 个账户）`,
  'progress.pricing': (done, total) => `正在计算风险线路的续费价格… ${done}/${total}`,
  'progress.plans': (line) => `正在读取线路 ${line} 的套餐…`,
  'progress.methods': (line) => `正在读取线路 ${line} 的支付方式…`,
  'progress.loggingIn': (account) => `正在登录 ${account}…`,
  'progress.savingTokens': '正在保存令牌…',
  'progress.findingLine': (accountCount) => `正在查找线路…（${accountCount} 个账户）`,

  'status.col.keptUntilShort': '保号至',
  'table.hidden': (columns) => `为适应终端宽度已隐藏：${columns}。使用 --wide 显示全部列，或用 --columns 选择列。`,
  'table.hiddenWide': (columns) => `为适应终端宽度已隐藏：${columns}。使用 --wide 显示全部列。`,
  'table.badColumn': (name, valid) => `--columns：没有名为 "${name}" 的列；可选：${valid}`,
  'table.noColumns': '--columns 列表为空；请至少指定一列，例如 --columns "line,days"',
  'help.opt.columns': '要显示的列及顺序（逗号分隔），例如 "line,state,days,kept"',
  'help.opt.wide': '完整显示所有列，不论终端多宽',
};
