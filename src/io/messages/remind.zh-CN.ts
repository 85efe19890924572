// leb remind: calendar reminders 的简体中文消息；并入 zh-CN.ts。
import type { Widen } from './types.js';
import type { remindEn } from './remind.en.js';

export const remindZhCN: Widen<typeof remindEn> = {
  'help.remind': '在每条线路的保号截止日之前生成日历提醒（iCalendar .ics 文件）',
  'help.remind.ics': '要写入的 .ics 文件，或用 - 输出到标准输出；与 leb 写的所有文件一样权限为 0600，原子替换',
  'help.remind.warnDays': '提前的天数，以逗号分隔（默认 30,7,1）',
  'help.remind.more': [
    '每条线路、每个提前天数各生成一个全天事件，都在运营商回收号码的日期之前，事件说明中附有要运行的命令。',
    '已经过去的提醒不会写入；已回收的线路没有提醒。',
    '事件 UID 保持不变，再次导入文件会更新原有事件而不会重复。',
    '即使文件位置由你指定，文件仍以 0600 权限创建（仅你本人可读）。',
  ].join('\n'),
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
};
