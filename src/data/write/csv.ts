// CSV for download, safe to open in a spreadsheet: papaparse writes it, and a text cell that starts
// with a character a spreadsheet treats as a formula gets an apostrophe in front and is quoted
// (OWASP's CSV-injection advice, papaparse's `escapeFormulae`).
import Papa from 'papaparse';

/** A cell value: text, a number, or null for blank ("not published"). */
export type CsvValue = string | number | null;

/**
 * Text a spreadsheet would run as a formula: starting with =, +, -, @, a tab or a carriage return.
 * A number written by `plainNumber` (such as a negative kappa, -0.25) is text by the time papaparse
 * sees it, and is left alone: a spreadsheet reads it as the number it is, which is no formula.
 */
const FORMULA = /^(?!-\d+(?:\.\d+)?$)[=+\-@\t\r]/;

/**
 * A number in plain digits, never in exponent form: String(0.0000001) is "1e-7", which is not
 * what the report wrote and which some spreadsheets read as text.
 */
export function plainNumber(value: number): string {
  // Most cells are counts, and formatting through Intl costs about 3 µs a number (a fifth of the
  // data build at a million case rows); a safe integer other than -0 reads the same either way.
  if (Number.isSafeInteger(value) && !Object.is(value, -0)) return String(value);
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

const cellText = (value: CsvValue): string | null =>
  typeof value === 'number' ? plainNumber(value) : value;

/**
 * Writes rows as RFC 4180 CSV with CRLF line ends (the last line too) and a header, every cell
 * made safe. A cell is quoted only where it must be: a comma, quote or line break in it, a space
 * at either end, or a formula made safe.
 */
export function toCsv(columns: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  // The header goes in as the first row: given as `fields` with no rows, papaparse would add a
  // blank row after it.
  const csv = Papa.unparse([[...columns], ...rows.map((r) => r.map(cellText))], {
    newline: '\r\n',
    escapeFormulae: FORMULA,
    quotes: false,
  });
  return `${csv}\r\n`;
}
