// RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote or line break.

function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(head: string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return [head, ...rows].map((row) => row.map((cell) => field(String(cell))).join(',')).join('\r\n') + '\r\n';
}
