// Characters a text cell may not hold: they are invisible, break files that carry the text on
// (a lone carriage return ends an iCalendar line), or reorder what a reader sees ("Report
// <U+202E>fdp.exe" displays as "Report exe.pdf"). Tab and the line breaks of a multi-line
// cell are allowed.

/**
 * C0 controls but tab and line feed, a lone carriage return, DEL and the C1 controls, the
 * noncharacters U+FFFE and U+FFFF, and the bidirectional embeddings, overrides and isolates.
 */
export const FORBIDDEN =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/;

const NAMES: Readonly<Record<number, string>> = {
  0x00: 'NULL',
  0x07: 'BELL',
  0x08: 'BACKSPACE',
  0x0b: 'LINE TABULATION',
  0x0c: 'FORM FEED',
  0x0d: 'CARRIAGE RETURN',
  0x1b: 'ESCAPE',
  0x7f: 'DELETE',
  0x85: 'NEXT LINE',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfffe: 'NONCHARACTER',
  0xffff: 'NONCHARACTER',
};

/** "U+202E RIGHT-TO-LEFT OVERRIDE", "U+0001 control character". */
export function codePointName(code: number): string {
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = NAMES[code];
  if (name !== undefined) return `${hex} ${name}`;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) ? `${hex} control character` : hex;
}

/** What is wrong with a cell's text, naming its first forbidden character, or null. */
export function forbiddenCharacter(cell: string): string | null {
  const m = FORBIDDEN.exec(cell);
  if (m === null) return null;
  const code = m[0].charCodeAt(0);
  const why =
    code >= 0x202a
      ? code >= 0xfffe
        ? 'which is not a character'
        : 'which can make text display in a misleading order'
      : code === 0x0d
        ? 'a carriage return that is not part of a line end'
        : 'an invisible control character';
  return `the cell holds ${codePointName(code)}, ${why} (expected text without it: delete it, or retype the cell)`;
}
