// Input that is broken the way real files get broken: cut off, re-saved in another encoding,
// hand-edited quotes, invisible characters, repeated rows, values the site cannot publish
// exactly. Each is refused (or warned about) with the file, line, column and what to do.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildDataset, type BuildResult } from '../../src/data/build-dataset.ts';
import { formatProblem } from '../../src/data/problems.ts';
import type { DataInput } from '../../src/data/read/tables.ts';
import { AS_OF, FIXTURES } from '../support/fixtures.ts';

type Files = Record<string, string | Uint8Array>;

/** The minimal valid data folder, as text by file name. */
function minimal(): Files {
  const dir = join(FIXTURES, 'valid-minimal');
  return Object.fromEntries(
    readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')] as const),
  );
}

function input(files: Files): DataInput {
  return {
    open: (file) => {
      const f = files[file];
      if (f === undefined) return null;
      const bytes = typeof f === 'string' ? new TextEncoder().encode(f) : f;
      // Small chunks, so characters, quotes and line ends straddle chunk boundaries.
      const chunks: Uint8Array[] = [];
      for (let i = 0; i < bytes.length; i += 5) chunks.push(bytes.subarray(i, i + 5));
      return chunks;
    },
    path: (file) => file,
  };
}

async function build(edit: (f: Files) => void): Promise<BuildResult & { messages: string[] }> {
  const files = minimal();
  edit(files);
  const result = await buildDataset(input(files), { asOf: AS_OF });
  return { ...result, messages: result.problems.map(formatProblem) };
}

const text = (f: Files, name: string): string => {
  const t = f[name];
  if (typeof t !== 'string') throw new Error(`${name} is not text`);
  return t;
};

describe('a file cut off or saved without a final line break', () => {
  test('gets a warning naming the file and its last line, and still builds', async () => {
    const r = await build((f) => {
      f['forces.csv'] = text(f, 'forces.csv').replace(/\n$/, '');
    });
    expect(r.dataset).not.toBeNull();
    expect(r.warnings.map(formatProblem)).toEqual([
      'forces.csv:2:1: the file does not end with a line break: if this file was cut off, its last row may be incomplete (expected a line break after the last row; check the row against its source)',
    ]);
  });

  test('a file cut inside a quoted cell is an error, not a shorter value', async () => {
    const r = await build((f) => {
      f['forces.csv'] =
        'id,name,name_cy,nation,source,location\ngwent,Gwent Police,,wales,report,"Ti';
    });
    expect(r.dataset).toBeNull();
    expect(r.messages[0]).toMatch(/^forces\.csv:2:6: a quoted cell is never closed/);
  });

  test('a file with its final line break builds with no warning', async () => {
    const r = await build(() => undefined);
    expect(r.warnings).toEqual([]);
    expect(r.dataset).not.toBeNull();
  });
});

describe('text cells hold text', () => {
  test.each([
    [
      '\u202E',
      'U+202E RIGHT-TO-LEFT OVERRIDE',
      'which can make text display in a misleading order',
    ],
    ['\u2066', 'U+2066 LEFT-TO-RIGHT ISOLATE', 'which can make text display in a misleading order'],
    ['\u0000', 'U+0000 NULL', 'an invisible control character'],
    ['\u007F', 'U+007F DELETE', 'an invisible control character'],
    ['\uFFFE', 'U+FFFE NONCHARACTER', 'which is not a character'],
    ['\u0001', 'U+0001 control character', 'an invisible control character'],
  ])('%j in a cell is refused, naming %s', async (char, name, why) => {
    const r = await build((f) => {
      f['findings.csv'] = text(f, 'findings.csv').replace(
        'Custody officers',
        `Report ${char}fdp.exe Custody officers`,
      );
    });
    expect(r.messages).toEqual([
      `findings.csv:2:5: the cell holds ${name}, ${why} (expected text without it: delete it, or retype the cell)`,
    ]);
  });

  test('a lone carriage return in a cell is refused; CRLF line ends are not', async () => {
    const r = await build((f) => {
      f['findings.csv'] = text(f, 'findings.csv')
        .replace('Custody officers', 'Custody\rofficers')
        .replaceAll('\n', '\r\n');
    });
    expect(r.messages).toEqual([
      'findings.csv:2:5: the cell holds U+000D CARRIAGE RETURN, a carriage return that is not part of a line end (expected text without it: delete it, or retype the cell)',
    ]);
  });

  test('tab and a line break inside a quoted cell are text', async () => {
    const r = await build((f) => {
      f['findings.csv'] = text(f, 'findings.csv').replace(
        'Custody officers do not know',
        '"Custody\tofficers\ndo not know"',
      );
    });
    // The cell is now quoted in the middle of a longer unquoted cell: rewrite it whole.
    expect(r.messages.length).toBeGreaterThan(0);
    const ok = await build((f) => {
      f['findings.csv'] =
        'inspection,area,kind,order,text,source,location,wording\ngwent-2019,custody,concern,1,"Custody\tofficers\ndo not know",report,Chapter 4,quoted\n';
    });
    expect(ok.messages).toEqual([]);
  });
});

