// English messages for the terminal itself: Ctrl-C, progress while waiting, tables fitted to the screen.
// Merged into en.ts.

const accounts = (n: number) => `${n} ${n === 1 ? 'account' : 'accounts'}`;

export const terminalEn = {
  'interrupt.done': 'Interrupted.',
  'interrupt.nothingSent': 'Interrupted before paying: nothing was sent.',

  'progress.listing': (accountCount: number) => `Listing lines… (${accounts(accountCount)})`,
  'progress.reading': (done: number, total: number, accountCount: number) => `Reading lines… ${done}/${total} (${accounts(accountCount)})`,
  'progress.pricing': (done: number, total: number) => `Pricing renewals of the lines at risk… ${done}/${total}`,
  'progress.plans': (line: string) => `Reading the plans of ${line}…`,
  'progress.methods': (line: string) => `Reading the payment methods of ${line}…`,
  'progress.loggingIn': (account: string) => `Logging in to ${account}…`,
  'progress.savingTokens': 'Storing the tokens…',
  'progress.findingLine': (accountCount: number) => `Looking for the line… (${accounts(accountCount)})`,

  'status.col.keptUntilShort': 'Kept until',
  'table.hidden': (columns: string) => `Hidden to fit the terminal: ${columns}. Use --wide to show every column, or --columns to choose.`,
  'table.hiddenWide': (columns: string) => `Hidden to fit the terminal: ${columns}. Use --wide to show every column.`,
  'table.badColumn': (name: string, valid: string) => `--columns: there is no column "${name}"; choose from ${valid}`,
  'table.noColumns': 'the --columns list is empty; name at least one column, e.g. --columns line,days',
  'help.opt.columns': 'the columns to show, in this order (comma-separated), e.g. line,state,days,kept',
  'help.opt.wide': 'show every column in full, however wide the terminal',
} as const;
