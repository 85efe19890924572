// English messages for tracked lines: line add|confirm|touch|remove|import, the validity source in status and
// check, and top-ups recorded after paying the carrier directly. Merged into en.ts.

const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;
const left = (n: number | null) => (n === null ? '' : n >= 0 ? ` (${days(n)} left)` : ` (${days(-n)} ago)`);

export const trackedEn = {
  // Help
  'help.line.add': 'track a line no provider reports: leb keeps its validity by the carrier\'s rule (a local "manual" account unless --account names one)',
  'help.line.carrier': 'the carrier\'s rule to apply (ids from "leb carriers")',
  'help.line.expires': 'the expiry date the carrier shows (YYYY-MM-DD)',
  'help.line.lastActivity': 'for activity-rule carriers: the day of the last call, SMS, data use or top-up (YYYY-MM-DD)',
  'help.line.addLabel': 'a label shown by status',
  'help.line.confirm': 'record what the carrier shows now: the expiry (or last activity) and optionally the balance',
  'help.line.balance': 'the balance the carrier shows, in its currency (e.g. 48.50)',
  'help.line.touch': 'record a chargeable event (call, SMS, data) on an activity-rule line',
  'help.line.touchDate': 'the day of the event (default: today)',
  'help.line.remove': 'stop tracking a line (its recorded top-ups stay in history)',

  // Flags and lookups
  'tracked.invalidNumber': (value: string) => `"${value}" is not a phone number in international form; write it with + and the country code, e.g. +85291234567`,
  'tracked.invalidDate': (flag: string, value: string) => `${flag} "${value}" is not a date; use YYYY-MM-DD, e.g. ${flag} 2027-03-31`,
  'tracked.bothDates': 'give either --expires or --last-activity, not both',
  'tracked.needDate': 'missing --expires <YYYY-MM-DD> (or --last-activity <YYYY-MM-DD> for an activity-rule carrier such as giffgaff)',
  'tracked.needCarrier': 'missing --carrier <id>; "leb carriers" lists them, e.g. --carrier cmhk-prepaid',
  'tracked.needLastActivity': (carrier: string, command: string) =>
    `${carrier} keeps a number by activity, so leb needs the day of the last call, SMS, data use or top-up: leb ${command} ... --last-activity <YYYY-MM-DD>`,
  'tracked.needExpires': (carrier: string, command: string) => `${carrier} keeps a number until an expiry date: leb ${command} ... --expires <YYYY-MM-DD> (the date the carrier shows)`,
  'tracked.future': (flag: string, value: string, today: string) => `${flag} ${value} is in the future (today is ${today} on the carrier's calendar)`,
  'tracked.already': (number: string, line: string) => `${number} is already tracked as ${line}; correct it with "leb line confirm ${line.split('/')[1] ?? line} --expires <date>"`,
  'tracked.notTracked': (ref: string) => `"${ref}" is not a tracked line; "leb status" lists lines, "leb line add" tracks one`,
  'tracked.accountNotManual': (name: string, provider: string) => `account ${name} is a ${provider} account, whose provider reports its own lines; leave out --account or name another`,
  'tracked.invalidBalance': (value: string, currency: string) => `--balance "${value}" is not an amount in ${currency}; e.g. --balance 48.50`,
  'tracked.invalidReceipt': (value: string) => `--receipt "${value}" is not a receipt reference: one line of at most 100 characters`,
  'tracked.invalidMethod': (value: string) => `--method "${value}" is not a method id: lower-case letters, digits and dashes, e.g. alipay, wechat, card, paypal, voucher`,
  'tracked.touchNotActivity': (line: string, carrier: string) => `${line} is on ${carrier}, which keeps a number by recharging, not by activity; record a top-up instead: leb topup --line ${line} --record`,
  'tracked.removeNeedsYes': (line: string) => `removing ${line} needs confirmation: pass --yes when not on a terminal`,
  'tracked.removeConfirm': (line: string, number: string) => `Stop tracking ${line} (${number})?`,

  // Results
  'tracked.added': (line: string, carrier: string, kept: string, n: number | null) => `Tracking ${line} on ${carrier}: number kept until ${kept}${left(n)}.`,
  'tracked.confirmed': (line: string, kept: string, n: number | null) => `Confirmed ${line}: number kept until ${kept}${left(n)}.`,
  'tracked.touched': (line: string, on: string, kept: string, n: number | null) => `Recorded activity on ${line} on ${on}: number kept until ${kept}${left(n)}.`,
  'tracked.removed': (line: string) => `No longer tracking ${line}.`,

  // Status and check
  'status.source.estimated': 'est.',
  'status.source.confirmed': 'yours',
  'tracked.staleEstimate': (line: string, from: string, command: string) =>
    `${line}: the expiry is leb's estimate from a payment on ${from}; check the carrier's app or SMS and confirm it: ${command}`,

  // plans --until for tracked lines
  'plans.until.action.activity': 'call, SMS or data',
  'plans.until.anyEvent': 'your tariff',
  'plans.until.activityTotal': (steps: number, kept: string) => `No purchase needed: one chargeable event by each date above (${steps}); number kept until ${kept}.`,
  'plans.until.unknownTotal': (steps: number, kept: string) => `${steps} ${steps === 1 ? 'payment' : 'payments'} of an amount leb does not know (see "leb carriers show"); number kept until ${kept}.`,
  'tracked.cannotPay': 'leb does not pay the carrier of a tracked line; pay on the carrier\'s page, then record it: leb topup --line <line> --record',

  // Recorded payments on tracked lines
  'help.topup.record': 'for a tracked line: record a top-up you paid on the carrier\'s page (needs --amount and --receipt without a terminal)',
  'help.topup.receipt': 'the carrier\'s receipt or transaction reference of the payment you are recording',
  'help.topup.web': 'for a tracked line: open the carrier\'s recharge page in your browser',
  'tracked.cannotPayHere': (line: string, carrier: string) => `leb does not pay ${carrier} for ${line}: pay on the carrier's page or app, then record it here.`,
  'tracked.noExtension': (expires: string) => `No payment made today would move the expiry (${expires}) further.`,
  'tracked.suggest.topup': (amount: string, expires: string, kept: string) => `A top-up of ${amount} today extends it to ${expires} (number kept until ${kept}).`,
  'tracked.suggest.renew': (amount: string, expires: string, kept: string) => `Buying the plan (${amount}) today extends it to ${expires} (number kept until ${kept}).`,
  'tracked.payBy': (date: string) => `The carrier may apply a recharge on the next working day: pay by ${date}.`,
  'tracked.noPage': (carrier: string) => `leb does not know ${carrier}'s recharge page; use the carrier's app or site (or add rechargeUrl in carriers.json)`,
  'tracked.recordHow': (line: string) => `nothing recorded: after paying on the carrier's page, record it: leb topup --line ${line} --amount <amount> --record --receipt <reference> --method <id> --yes`,
  'tracked.paidYet': 'Have you paid on the carrier\'s page? Record that payment now?',
  'tracked.nothingRecorded': 'Nothing was recorded.',
  'tracked.askAmount': (currency: string) => `Amount you paid (${currency})`,
  'tracked.askReceipt': 'Receipt or transaction reference',
  'tracked.askMethod': 'How you paid',
  'tracked.action.topup': (amount: string, method: string, receipt: string) => `record a top-up of ${amount} paid by ${method} (receipt ${receipt})`,
  'tracked.action.renew': (amount: string, method: string, receipt: string) => `record a plan bought for ${amount} by ${method} (receipt ${receipt})`,
  'tracked.recordConfirm': 'Record this payment?',
  'tracked.recordNeedsYes': 'recording a payment without a terminal needs --yes',
  'tracked.dryRun': 'Dry run: nothing was recorded.',
  'tracked.recorded': (amount: string, method: string, receipt: string, order: string) => `Recorded ${amount} (${method}, receipt ${receipt}) as ${order}.`,
  'tracked.duplicateReceipt': (receipt: string, order: string) => `receipt ${receipt} is already recorded for this line as ${order}; nothing was recorded again`,
  'tracked.notMoved.below-tiers': (line: string) => `${line}: this amount is below every tier of the carrier, so the expiry does not move`,
  'tracked.notMoved.unknown-tier': (line: string) => `${line}: leb does not know which amount extends this carrier's validity; confirm the new expiry with "leb line confirm"`,
  'tracked.notMoved.not-counted': (line: string) => `${line}: this carrier does not count buying credit as activity; the deadline does not move`,
  'tracked.notMoved.no-expiry': (line: string) => `${line}: no expiry is known yet; confirm it with "leb line confirm"`,
  'tracked.renewNotPlan': (line: string, carrier: string) => `${line} is on ${carrier}, which has no plan to renew; record a top-up instead: leb topup --line ${line} --record`,
  'tracked.topupOnPlan': (line: string, carrier: string) => `${line} is on ${carrier}, which keeps a number by buying a plan; record it with: leb renew --line ${line} --record`,
  'tracked.recordOnlyTracked': (line: string) => `${line} is paid through its provider; --record, --receipt and --web are for tracked lines (leb line add)`,
  'help.renew.record': 'for a tracked line on a plan carrier: record a plan you bought on the carrier\'s page',
  'help.renew.amount': 'for --record: what you paid for the plan',

  // line import
  'help.line.import': 'track many lines at once from a CSV file: every row checked first, nothing imported unless all are good',
  'help.line.importDryRun': 'check the file and report, import nothing',
  'help.line.importMore': [
    'The first row names the columns: number, carrier, expires, lastActivity, label, note (number and carrier are',
    'needed; expires for recharge and plan carriers, lastActivity for activity carriers such as giffgaff). Dates are',
    'YYYY-MM-DD. Every bad row is reported with its row number (the header is row 1), and exit 2.',
  ].join('\n'),
  'import.empty': 'the file has no rows to import: the first row must name the columns, e.g. number,carrier,expires,label,note',
  'import.unknownColumn': (name: string, known: string) => `unknown column "${name}"; the columns are ${known}`,
  'import.missingColumn': (name: string) => `missing column "${name}"`,
  'import.cellCount': (got: number, want: number) => `${got} cells where the header has ${want}`,
  'import.alreadyTracked': (number: string, line: string) => `${number} is already tracked as ${line}`,
  'import.duplicate': (number: string, row: number) => `${number} is also on row ${row}`,
  'import.invalidDate': (column: string, value: string) => `${column} "${value}" is not a date; use YYYY-MM-DD`,
  'import.needLastActivity': (carrier: string) => `${carrier} keeps a number by activity: fill in lastActivity (the day of the last call, SMS, data use or top-up)`,
  'import.needExpires': (carrier: string) => `${carrier} keeps a number until an expiry date: fill in expires`,
  'import.future': (value: string) => `lastActivity ${value} is in the future`,
  'import.problem': (row: number, column: string | null, message: string) => `row ${row}${column === null ? '' : `, ${column}`}: ${message}`,
  'import.nothing': (bad: number, total: number) => `nothing imported: ${bad} of ${total} ${total === 1 ? 'row has' : 'rows have'} problems (listed above); fix them and run the import again`,
  'import.dryRunOk': (total: number) => `All ${total} ${total === 1 ? 'row is' : 'rows are'} good; nothing imported (dry run).`,
  'import.done': (n: number) => `Imported ${n} ${n === 1 ? 'line' : 'lines'}.`,
  'import.csvError': (file: string, line: number, problem: string) => `${file} line ${line}: ${problem}; nothing imported`,
  'import.csv.unclosed-quote': 'a quoted field is never closed',
  'import.csv.stray-quote': 'a quote inside an unquoted field (quote the whole field and double the quote)',
  'import.file.not-found': (file: string) => `${file} does not exist; give the path of the CSV file to import`,
  'import.file.unreadable': (file: string) => `${file} cannot be read; check its permissions`,
  'import.file.too-large': (file: string) => `${file} is larger than 5 MB; is it the right file?`,
  'import.file.not-a-file': (file: string) => `${file} is not a file; give the path of the CSV file to import`,
} as const;
