// commander 自身的帮助标题、帮助与版本选项、用法错误的简体中文；并入 zh-CN.ts。
import type { Widen } from './types.js';
import type { cliEn } from './cli.en.js';

export const cliZhCN: Widen<typeof cliEn> = {
  'help.title.usage': '用法：',
  'help.title.options': '选项：',
  'help.title.globalOptions': '全局选项：',
  'help.title.arguments': '参数：',
  'help.title.commands': '命令：',
  'help.opt.help': '显示命令帮助',
  'help.opt.version': '显示版本号',
  'help.cmd.help': '显示命令帮助',
  'help.choices': (list) => `（可选值：${list}）`,
  'help.default': (value) => `（默认：${value}）`,

  'usage.didYouMean': (names) => `（是否要输入 ${names}？）`,
  'usage.or': ' 或 ',
  'usage.missingArgument': (name) => `缺少必需的参数 <${name}>`,
  'usage.optionMissingArgument': (flags) => `选项 ${flags} 需要一个值`,
  'usage.missingOption': (flags) => `未提供必需的选项 ${flags}`,
  'usage.excessArguments': (command) => `“${command}”的参数过多`,
  'usage.conflictingOption': (a, b) => `${a} 不能与 ${b} 同时使用`,
  'usage.invalidArgument': (flags, value, reason) => `${flags}：“${value}”无效：${reason}`,
  'usage.choices': (list) => `请使用 ${list} 之一`,

  'prompt.yes': '是',
  'prompt.no': '否',
  'prompt.yesOrNo': (yes, no) => `请回答“${yes}”或“${no}”（也可输入 y 或 n）`,
  'prompt.key.navigate': '移动',
  'prompt.key.select': '选择',
  'prompt.key.toggle': '显示或隐藏',

  'usage.and': ' 和 ',
  'usage.jsonAndCsv': '--json 与 --csv 不能同时使用；请选其一',
  'noPrompt.no-input': '使用了 --no-input（或 LEB_NO_INPUT）时，',
  'noPrompt.ci': '在 CI 环境中，',
  'noPrompt.not-a-terminal': '非终端环境下（标准输入、标准输出和标准错误都须是终端才会提示），',
};
