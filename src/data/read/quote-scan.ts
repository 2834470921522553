// Finds quotes that break a CSV file the way spreadsheets and hand edits break it, and says
// where and what to do. papaparse keeps a quote inside an unquoted cell as text and reports a
// quote not followed by a separator as "Trailing quote on quoted field is malformed" at column
// 1; an analyst needs the row, the cell and the fix.

/** A quote problem: where its record starts, the line and cell of the quote, and what to do. */
export interface QuoteFault {
  /** The line on which the record holding the quote starts, for dropping that record. */
  readonly record: number;
  readonly line: number;
  /** The cell's position in its record, from 1. */
  readonly column: number;
  readonly message: string;
}

const STRAY =
  'a quote inside a cell that is not quoted (expected the whole cell in quotes with the quote doubled, e.g. "Dorse""t Police", or no quote)';
const UNDOUBLED =
  'a quote inside a quoted cell that is not doubled (expected "" for each quote inside a quoted cell, and a comma or line end after the closing quote)';

/**
 * A scanner fed the text of a file chunk by chunk (with LF line ends). Cheap where it matters:
 * it does nothing until the file's first quote, then reads character codes, stopping only at
 * quotes, commas and line breaks.
 */
export class QuoteScanner {
  readonly faults: QuoteFault[] = [];
  /** Lines on which a record with a fault starts. */
  readonly badRecords = new Set<number>();
  /** Lines on which a record with a line break inside a quoted cell starts. */
  readonly multiLineRecords = new Set<number>();
  #line = 1;
  #record = 1;
  #cell = 1;
  #inQuotes = false;
  /** A quote inside a quoted cell ended the last chunk: the next character says what it was. */
  #pendingQuote = false;
  /** The character before the current chunk, for telling whether a quote opens a cell. */
  #previous = '\n';
  #active = false;

  /** The line the next character is on. */
  get line(): number {
    return this.#line;
  }

  /** Whether the text so far ends inside a quoted cell, so that a record goes on after it. */
  get open(): boolean {
    return this.#inQuotes || this.#pendingQuote;
  }

  feed(s: string): void {
    if (!this.#active) {
      const first = s.indexOf('"');
      if (first < 0) {
        this.#skip(s, s.length);
        // The next chunk's first quote is judged by this chunk's last character.
        if (s.length > 0) this.#previous = s[s.length - 1] ?? '\n';
        return;
      }
      this.#active = true;
      this.#skip(s, first);
      this.#scan(s, first);
    } else {
      this.#scan(s, 0);
    }
    if (s.length > 0) this.#previous = s[s.length - 1] ?? '\n';
  }

  /** Accounts for plain text before the first quote: its line breaks and commas. */
  #skip(s: string, end: number): void {
    let i = s.indexOf('\n');
    let lastBreak = -1;
    while (i >= 0 && i < end) {
      this.#line++;
      lastBreak = i;
      i = s.indexOf('\n', i + 1);
    }
    if (lastBreak >= 0) {
      this.#record = this.#line;
      this.#cell = 1;
    }
    for (let c = s.indexOf(',', lastBreak + 1); c >= 0 && c < end; c = s.indexOf(',', c + 1)) {
      this.#cell++;
    }
  }

  #fault(message: string): void {
    this.faults.push({ record: this.#record, line: this.#line, column: this.#cell, message });
    this.badRecords.add(this.#record);
  }

  #scan(s: string, from: number): void {
    let i = from;
    if (this.#pendingQuote) {
      if (s.length === 0) return;
      this.#pendingQuote = false;
      i = this.#afterQuote(s, -1);
    }
    // A loop over character codes rather than a regular expression: a file saved by Excel quotes
    // every cell, and matching each quote, comma and line break cost as much as parsing the file.
    const n = s.length;
    for (; i < n; i++) {
      const c = s.charCodeAt(i);
      // Quote (34), comma (44) and line feed (10) are the only codes here at or below 44.
      if (c > 44) continue;
      if (c === 10) {
        this.#line++;
        if (this.#inQuotes) this.multiLineRecords.add(this.#record);
        else {
          this.#record = this.#line;
          this.#cell = 1;
        }
      } else if (c === 44) {
        if (!this.#inQuotes) this.#cell++;
      } else if (c === 34) {
        if (this.#inQuotes) {
          i = this.#afterQuote(s, i) - 1;
        } else {
          const before = i > 0 ? s[i - 1] : this.#previous;
          if (before === ',' || before === '\n') this.#inQuotes = true;
          else this.#fault(STRAY);
        }
      }
    }
  }

  /** Reads what follows a quote inside a quoted cell at `i`; returns where scanning goes on. */
  #afterQuote(s: string, i: number): number {
    const next = s[i + 1];
    if (next === undefined) {
      this.#pendingQuote = true;
      return s.length;
    }
    if (next === '"') return i + 2; // a doubled quote: a quote in the text
    this.#inQuotes = false;
    if (next !== ',' && next !== '\n') this.#fault(UNDOUBLED);
    return i + 1;
  }
}
