// http 相关的简体中文消息；并入 zh-CN.ts。
import type { Widen } from './types.js';
import type { httpEn } from './http.en.js';

export const httpZhCN: Widen<typeof httpEn> = {
  // http 提供方自己的措辞（提供方返回的 detail 原样显示）
  'http.timedOut': (seconds: number) => `总共等待 ${seconds} 秒仍无应答（可用 --timeout 调大）`,
  'http.unreachable': (detail: string) => `无法连接提供方（${detail}）`,
  'http.net.refused': '连接被拒绝',
  'http.net.not-found': '找不到主机',
  'http.net.dropped': '连接中断',
  'http.net.timeout': '未及时应答',
  'http.net.other': '网络错误；加 --debug 查看详情',
  'http.rateLimited': '提供方一直回复“请求过多”（HTTP 429），请一分钟后再试',
  'http.serverError': (status: number) => `提供方出错，HTTP ${status}`,
  'http.status': (status: number) => `提供方回复 HTTP ${status}`,
  'http.notJson': '应答不是有效的 JSON',
  'http.badShape': (field: string, problem: string) => `应答中 ${field} 不符合预期：${problem}`,
  'http.busy': '提供方仍在处理使用同一幂等键的付款，请稍后再试',
  'http.tokenRejected': (detail: string) => `访问令牌续期后仍被提供方拒绝（${detail}）`,
  'http.noRefresh': '访问令牌被提供方拒绝，且没有可用于续期的刷新令牌',
  'http.noCredentials': (account: string) => `没有保存 ${account} 的令牌`,
  'http.noEndpoint': (account: string) => `账户 ${account} 没有有效的接口地址`,
  'http.pagingLoop': '提供方的号码列表没有尽头（分页游标重复）',

  // 凭据
  'credentials.fileFallback': (file: string) => `系统钥匙串没有响应；令牌已保存在 ${file}（仅你本人可读）`,
  'credentials.keyringUnavailable': (account: string, reason: string) =>
    `${account} 的令牌保存在系统钥匙串中，但现在无法访问（${reason}）；请解锁钥匙串，或重新添加该账户以改存到文件`,
  'credentials.removeFailed': (account: string, message: string) => `无法删除 ${account} 保存的令牌：${message}`,

  // account add --provider http
  'help.account.endpoint': '提供方 API 的基础地址（http）；除本机外必须使用 https://',
  'help.account.login': '在提供方的登录名（或客户端 ID）',
  'help.account.passwordStdin': '从标准输入读取密码（或客户端密钥）；只用于换取令牌，绝不保存',
  'help.account.tokenStdin': '从标准输入读取访问令牌，而不是登录',
  'http.endpointMissing': '缺少 --endpoint：提供方 API 的基础地址，例如 --endpoint https://api.example.com',
  'http.endpointPrompt': '提供方 API 地址',
  'http.endpointInvalid': (value: string) => `--endpoint "${value}" 不是 http(s) 地址；例如 --endpoint https://api.example.com`,
  'http.endpointInsecure': (value: string) =>
    `--endpoint ${value} 使用明文 http://，只允许用于本机（localhost、127.0.0.1、::1）；请使用 https://`,
  'http.endpointUserinfo': '--endpoint 中不能包含用户名或密码；请使用 --login 和 --password-stdin',
  'http.endpointQuery': '--endpoint 应为基础地址，不能带 ?查询参数 或 #片段',
  'http.loginMissing': '缺少 --login：你在该提供方的登录名',
  'http.loginPrompt': '登录名',
  'http.passwordPrompt': '密码（只用于换取令牌，绝不保存）',
  'http.secretMissing': '缺少凭据：请用 --password-stdin 通过管道传入密码（或用 --token-stdin 传入访问令牌）',
  'http.stdinEmpty': (flag: string) => `${flag}：标准输入为空；例如 printf %s "$PASSWORD" | leb account add <名称> ... ${flag}`,

  // leb status --concurrency
  'help.opt.concurrency': '同时查询的号码数（默认 16）',
  'status.badConcurrency': (value: string) => `--concurrency "${value}" 必须是 1 到 256 之间的整数`,

  // leb sandbox serve
  'help.sandbox.serve': '通过 HTTP 提供 leb Provider API，后端为沙盒运营商（参考实现、测试对端）',
  'help.serve.host': '监听地址（默认 127.0.0.1：仅限本机）',
  'help.serve.port': '监听端口；0 表示自动选择空闲端口（默认 0）',
  'help.serve.lines': '在演示账户下生成这么多号码（默认：4 个演示号码）',
  'help.serve.latency': '每次应答前等待的毫秒数（默认 0）',
  'help.serve.faults': '注入故障：逗号分隔的 latency=<毫秒>、error-500=<概率>、rate-limit=<概率>、reset-after-commit=<概率>、stall=<概率>、garble=<概率>',
  'help.serve.seed': '号码数据和故障抽取的随机种子（默认随机）',
  'serve.listening': (url: string, lines: number) => `leb Provider API（沙盒运营商，${lines} 个号码）运行于 ${url}`,
  'serve.login': (login: string, password: string) => `演示登录名：${login}   密码：${password}`,
  'serve.addAccount': '添加为账户：',
  'serve.faults': (spec: string, seed: number) => `故障：${spec}（种子 ${seed}）`,
  'serve.stopHint': '按 Ctrl+C 停止。',
  'serve.stopped': '已停止。',
  'serve.exposed': (host: string) => `正在监听 ${host}，不只限于本机：任何能访问它的人都能使用演示登录`,
  'serve.badPort': (value: string) => `--port "${value}" 不是有效端口（0-65535；0 表示自动选择空闲端口）`,
  'serve.badLines': (value: string) => `--lines "${value}" 必须是 1 到 100000 之间的整数`,
  'serve.badLatency': (value: string) => `--latency "${value}" 必须是 0 到 60000 之间的整数毫秒`,
  'serve.badSeed': (value: string) => `--seed "${value}" 必须是 0 到 2147483647 之间的整数`,
  'serve.badFault': (item: string, names: string) =>
    `无法理解 --faults "${item}"；请使用 名称=值，名称可为 ${names}，概率取 0 到 1，latency 以毫秒计`,
  'serve.badHost': (host: string, reason: string) => `--host ${host} 不是本机的地址（${reason}）；请使用 127.0.0.1（默认）或本机某个网卡的地址`,
  'serve.cannotListen': (address: string, reason: string) => `无法在 ${address} 上监听（${reason}）；请用 --port 换一个端口，或用 --port 0`,
};
