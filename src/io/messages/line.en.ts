// English messages of leb line label|note. Merged into en.ts.

export const lineEn = {
  'help.line': 'track lines no provider reports (add, confirm, touch, remove, import), and label lines and keep notes on them',
  'help.line.label': 'set a line\'s label, shown by status (empty text clears it)',
  'help.line.note': 'set a line\'s note (empty text clears it)',
  'line.tooLong': (what: string, max: number) => `the ${what} is too long: at most ${max} characters`,
  'line.control': (what: string) => `the ${what} must be one line of text without control characters`,
  'line.labelSet': (line: string, label: string) => `Labelled ${line}: ${label}`,
  'line.labelCleared': (line: string) => `Cleared the label of ${line}.`,
  'line.noteSet': (line: string) => `Saved the note on ${line}.`,
  'line.noteCleared': (line: string) => `Cleared the note on ${line}.`,
  'line.what.label': 'label',
  'line.what.note': 'note',
} as const;