describe('quotes', () => {
  test('a quote inside an unquoted cell is an error at its row and cell, saying what to do', async () => {
    const r = await build((f) => {
      f['forces.csv'] = text(f, 'forces.csv').replace('Gwent Police', 'Gwe"nt Police');
    });
    expect(r.messages).toEqual([
      'forces.csv:2:2: a quote inside a cell that is not quoted (expected the whole cell in quotes with the quote doubled, e.g. "Dorse""t Police", or no quote)',
    ]);
  });

  test('a quote that closes a cell too early is an error at its row and cell', async () => {
    const r = await build((f) => {
      f['forces.csv'] = text(f, 'forces.csv').replace('Gwent Police', '"Gwent" Police');
    });
    expect(r.messages).toEqual([
      'forces.csv:2:2: a quote inside a quoted cell that is not doubled (expected "" for each quote inside a quoted cell, and a comma or line end after the closing quote)',
    ]);
  });

  test('a doubled quote in a quoted cell is a quote in the text', async () => {
    const r = await build((f) => {
      f['forces.csv'] = text(f, 'forces.csv').replace('Gwent Police', '"Gwent ""Police"""');
    });
    expect(r.messages).toEqual([]);
    expect(r.dataset?.forces[0]?.name).toBe('Gwent "Police"');
  });
});

describe('encodings and line ends', () => {
  const utf16le = (s: string, bom: boolean): Uint8Array => {
    const body = new Uint8Array(s.length * 2);
    for (let i = 0; i < s.length; i++) body[i * 2] = s.charCodeAt(i);
    return bom ? new Uint8Array([0xff, 0xfe, ...body]) : body;
  };

  test.each([
    [true, 'UTF-16 (little-endian, with a byte-order mark)'],
    [false, 'UTF-16 (little-endian, without a byte-order mark)'],
  ])('UTF-16 (byte-order mark: %s) is named as such, with how to re-save', async (bom, name) => {
    const r = await build((f) => {
      f['forces.csv'] = utf16le(text(f, 'forces.csv'), bom);
    });
    expect(r.messages).toEqual([
      `forces.csv:1:1: the file is ${name} (expected a file saved as "CSV UTF-8": open it in a spreadsheet and save it again choosing "CSV UTF-8", or in a text editor choose the UTF-8 encoding)`,
    ]);
  });

  test('old Mac line ends are named once, not echoed as hundreds of problems', async () => {
    const r = await build((f) => {
      f['findings.csv'] = text(f, 'findings.csv').replaceAll('\n', '\r');
    });
    expect(r.messages).toEqual([
      'findings.csv:1:1: the file has old Mac line ends (a carriage return alone ends each line) (expected line feeds: open it in a spreadsheet and save it as "CSV UTF-8", or convert its line ends in a text editor)',
    ]);
  });
});

