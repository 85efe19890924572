// LEB_HOME 下无法使用的文件（StateError 的各类问题）的简体中文消息；并入 zh-CN.ts。
import type { Widen } from './types.js';
import type { stateEn } from './state.en.js';

const keep = 'leb 不会覆盖它';

export const stateZhCN: Widen<typeof stateEn> = {
  'state.busy': (file) => `另一个 leb 进程正在使用 ${file}；请稍后再试`,
  'state.busyAiraloToken': (file) => `另一个 leb 进程正在向 Airalo 申请令牌（${file}）；请一分钟后再试`,
  'state.invalidValue': (file, path, detail) => `${file} 在 ${path} 处的值无效：${detail}；请修正或移走该文件，${keep}`,
  'state.notJson': (file, detail) => `${file} 不是有效的 JSON（${detail}）；请修正或移走该文件，${keep}`,
  'state.unreadable': (file, detail) => `无法读取 ${file}：${detail}`,
  'state.newerVersion': (file, stated, current) => `${file} 由更新版本的 leb 写入（配置版本 ${stated}；本 leb 最高支持 ${current}）；请升级 leb，${keep}`,
  'state.journalLineJson': (file, line) => `${file} 第 ${line} 行不是有效的 JSON；leb 不会覆盖订单日志，请修正或移走该行`,
  'state.journalLineEvent': (file, line) => `${file} 第 ${line} 行不是订单事件；leb 不会覆盖订单日志，请修正或移走该行`,
  'state.notOurs.sandbox-state': (file, detail) => `${file} 不是沙盒状态文件（${detail}）；请运行“leb sandbox reset”重新开始`,
  'state.notOurs.reloadly-token': (file) => `${file} 不是 leb 的令牌缓存；请删除它（leb 会向 Reloadly 申请新令牌），${keep}`,
  'state.notOurs.airalo-token': (file) => `${file} 不是 leb 的令牌缓存；请删除它（leb 会向 Airalo 申请新令牌），${keep}`,
  'state.notOurs.airalo-orders': (file) => `${file} 不是 leb 的 Airalo 订单记录；请修正或移走该文件，${keep}`,
  'state.notOurs.status-cache': (file) => `${file} 不是 leb 的状态缓存；请移走它（它只是缓存），然后重新运行“leb status”`,
  'state.notOurs.credentials': (file) => `${file} 不是 leb 的凭据文件；请修正或移走该文件（之后重新添加账户），${keep}`,
} as const;
