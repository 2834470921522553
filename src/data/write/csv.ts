// CSV for download, safe to open in a spreadsheet: a text cell that starts with a character a
// spreadsheet treats as a formula is prefixed with an apostrophe (OWASP's CSV-injection advice).

/** A cell value: text, a number, or null for blank ("not published"). */
export type CsvValue = string | number | null;

const FORMULA = /^[=+\-@\t\r]/;

/**
 * A number in plain digits, never in exponent form: String(0.0000001) is "1e-7", which is not
 * what the report wrote and which some spreadsheets read as text.
 */
export function plainNumber(value: number): string {
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

/** Neutralises a text cell that a spreadsheet would run as a formula. */
export function safeCell(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return plainNumber(value);
  return FORMULA.test(value) ? `'${value}` : value;
}

function quoted(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** Writes rows as RFC 4180 CSV with CRLF line ends and a header, every cell made safe. */
export function toCsv(columns: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [
    columns.map((c) => quoted(safeCell(c))),
    ...rows.map((r) => r.map((v) => quoted(safeCell(v)))),
  ];
  return lines.map((l) => l.join(',')).join('\r\n') + '\r\n';
}
