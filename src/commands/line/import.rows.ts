// `leb line import`: every row of the CSV checked before anything is written. Returns the lines to add and a
// problem per bad cell; the run imports only when there are no problems.

import { normaliseE164 } from '../../app/tracked/flags.js';
import { dateIn, isLocalDate, toEpochDay } from '../../domain/dates.js';
import { findCarrier } from '../../domain/carriers/catalogue.js';
import type { Carrier } from '../../domain/carriers/types.js';
import type { Messages } from '../../io/messages/index.js';
import { MAX_LENGTH } from './notes.options.js';

export const IMPORT_COLUMNS = ['number', 'carrier', 'expires', 'lastActivity', 'label', 'note'] as const;
type Column = (typeof IMPORT_COLUMNS)[number];
const REQUIRED: readonly Column[] = ['number', 'carrier'];
/** Spellings spreadsheets tend to produce for the same column. */
const ALIASES: Record<string, Column> = { last_activity: 'lastActivity', 'last activity': 'lastActivity', lastactivity: 'lastActivity' };

export interface ImportRow {
  /** The spreadsheet row: the header is row 1. */
  row: number;
  number: string;
  carrier: Carrier;
  expires: string | null;
  lastActivity: string | null;
  label: string | null;
  note: string | null;
}

export interface ImportProblem {
  row: number;
  column: string | null;
  message: string;
}

export interface CheckedImport {
  rows: ImportRow[];
  problems: ImportProblem[];
}

/** `existing`: numbers already tracked, with their line reference. */
export function checkImport(table: string[][], catalogue: readonly Carrier[], existing: ReadonlyMap<string, string>, now: Date, t: Messages): CheckedImport {
  const problems: ImportProblem[] = [];
  const [header, ...data] = table;
  if (!header || data.length === 0) return { rows: [], problems: [{ row: 1, column: null, message: t['import.empty'] }] };
  const columns = header.map((name) => {
    const key = name.trim();
    return (IMPORT_COLUMNS as readonly string[]).includes(key) ? (key as Column) : (ALIASES[key.toLowerCase()] ?? null);
  });
  header.forEach((name, i) => {
    if (columns[i] === null) problems.push({ row: 1, column: name, message: t['import.unknownColumn'](name, IMPORT_COLUMNS.join(', ')) });
  });
  for (const required of REQUIRED) if (!columns.includes(required)) problems.push({ row: 1, column: required, message: t['import.missingColumn'](required) });
  if (problems.length > 0) return { rows: [], problems };

  const rows: ImportRow[] = [];
  const seen = new Map<string, number>();
  data.forEach((cells, index) => {
    const row = index + 2;
    const bad = (column: string | null, message: string) => problems.push({ row, column, message });
    if (cells.length !== header.length) return bad(null, t['import.cellCount'](cells.length, header.length));
    const cell = (column: Column): string | null => {
      const i = columns.indexOf(column);
      const value = i === -1 ? '' : (cells[i] ?? '').trim();
      return value === '' ? null : value;
    };
    const before = problems.length;
    const numberText = cell('number') ?? '';
    const number = normaliseE164(numberText);
    if (number === null) bad('number', t['tracked.invalidNumber'](numberText));
    else if (existing.has(number)) bad('number', t['import.alreadyTracked'](number, existing.get(number) as string));
    else if (seen.has(number)) bad('number', t['import.duplicate'](number, seen.get(number) as number));
    if (number !== null && !seen.has(number)) seen.set(number, row);

    const carrierId = cell('carrier') ?? '';
    const carrier = findCarrier(catalogue, carrierId.toLowerCase());
    if (!carrier) bad('carrier', t['carriers.notFound'](carrierId));
    const expires = cell('expires');
    const lastActivity = cell('lastActivity');
    for (const [column, value] of [['expires', expires], ['lastActivity', lastActivity]] as const) {
      if (value !== null && !isLocalDate(value)) bad(column, t['import.invalidDate'](column, value));
    }
    if (carrier) {
      if (carrier.rule.kind === 'activity') {
        if (lastActivity === null) bad('lastActivity', t['import.needLastActivity'](carrier.id));
        else if (isLocalDate(lastActivity) && toEpochDay(lastActivity) > toEpochDay(dateIn(now, carrier.timeZone))) bad('lastActivity', t['import.future'](lastActivity));
      } else if (expires === null) {
        bad('expires', t['import.needExpires'](carrier.id));
      }
    }
    const text = (column: 'label' | 'note'): string | null => {
      const value = cell(column);
      if (value === null) return null;
      const what = t[`line.what.${column}`];
      if (/[\u0000-\u001f\u007f]/.test(value)) bad(column, t['line.control'](what));
      else if ([...value].length > MAX_LENGTH[column]) bad(column, t['line.tooLong'](what, MAX_LENGTH[column]));
      return value;
    };
    const label = text('label');
    const note = text('note');
    if (problems.length > before || number === null || !carrier) return;
    const activity = carrier.rule.kind === 'activity';
    rows.push({ row, number, carrier, expires: activity ? null : expires, lastActivity: activity ? lastActivity : null, label, note });
  });
  return { rows, problems };
}
