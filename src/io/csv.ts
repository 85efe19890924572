// RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote or line break.

function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(head: string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return [head, ...rows].map((row) => row.map((cell) => field(String(cell))).join(',')).join('\r\n') + '\r\n';
}

export type CsvParse = { ok: true; rows: string[][] } | { ok: false; line: number; problem: 'unclosed-quote' | 'stray-quote' };

/**
 * Parse RFC 4180 text (CRLF or LF line ends, quoted fields with "" for a quote, line breaks inside quotes).
 * A leading byte-order mark is dropped and blank lines are skipped. Pure: the caller reads the file.
 */
export function parseCsv(text: string): CsvParse {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let wasQuoted = false;
  let line = 1;
  let quoteLine = 1;
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const endRow = () => {
    row.push(cell);
    if (!(row.length === 1 && row[0] === '' && !wasQuoted)) rows.push(row);
    row = [];
    cell = '';
    wasQuoted = false;
  };
  for (let i = 0; i < input.length; i++) {
    const c = input[i] as string;
    if (quoted) {
      if (c === '"') {
        if (input[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n') line++;
        cell += c;
      }
      continue;
    }
    if (c === '"') {
      if (cell !== '') return { ok: false, line, problem: 'stray-quote' };
      quoted = true;
      wasQuoted = true;
      quoteLine = line;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
      wasQuoted = false;
    } else if (c === '\r' && input[i + 1] === '\n') {
      continue;
    } else if (c === '\n') {
      endRow();
      line++;
    } else {
      if (wasQuoted) return { ok: false, line, problem: 'stray-quote' };
      cell += c;
    }
  }
  if (quoted) return { ok: false, line: quoteLine, problem: 'unclosed-quote' };
  if (cell !== '' || row.length > 0 || wasQuoted) endRow();
  return { ok: true, rows };
}