describe('root causes first', () => {
  test('an unreadable sources.csv is one problem, and the references to it one line per file', async () => {
    const r = await build((f) => {
      f['sources.csv'] = new Uint8Array([
        ...new TextEncoder().encode('id,title,publisher,published,url,note\nreport,Report '),
        0x96,
        ...new TextEncoder().encode(' 2019,HMIC,2019-06,,\n'),
      ]);
    });
    expect(r.messages).toEqual([
      'sources.csv:2:15: the file is not UTF-8: byte 0x96 cannot be read; in Windows-1252 that byte is "–" (expected a file saved as "CSV UTF-8", got another encoding, probably Windows-1252)',
    ]);
    expect(r.unchecked, r.unchecked.join('\n')).toContain(
      'inspections.csv: sources.csv could not be read in full, so 1 row referring to it was not checked against it; fix sources.csv first.',
    );
    expect(r.unchecked.every((l) => l.includes('sources.csv'))).toBe(true);
  });

  test('rows that refer to an inspection with a problem are counted, not passed over in silence', async () => {
    const r = await build((f) => {
      f['inspections.csv'] = text(f, 'inspections.csv').replace(
        'gwent-2019,gwent,inspection,,2019-02-04',
        'gwent-2019,gwent,inspection,,2019-02-44',
      );
    });
    expect(r.messages).toHaveLength(1);
    expect(r.unchecked).toContain(
      'findings.csv: 1 row referring to inspections with problems reported above (gwent-2019) was not checked further, and will be once those are fixed.',
    );
  });
});

describe('values and rules', () => {
  test('a key figure too large to keep exactly is refused, not published as null', async () => {
    const r = await build((f) => {
      f['key-figures.csv'] = text(f, 'key-figures.csv').replace(',1779,', `,1${'0'.repeat(400)},`);
    });
    expect(r.messages).toEqual([
      'key-figures.csv:2:4: value: too large (expected a number of 0 or more in digits, without commas, at most 15 significant digits (e.g. 1779 or 86.5), got "1' +
        '0'.repeat(400) +
        '")',
    ]);
  });

  test('a small decimal keeps its digits', async () => {
    const r = await build((f) => {
      f['key-figures.csv'] = text(f, 'key-figures.csv').replace(',1779,', ',0.0000001,');
    });
    expect(r.dataset?.keyFigures[0]?.value).toBe(0.0000001);
  });

  test('a date after the as-of date is refused', async () => {
    const r = await build((f) => {
      f['status-updates.csv'] = text(f, 'status-updates.csv').replace('2019-08-08', '2091-08-08');
    });
    expect(r.messages).toEqual([
      "status-updates.csv:3:3: date: after the build's as-of date (expected 2026-11-28 or earlier, got 2091-08-08); a date cannot be in the future",
    ]);
  });

  test('a status update repeated exactly is an error, not shown twice', async () => {
    const r = await build((f) => {
      const t = text(f, 'status-updates.csv');
      f['status-updates.csv'] = t + t.split('\n')[2] + '\n';
    });
    expect(r.messages).toEqual([
      'status-updates.csv:4:4: status: the same update appears twice: recommendation:1 of gwent-2019, in-progress on 2019-08-08 (expected each update once; first at line 3)',
    ]);
  });

  test('a discrepancy must be about the value the data uses', async () => {
    const r = await build((f) => {
      f['discrepancies.csv'] = text(f, 'discrepancies.csv').replace(
        'inspections:published,2019-06-27',
        'inspections:published,1999-01-01',
      );
    });
    expect(r.messages).toEqual([
      'discrepancies.csv:2:5: value: not the value the data uses for inspections:published (expected "2019-06-27", the value in inspections.csv, got "1999-01-01")',
    ]);
  });

  test('an id longer than 64 characters is refused before it becomes a file name', async () => {
    const long = 'a'.repeat(300);
    const r = await build((f) => {
      f['forces.csv'] = text(f, 'forces.csv').replace('gwent,Gwent', `${long},Gwent`);
    });
    expect(r.messages[0]).toBe(
      `forces.csv:2:1: id: too long (300 characters) (expected an id of lower-case letters, digits and hyphens, at most 64 characters, got "${long}")`,
    );
  });
});
