// 简体中文。键与 en.ts 一一对应（类型检查保证不缺）。JSON、CSV、ID 和 ISO 日期不翻译。

import type { Messages, generalEn } from './en.js';
import type { Widen } from './types.js';
import { mergeCatalogue } from './merge.js';
import { cliZhCN } from './cli.zh-CN.js';
import { carriersZhCN } from './carriers.zh-CN.js';
import { trackedZhCN } from './tracked.zh-CN.js';
import { carrierZhCN } from './carrier.zh-CN.js';
import { reloadlyZhCN } from './reloadly.zh-CN.js';
import { httpZhCN } from './http.zh-CN.js';
import { payZhCN } from './pay.zh-CN.js';
import { checkZhCN } from './check.zh-CN.js';
import { remindZhCN } from './remind.zh-CN.js';
import { plansUntilZhCN } from './plans-until.zh-CN.js';
import { lineZhCN } from './line.zh-CN.js';
import { configZhCN } from './config.zh-CN.js';
import { statusViewZhCN } from './status-view.zh-CN.js';
import { autopilotZhCN } from './autopilot.zh-CN.js';
import { stateZhCN } from './state.zh-CN.js';
import { bulkZhCN } from './bulk.zh-CN.js';
import { terminalZhCN } from './terminal.zh-CN.js';
import { sandboxClockZhCN } from './sandbox-clock.zh-CN.js';
import { historyZhCN } from './history.zh-CN.js';

const days = (n: number) => (n === 0 ? '今天' : n < 0 ? `${-n} 天前` : `${n} 天`);

