// Label and note text as `leb line label|note` and `line add --label` take it: one line, not too long.

import { UsageError } from '../../errors.js';
import type { Messages } from '../../io/messages/index.js';

export type NoteField = 'label' | 'note';

export interface LineNotesOptions {
  field: NoteField;
  /** As typed: id, number, ICCID or alias. */
  line: string;
  /** The new text; null clears it. */
  text: string | null;
}

export const MAX_LENGTH: Record<NoteField, number> = { label: 64, note: 500 };

/** Trimmed text, null for empty; one line without control characters, and not too long. */
export function toLineNotesOptions(field: NoteField, line: string, text: string, t: Messages): LineNotesOptions {
  const trimmed = text.trim();
  const what = t[`line.what.${field}`];
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) throw new UsageError(t['line.control'](what));
  if ([...trimmed].length > MAX_LENGTH[field]) throw new UsageError(t['line.tooLong'](what, MAX_LENGTH[field]));
  return { field, line, text: trimmed === '' ? null : trimmed };
}
