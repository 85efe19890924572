// Every user-facing string, in English. zh-CN.ts must provide the same keys (the type checker enforces it).
// Data (JSON, CSV, ids, ISO dates) is never translated; only what people read.

import type { Widen } from './types.js';
import { mergeCatalogue } from './merge.js';
import { cliEn } from './cli.en.js';
import { carriersEn } from './carriers.en.js';
import { trackedEn } from './tracked.en.js';
import { carrierEn } from './carrier.en.js';
import { reloadlyEn } from './reloadly.en.js';
import { httpEn } from './http.en.js';
import { payEn } from './pay.en.js';
import { checkEn } from './check.en.js';
import { remindEn } from './remind.en.js';
import { plansUntilEn } from './plans-until.en.js';
import { lineEn } from './line.en.js';
import { configEn } from './config.en.js';
import { statusViewEn } from './status-view.en.js';
import { autopilotEn } from './autopilot.en.js';
import { stateEn } from './state.en.js';
import { bulkEn } from './bulk.en.js';
import { terminalEn } from './terminal.en.js';
import { sandboxClockEn } from './sandbox-clock.en.js';
import { historyEn } from './history.en.js';

/** What is not kept in a file of its own; exported for zh-CN.ts's type. */
export const generalEn = {
  // Help
  'help.program': 'Keep prepaid SIM and eSIM numbers alive: status, top-up, renew and reminders.',
  'help.opt.json': 'print machine-readable JSON on stdout',
  'help.opt.account': 'use this account (default: LEB_ACCOUNT, then the default account)',
  'help.opt.sandbox': 'use the embedded sandbox carrier (zero setup, never touches real accounts)',
  'help.opt.noInput': 'never prompt; fail instead when a value is missing',
  'help.opt.yes': 'confirm payments and removals without asking',
  'help.opt.noColor': 'disable colour (also NO_COLOR)',
  'help.opt.lang': 'language of messages: en or zh-CN',
  'help.opt.timeout': 'seconds to wait on the provider in total (default 30)',
  'help.opt.debug': 'print diagnostic details (never secrets) on stderr',
  'help.opt.line': 'line id, number, ICCID, alias or your label (as `leb status` prints)',
  'help.status': 'every line, most urgent first: days left, expiry, keep-number deadline, balance',
  'help.plans': 'the plan catalogue with price per day',
  'help.account': 'add, list, choose and remove provider accounts',
  'help.account.add': 'add an account and log in',
  'help.account.list': 'list accounts and where their credentials are kept',
  'help.account.use': 'make an account the default',
  'help.account.remove': 'remove an account and its stored credentials',
  'help.account.provider': 'sandbox, http, airalo or reloadly',
  'help.sandbox': 'the sandbox carrier: reset the embedded one, move its clock, or serve the leb Provider API',
  'help.sandbox.reset': 'forget the embedded sandbox state and its clock; fresh demo lines on next use',
  'help.examples': 'Examples:',

  // Generic
  'error.prefix': 'error',
  'warning.prefix': 'warning',
  'error.internal': (message: string) => `unexpected error: ${message}`,
  'error.internalHint': 'This is a bug in leb. Run again with --debug and report the output (it contains no secrets).',
  'state.unsafeFile': (file: string, what: string) => `${file} is ${what}, not a regular file of yours; leb will not read, write or replace it`,
  'state.tightened': (path: string, mode: string) => `${path} was open to other users (mode ${mode}); leb made it private to you (0600 files, 0700 directories)`,
  'state.unsafeFileHint': 'Move it away (leb keeps only regular files, owned by you, under LEB_HOME), then run the command again.',
  'state.problem.symlink': 'a symbolic link',
  'state.problem.fifo': 'a named pipe (FIFO)',
  'state.problem.device': 'a device',
  'state.problem.directory': 'a directory',
  'state.problem.socket': 'a socket',
  'state.problem.not-owner': "another user's file",
  'state.problem.other': 'a special file',
  'error.system.file': (path: string, why: string) => `cannot use ${path}: ${why}`,
  'error.system.output': (why: string) => `cannot write the output: ${why}`,
  'error.system.permissionHint': 'Check the owner and mode of LEB_HOME and its files (leb keeps them 0700 and 0600, owned by you).',
  'error.system.EACCES': 'permission denied',
  'error.system.EPERM': 'operation not permitted',
  'error.system.ENOSPC': 'no space left on the device',
  'error.system.EDQUOT': 'disk quota exceeded',
  'error.system.EROFS': 'the file system is read-only',
  'error.system.EIO': 'input/output error',
  'error.system.EMFILE': 'too many open files',
  'error.system.ENFILE': 'too many open files in the system',
  'error.unknownCommand': (name: string) => `unknown command "${name}"`,
  'error.unknownOption': (flag: string) => `unknown option ${flag}`,
  'error.usageHint': (command: string) => `Run "${command} --help" for usage.`,
  'error.invalidLang': (value: string) => `--lang "${value}" is not supported; use en or zh-CN`,
  'error.commandTimedOut': (seconds: number) => `stopped: the command ran past --timeout ${seconds} s; nothing was paid after that point`,
  'error.commandTimedOutHint': (seconds: number) => `Give it longer, e.g. --timeout ${seconds}.`,
  'error.invalidTimeout': (value: string) => `--timeout "${value}" is not a number of seconds; use e.g. --timeout 30`,
  'error.invalidLineRef': (value: string) => `no line "${value}"; run "leb status" to see line ids`,
  'error.ambiguousLine': (value: string, candidates: string) =>
    `"${value}" matches several lines (${candidates}); pass one of them as written, or choose the account with --account <name>`,
  'error.provider.auth': (account: string, message: string) => `${account}: authentication failed: ${message}`,
  'error.provider.authHint': (account: string, provider: string, endpoint: string | null) =>
    `Log in to ${account} again (${provider}${endpoint === null ? '' : ` at ${endpoint}`}; labels, notes and history stay): leb account login ${account}`,
  'error.provider.authHintClient': (account: string, provider: string, endpoint: string | null) =>
    `Log in to ${account} again with its client secret (${provider}${endpoint === null ? '' : ` at ${endpoint}`}; labels, notes and history stay): leb account login ${account}, or pipe the secret to leb account login ${account} --secret-stdin`,
  'error.provider.authHintUnsaved': 'Nothing was saved; check the credentials you gave and run the command again.',
  'error.provider.authHintPlain': (account: string) => `Log in again (labels, notes and history stay): leb account login ${account}`,
  'error.provider.authHintAny': 'Run "leb account list" to see your accounts, then "leb account login <name>".',
  'help.account.login.cmd': 'log in again in place: the stored endpoint and login (or client id), a new password, token or client secret; labels, notes and history stay',
  'account.loginNotNeeded': (name: string) => `${name} is a sandbox account: there is nothing to log in to.`,
  'account.loginManual': (name: string) => `${name} holds lines you track yourself: there is nothing to log in to.`,
  'account.loginWrongFlags': (name: string, provider: string, flags: string) => `${name} (provider ${provider}) logs in with ${flags}`,
  'account.clientIdChange': (name: string, orders: number) =>
    `${name} has ${orders} unsettled ${orders === 1 ? 'order' : 'orders'} under its current client id; run "leb reconcile" before changing --client-id`,
  'account.loggedIn': (name: string, lines: number) => `Logged in to ${name} again (${lines} ${lines === 1 ? 'line' : 'lines'}); its labels, notes and history are kept.`,

  'error.provider.unreachable': (account: string, message: string) => `${account}: provider unreachable: ${message}`,
  'error.provider.refused': (account: string, message: string) => `${account}: refused by the provider: ${message}`,
  'error.provider.unknownOutcome': (account: string, message: string) =>
    `${account}: the payment may or may not have been applied: ${message}`,
  'error.provider.unknownOutcomeHint': 'It is recorded as "unknown"; run "leb reconcile" to settle it. Nothing will be paid twice.',
  'error.provider.invalidRequest': (account: string, message: string) => `${account}: ${message}`,
  'error.provider.badResponse': (account: string, message: string) => `${account}: the provider sent an answer leb cannot read: ${message}`,
  'error.provider.busy': (account: string, message: string) => `${account}: ${message}`,
  'error.corrupt': (file: string) => `cannot use ${file}`,

  // Accounts
  'account.none': 'No account yet.',
  'account.noneHint':
    'Add one with "leb account add <name> --provider sandbox|http|airalo", or try leb with zero setup: "leb --sandbox status".',
  'account.unknown': (name: string) => `no account named "${name}"`,
  'account.unknownHint': 'Run "leb account list" to see your accounts.',
  'account.invalidName': (name: string) =>
    `account name "${name}" is not valid; use 1-32 letters, digits, ".", "_" or "-", starting with a letter or digit`,
  'account.exists': (name: string) => `an account named "${name}" already exists; remove it first or pick another name`,
  'account.reservedName': (name: string) => `"${name}" is reserved for the embedded sandbox (--sandbox); pick another name`,
  'account.invalidProvider': (value: string) => `--provider "${value}" is not one of sandbox, http, airalo, reloadly`,
  'account.providerMissing': 'missing --provider; use --provider sandbox, http, airalo or reloadly',
  'account.providerNotYet': (kind: string) => `the ${kind} provider is not available in this version of leb yet`,
  'account.added': (name: string, lines: number) => `Added account ${name} (${lines} ${lines === 1 ? 'line' : 'lines'}).`,
  'account.nowDefault': (name: string) => `${name} is now the default account.`,
  'account.removed': (name: string) => `Removed account ${name}.`,
  'account.removeConfirm': (name: string) => `Remove account ${name} and its stored credentials?`,
  'account.removeNeedsYes': (name: string, why: string) => `removing ${name} needs confirmation; ${why}, pass --yes`,
  'account.removes.also': (parts: string) => `This also deletes ${parts}. Order history stays.`,
  'account.removes.nothingElse': 'Nothing else is stored for it; order history stays.',
  'account.removes.separator': ', ',
  'account.removes.credentials': 'its stored credentials',
  'account.removes.labels': (n: number) => (n === 1 ? '1 line label' : `${n} line labels`),
  'account.removes.notes': (n: number) => (n === 1 ? '1 line note' : `${n} line notes`),
  'account.removes.tracked': (n: number) => (n === 1 ? '1 tracked line' : `${n} tracked lines`),
  'account.removes.policies': (n: number) => (n === 1 ? '1 keep-alive policy' : `${n} keep-alive policies`),
  'account.removes.cache': (n: number) => (n === 1 ? '1 cached line status' : `${n} cached line statuses`),

  'account.cancelled': 'Cancelled; nothing was changed.',
  'account.listEmpty': 'No accounts. Add one with "leb account add <name> --provider sandbox".',
  'account.col.name': 'Account',
  'account.col.provider': 'Provider',
  'account.col.endpoint': 'Endpoint',
  'account.col.login': 'Login',
  'account.col.credentials': 'Credentials',
  'account.col.default': 'Default',
  'account.col.balance': 'Balance',
  'account.readingBalances': 'Reading account balances…',
  'account.credentials.none': 'none needed',
  'account.credentials.keyring': 'OS keyring',
  'account.credentials.file': (file: string) => `file ${file}`,
  'account.ambiguous': (names: string) => `several accounts and no default: pass --account <name> (one of ${names})`,
  'account.ambiguousHint': 'Or choose a default: leb account use <name>',
  'account.nameMissing': 'missing account name; e.g. leb account add hk-main --provider sandbox',

  // Status
  'status.col.line': 'Line',
  'status.col.account': 'Account',
  'status.col.number': 'Number',
  'status.col.state': 'State',
  'status.col.daysLeft': 'Days left',
  'status.col.expires': 'Expires',
  'status.col.keptUntil': 'Number kept until',
  'status.col.balance': 'Balance',
  'status.col.data': 'Data',
  'status.col.plan': 'Plan',
  'status.state.active': 'active',
  'status.state.grace': 'grace',
  'status.state.expired': 'expired',
  'status.state.recycled': 'recycled',
  'status.state.inactive': 'inactive',
  'status.state.unknown': 'unknown',
  'status.days': (n: number) => (n === 0 ? 'today' : n < 0 ? `${-n} ${n === -1 ? 'day' : 'days'} ago` : `${n} ${n === 1 ? 'day' : 'days'}`),
  'status.unlimited': 'unlimited',
  'status.autoRenew': 'auto',
  'status.noLines': 'No lines.',
  'status.accountFailed': (account: string, message: string) => `${account}: could not fetch status: ${message}`,
  'status.plain': (line: string, state: string, days: string, expires: string, kept: string) =>
    `${line}  ${state}  ${days}  expires ${expires}  number kept until ${kept}`,

  // Picking a line
  'pick.line': 'Which line?',
  'pick.lineSearch': 'Which line? (type to filter by number, label or id; Enter takes the most urgent)',
  'pick.noMatch': (typed: string) => `No line matches "${typed}"; Backspace to change it`,
  'pick.lineState': (state: string, expires: string) => `${state}, expires ${expires}`,
  'pick.lineMissing': (command: string) => `missing --line: several lines could be meant; e.g. leb ${command} --line <id> (ids from "leb status")`,

  'sandbox.reset': 'Sandbox reset: fresh demo lines on next use, on the real clock.',

  // Plans
  'plans.col.plan': 'Plan',
  'plans.col.name': 'Name',
  'plans.col.price': 'Price',
  'plans.col.validity': 'Validity',
  'plans.col.perDay': 'Per day',
  'plans.validityDays': (n: number) => `${n} days`,
  'plans.none': 'This line has no plans.',
} as const;

// Areas kept in their own files so they can change independently.
export const en = mergeCatalogue(
  generalEn,
  cliEn,
  payEn,
  httpEn,
  checkEn,
  remindEn,
  plansUntilEn,
  lineEn,
  configEn,
  statusViewEn,
  carrierEn,
  terminalEn,
  bulkEn,
  stateEn,
  autopilotEn,
  carriersEn,
  trackedEn,
  reloadlyEn,
  sandboxClockEn,
  historyEn,
);

export type Messages = Widen<typeof en>;