export const generalZhCN: Widen<typeof generalEn> = {
  'help.program': '保号卡与 eSIM 管家：查询余额与有效期、充值、续费和到期提醒。',
  'help.opt.json': '在标准输出打印机器可读的 JSON',
  'help.opt.account': '使用此账户（默认依次取 LEB_ACCOUNT、默认账户）',
  'help.opt.sandbox': '使用内置沙盒运营商（无需设置，不影响真实账户）',
  'help.opt.noInput': '从不提示输入；缺少参数时直接报错',
  'help.opt.yes': '付款和删除无需再次确认',
  'help.opt.noColor': '关闭颜色（亦可设置 NO_COLOR）',
  'help.opt.lang': '消息语言：en 或 zh-CN',
  'help.opt.timeout': '等待运营商的总秒数（默认 30）',
  'help.opt.debug': '在标准错误输出诊断信息（绝不含密钥）',
  'help.opt.line': '线路 ID、号码、ICCID、别名或你的标签（与 `leb status` 显示一致）',
  'help.status': '列出所有线路（最紧急的在前）：剩余天数、到期日、保号截止日、余额',
  'help.plans': '套餐目录及每日价格',
  'help.account': '添加、列出、选择和删除运营商账户',
  'help.account.add': '添加账户并登录',
  'help.account.list': '列出账户及其凭据保存位置',
  'help.account.use': '设为默认账户',
  'help.account.remove': '删除账户及其保存的凭据',
  'help.account.provider': 'sandbox、http、airalo 或 reloadly',
  'help.sandbox': '沙盒运营商：重置内置沙盒、调整其时钟，或以 HTTP 提供 leb Provider API',
  'help.sandbox.reset': '清除内置沙盒的状态及其时钟；下次使用时重新生成演示线路',
  'help.examples': '示例：',

  'error.prefix': '错误',
  'warning.prefix': '警告',
  'error.internal': (message) => `意外错误：${message}`,
  'error.internalHint': '这是 leb 的缺陷。请加 --debug 重新运行并报告输出（其中不含密钥）。',
  'state.unsafeFile': (file, what) => `${file} 是${what}，不是属于您的普通文件；leb 不会读取、写入或替换它`,
  'state.tightened': (path, mode) => `${path} 曾对其他用户开放（权限 ${mode}）；leb 已将其改为仅您可访问（文件 0600，目录 0700）`,
  'state.unsafeFileHint': '请将其移走（leb 在 LEB_HOME 下只保存属于您的普通文件），然后重新运行该命令。',
  'state.problem.symlink': '符号链接',
  'state.problem.fifo': '命名管道（FIFO）',
  'state.problem.device': '设备文件',
  'state.problem.directory': '目录',
  'state.problem.socket': '套接字',
  'state.problem.not-owner': '其他用户的文件',
  'state.problem.other': '特殊文件',
  'error.system.file': (path, why) => `无法使用 ${path}：${why}`,
  'error.system.output': (why) => `无法写出输出：${why}`,
  'error.system.permissionHint': '请检查 LEB_HOME 及其中文件的所有者和权限（leb 将其保持为 0700 和 0600，且属于您）。',
  'error.system.EACCES': '权限被拒绝',
  'error.system.EPERM': '操作不被允许',
  'error.system.ENOSPC': '设备上没有剩余空间',
  'error.system.EDQUOT': '超出磁盘配额',
  'error.system.EROFS': '文件系统为只读',
  'error.system.EIO': '输入/输出错误',
  'error.system.EMFILE': '打开的文件过多',
  'error.system.ENFILE': '系统中打开的文件过多',
  'error.unknownCommand': (name) => `未知命令“${name}”`,
  'error.unknownOption': (flag) => `未知选项 ${flag}`,
  'error.usageHint': (command) => `运行“${command} --help”查看用法。`,
  'error.invalidLang': (value) => `不支持 --lang “${value}”；请使用 en 或 zh-CN`,
  'error.commandTimedOut': (seconds) => `已停止：命令运行超过 --timeout ${seconds} 秒；此后没有付款`,
  'error.commandTimedOutHint': (seconds) => `请给它更长时间，例如 --timeout ${seconds}。`,
  'error.invalidTimeout': (value) => `--timeout “${value}” 不是秒数；例如 --timeout 30`,
  'error.invalidLineRef': (value) => `没有线路“${value}”；运行“leb status”查看线路 ID`,
  'error.ambiguousLine': (value, candidates) => `“${value}”匹配多条线路（${candidates}）；请照原样传入其中之一，或用 --account <名称> 指定账户`,
  'error.provider.auth': (account, message) => `${account}：认证失败：${message}`,
  'error.provider.authHint': (account, provider, endpoint) =>
    `请重新登录 ${account}（${provider}${endpoint === null ? '' : `，${endpoint}`}；标签、备注和订单记录保留）：leb account login ${account}`,
  'error.provider.authHintClient': (account, provider, endpoint) =>
    `请用客户端密钥重新登录 ${account}（${provider}${endpoint === null ? '' : `，${endpoint}`}；标签、备注和订单记录保留）：leb account login ${account}，或把密钥通过管道传给 leb account login ${account} --secret-stdin`,
  'error.provider.authHintUnsaved': '未保存任何内容；请检查所给的凭据后重新运行该命令。',
  'error.provider.authHintPlain': (account) => `请重新登录（标签、备注和订单记录保留）：leb account login ${account}`,
  'error.provider.authHintAny': '运行“leb account list”查看账户，然后运行“leb account login <名称>”。',
  'help.account.login.cmd': '原地重新登录：沿用保存的地址和登录名（或客户端 ID），输入新密码、令牌或客户端密钥；标签、备注和订单记录保留',
  'account.loginNotNeeded': (name) => `${name} 是沙盒账户，没有需要登录的地方。`,
  'account.loginManual': (name) => `${name} 存放的是你自己记录的线路，没有需要登录的地方。`,
  'account.loginWrongFlags': (name, provider, flags) => `${name}（运营商 ${provider}）登录需要 ${flags}`,
  'account.clientIdChange': (name, orders) => `${name} 在当前客户端 ID 下有 ${orders} 笔未结订单；请先运行“leb reconcile”再更改 --client-id`,
  'account.loggedIn': (name, lines) => `已重新登录 ${name}（${lines} 条线路）；标签、备注和订单记录均保留。`,

  'error.provider.unreachable': (account, message) => `${account}：无法连接运营商：${message}`,
  'error.provider.refused': (account, message) => `${account}：运营商拒绝：${message}`,
  'error.provider.unknownOutcome': (account, message) => `${account}：付款结果未知，可能已扣款：${message}`,
  'error.provider.unknownOutcomeHint': '已记录为“unknown”；运行“leb reconcile”核对。绝不会重复扣款。',
  'error.provider.invalidRequest': (account, message) => `${account}：${message}`,
  'error.provider.badResponse': (account, message) => `${account}：运营商返回了无法识别的应答：${message}`,
  'error.provider.busy': (account, message) => `${account}：${message}`,
  'error.corrupt': (file) => `无法使用 ${file}`,

  'account.none': '还没有账户。',
  'account.noneHint': '用“leb account add <名称> --provider sandbox|http|airalo”添加，或先免设置试用：“leb --sandbox status”。',
  'account.unknown': (name) => `没有名为“${name}”的账户`,
  'account.unknownHint': '运行“leb account list”查看你的账户。',
  'account.invalidName': (name) => `账户名“${name}”无效；请用 1-32 个字母、数字、“.”、“_”或“-”，并以字母或数字开头`,
  'account.exists': (name) => `已存在名为“${name}”的账户；请先删除或换个名称`,
  'account.reservedName': (name) => `“${name}”保留给内置沙盒（--sandbox）；请换个名称`,
  'account.invalidProvider': (value) => `--provider “${value}” 不是 sandbox、http、airalo、reloadly 之一`,
  'account.providerMissing': '缺少 --provider；请使用 --provider sandbox、http、airalo 或 reloadly',
  'account.providerNotYet': (kind) => `此版本的 leb 暂不支持 ${kind} 运营商`,
  'account.added': (name, lines) => `已添加账户 ${name}（${lines} 条线路）。`,
  'account.nowDefault': (name) => `${name} 现为默认账户。`,
  'account.removed': (name) => `已删除账户 ${name}。`,
  'account.removeConfirm': (name) => `删除账户 ${name} 及其保存的凭据？`,
  'account.removeNeedsYes': (name, why) => `删除 ${name} 需要确认：${why}请加 --yes`,
  'account.removes.also': (parts) => `同时删除${parts}。订单记录保留。`,
  'account.removes.nothingElse': '没有其他相关数据；订单记录保留。',
  'account.removes.separator': '、',
  'account.removes.credentials': '其保存的凭据',
  'account.removes.labels': (n) => `${n} 个线路标签`,
  'account.removes.notes': (n) => `${n} 条线路备注`,
  'account.removes.tracked': (n) => `${n} 条手动跟踪的线路`,
  'account.removes.policies': (n) => `${n} 条保号策略`,
  'account.removes.cache': (n) => `${n} 条缓存的线路状态`,

  'account.cancelled': '已取消，未做任何更改。',
  'account.listEmpty': '没有账户。用“leb account add <名称> --provider sandbox”添加。',
  'account.col.name': '账户',
  'account.col.provider': '运营商类型',
  'account.col.endpoint': '接入地址',
  'account.col.login': '登录名',
  'account.col.credentials': '凭据',
  'account.col.default': '默认',
  'account.col.balance': '余额',
  'account.readingBalances': '正在读取账户余额…',
  'account.credentials.none': '无需凭据',
  'account.credentials.keyring': '系统钥匙串',
  'account.credentials.file': (file) => `文件 ${file}`,
  'account.ambiguous': (names) => `有多个账户且未设默认：请加 --account <名称>（可选 ${names}）`,
  'account.ambiguousHint': '或设置默认账户：leb account use <名称>',
  'account.nameMissing': '缺少账户名；例如 leb account add hk-main --provider sandbox',

  'status.col.line': '线路',
  'status.col.account': '账户',
  'status.col.number': '号码',
  'status.col.state': '状态',
  'status.col.daysLeft': '剩余',
  'status.col.expires': '到期日',
  'status.col.keptUntil': '保号截止',
  'status.col.balance': '余额',
  'status.col.data': '流量',
  'status.col.plan': '套餐',
  'status.state.active': '正常',
  'status.state.grace': '宽限期',
  'status.state.expired': '已过期',
  'status.state.recycled': '已回收',
  'status.state.inactive': '未激活',
  'status.state.unknown': '未知',
  'status.days': days,
  'status.unlimited': '不限量',
  'status.autoRenew': '自动续费',
  'status.noLines': '没有线路。',
  'status.accountFailed': (account, message) => `${account}：无法获取状态：${message}`,
  'status.plain': (line, state, daysText, expires, kept) => `${line}  ${state}  ${daysText}  到期 ${expires}  保号至 ${kept}`,

  'pick.line': '选择线路',
  'pick.lineSearch': '哪条线路？（输入号码、标签或 ID 筛选；直接按 Enter 选最紧急的一条）',
  'pick.noMatch': (typed) => `没有线路匹配“${typed}”；按退格键修改`,
  'pick.lineState': (state, expires) => `${state}，${expires} 到期`,
  'pick.lineMissing': (command) => `缺少 --line：有多条线路；例如 leb ${command} --line <ID>（ID 见“leb status”）`,

  'sandbox.reset': '沙盒已重置：下次使用时生成新的演示线路，并回到真实时钟。',

  'plans.col.plan': '套餐',
  'plans.col.name': '名称',
  'plans.col.price': '价格',
  'plans.col.validity': '有效期',
  'plans.col.perDay': '每日',
  'plans.validityDays': (n) => `${n} 天`,
  'plans.none': '此线路没有可选套餐。',
};

export const zhCN: Messages = mergeCatalogue(
  generalZhCN,
  cliZhCN,
  payZhCN,
  httpZhCN,
  checkZhCN,
  remindZhCN,
  plansUntilZhCN,
  lineZhCN,
  configZhCN,
  statusViewZhCN,
  carrierZhCN,
  terminalZhCN,
  bulkZhCN,
  stateZhCN,
  autopilotZhCN,
  carriersZhCN,
  trackedZhCN,
  reloadlyZhCN,
  sandboxClockZhCN,
  historyZhCN,
);
