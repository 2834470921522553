import { describe, expect, test } from 'vitest';
import { linesOf, SLICE } from '../../src/client/register-load.ts';

/** A response whose body arrives in the given pieces of bytes. */
function responseOf(pieces: readonly Uint8Array[]): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const p of pieces) controller.enqueue(p);
      controller.close();
    },
  });
  return new Response(body);
}

async function lines(res: Response): Promise<string[]> {
  const out: string[] = [];
  for await (const line of linesOf(res)) out.push(line);
  return out;
}

const bytes = (s: string) => new TextEncoder().encode(s);

describe('linesOf', () => {
  test('lines split across pieces are joined, blank lines dropped, and the last line kept', async () => {
    const res = responseOf([bytes('{"a":1}\n{"b"'), bytes(':2}\n\n'), bytes('{"c":3}')]);
    expect(await lines(res)).toEqual(['{"a":1}', '{"b":2}', '{"c":3}']);
  });
  test('a character whose bytes straddle two pieces or two slices stays whole', async () => {
    const all = bytes('"Gwent – Newport"\n"é"\n');
    const dash = 8; // the en dash's first byte: its three bytes are split between pieces
    expect(await lines(responseOf([all.subarray(0, dash + 1), all.subarray(dash + 1)]))).toEqual([
      '"Gwent – Newport"',
      '"é"',
    ]);
    // One piece larger than a slice, with the é's two bytes either side of the slice's end.
    const long = `${'x'.repeat(SLICE - 1)}é\nnext\n`;
    expect(await lines(responseOf([bytes(long)]))).toEqual([`${'x'.repeat(SLICE - 1)}é`, 'next']);
  });
  test('a piece many slices long gives every line, in order', async () => {
    const many = Array.from({ length: 5000 }, (_, i) => `{"n":${String(i)}}`);
    const got = await lines(responseOf([bytes(`${many.join('\n')}\n`)]));
    expect(got).toHaveLength(5000);
    expect(got[4999]).toBe('{"n":4999}');
  });
});
