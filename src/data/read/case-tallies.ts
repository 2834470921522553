// Case-level rows (one per audited case) can run to millions, so they are streamed into a count
// tensor per inspection rather than kept: memory grows with the number of areas and grades, not
// with the number of rows (apart from about 8 bytes a row for the duplicate-reference check).
import { sum } from 'd3-array';
import type { CountedDistribution, TotalBasis } from '../../dataset/types.ts';
import { ALL, SAMPLE_PARTS, type Sample } from '../../domain/vocabulary.ts';

/** What the accumulator needs to know about an inspection. */
export interface CaseContext {
  readonly grades: readonly string[];
  readonly areas: readonly string[];
}

/** Per inspection: counts[sample][area][forceGrade + 1 (0 = not assessed)][inspectorateGrade]. */
export interface CaseTally {
  readonly inspection: string;
  readonly grades: readonly string[];
  readonly areas: readonly string[];
  readonly counts: Float64Array;
  rows: number;
}

function tallyIndex(
  t: CaseTally,
  sample: number,
  area: number,
  force: number,
  insp: number,
): number {
  const k = t.grades.length;
  return ((sample * t.areas.length + area) * (k + 1) + (force + 1)) * k + insp;
}

/** Starts an empty tally for an inspection. */
export function newTally(inspection: string, context: CaseContext): CaseTally {
  const k = context.grades.length;
  return {
    inspection,
    grades: context.grades,
    areas: context.areas,
    counts: new Float64Array(SAMPLE_PARTS.length * context.areas.length * (k + 1) * k),
    rows: 0,
  };
}

/** Adds one case; indexes are positions in the tally's samples, areas and grades (force -1 = not assessed). */
export function addCase(
  t: CaseTally,
  sample: number,
  area: number,
  force: number,
  insp: number,
): void {
  const i = tallyIndex(t, sample, area, force, insp);
  t.counts[i] = (t.counts[i] ?? 0) + 1;
  t.rows++;
}

/** Adds one tally's cases to another of the same inspection (two parts of a file). */
export function addTally(into: CaseTally, from: CaseTally): void {
  for (let i = 0; i < into.counts.length; i++)
    into.counts[i] = (into.counts[i] ?? 0) + (from.counts[i] ?? 0);
  into.rows += from.rows;
}

/** Whether a tally holds any case of the sample at this position of SAMPLE_PARTS. */
export function hasSample(t: CaseTally, sample: number): boolean {
  const per = t.counts.length / SAMPLE_PARTS.length;
  for (let i = sample * per; i < (sample + 1) * per; i++) if ((t.counts[i] ?? 0) > 0) return true;
  return false;
}

/** The exact force × inspectorate cross-table of the cases in a sample that both assessed. */
export function tallyCrossTable(t: CaseTally, sample: number): number[][] {
  const k = t.grades.length;
  const table = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let a = 0; a < t.areas.length; a++) {
    for (let f = 0; f < k; f++) {
      const row = table[f];
      if (!row) continue;
      for (let g = 0; g < k; g++)
        row[g] = (row[g] ?? 0) + (t.counts[tallyIndex(t, sample, a, f, g)] ?? 0);
    }
  }
  return table;
}

/**
 * Every distribution the case rows determine: each sample and `all`, each area and `all`, for the
 * inspectorate, and for the force where it assessed cases.
 */
export function tallyDistributions(t: CaseTally): CountedDistribution[] {
  const k = t.grades.length;
  const out: CountedDistribution[] = [];
  const samples: { name: Sample; idx: number[] }[] = [
    ...SAMPLE_PARTS.map((name, i) => ({ name, idx: [i] })),
    { name: ALL, idx: SAMPLE_PARTS.map((_, i) => i) },
  ];
  const areas: { name: string; idx: number[] }[] = [
    ...t.areas.map((name, i) => ({ name, idx: [i] })),
    { name: ALL, idx: t.areas.map((_, i) => i) },
  ];
  for (const s of samples) {
    for (const a of areas) {
      const insp = new Array<number>(k).fill(0);
      const force = new Array<number>(k).fill(0);
      for (const si of s.idx)
        for (const ai of a.idx)
          for (let f = -1; f < k; f++)
            for (let g = 0; g < k; g++) {
              const n = t.counts[tallyIndex(t, si, ai, f, g)] ?? 0;
              insp[g] = (insp[g] ?? 0) + n;
              if (f >= 0) force[f] = (force[f] ?? 0) + n;
            }
      const make = (assessor: 'force' | 'inspectorate', counts: number[]): CountedDistribution => ({
        inspection: t.inspection,
        sample: s.name,
        assessor,
        area: a.name,
        counts: t.grades.map((grade, i) => ({ grade, count: counts[i] ?? 0 })),
        total: sum(counts),
        totalBasis: 'case rows' satisfies TotalBasis,
        notStated: null,
        complete: true,
        provenance: [],
      });
      const inspTotal = sum(insp);
      if (inspTotal > 0) out.push(make('inspectorate', insp));
      if (force.some((n) => n > 0)) out.push(make('force', force));
    }
  }
  return out;
}

/**
 * The 53-bit hash of every case's key, for spotting possible duplicates in about 8 bytes a row.
 * 53 bits, not 32: at a million rows a 32-bit hash repeats about a hundred times by chance, and
 * any repeat costs a second pass over the file; at 53 bits, about once in 20,000 runs.
 *
 * Each hash is appended to one of 256 parts, chosen by its low byte, and the parts are checked
 * for repeats one at a time at the end. One hash set of a million hashes takes many megabytes,
 * and probing a random slot of it for every row misses the processor's cache almost every time;
 * appending does not, and one part at a time fits in the cache.
 */
export interface HashLog {
  readonly parts: Float64Array[];
  readonly sizes: Uint32Array;
}

const PARTS = 256;

/**
 * A 53-bit hash (cyrb53, seeded) of a case reference within an inspection. The inspection is given
 * by its number rather than its id, so that the id need not be hashed again for every row.
 */
export function hashCase(inspection: number, ref: string): number {
  let h1 = 0xdeadbeef ^ inspection;
  let h2 = 0x41c6ce57 ^ inspection;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (0x1fffff & h2) + (h1 >>> 0) || 1; // never 0, which marks an empty slot
}

export function newHashLog(): HashLog {
  return {
    parts: Array.from({ length: PARTS }, () => new Float64Array(16)),
    sizes: new Uint32Array(PARTS),
  };
}

export function logHash(log: HashLog, h: number): void {
  const p = h & (PARTS - 1);
  let part = log.parts[p] as Float64Array;
  const n = log.sizes[p] ?? 0;
  if (n === part.length) {
    part = new Float64Array(n * 2);
    part.set(log.parts[p] as Float64Array);
    log.parts[p] = part;
  }
  part[n] = h;
  log.sizes[p] = n + 1;
}

/** Adds the hashes of one log to another: the logs of two parts of a file, as one. */
export function mergeHashLogs(into: HashLog, from: HashLog): void {
  for (let p = 0; p < PARTS; p++) {
    const part = from.parts[p] as Float64Array;
    const n = from.sizes[p] ?? 0;
    for (let k = 0; k < n; k++) logHash(into, part[k] ?? 0);
  }
}

/** The hashes logged more than once: each a possible duplicate, to be confirmed. */
export function repeatedHashes(log: HashLog): Set<number> {
  const repeated = new Set<number>();
  let table = new Float64Array(16);
  for (let p = 0; p < PARTS; p++) {
    const part = log.parts[p] as Float64Array;
    const n = log.sizes[p] ?? 0;
    let size = 16;
    while (size < n * 2) size *= 2;
    if (table.length < size) table = new Float64Array(size);
    else table.fill(0, 0, size);
    const mask = size - 1;
    for (let k = 0; k < n; k++) {
      const h = part[k] ?? 0;
      let i = (h >>> 8) & mask; // the low 32 bits, above the byte that chose the part
      for (;;) {
        const v = table[i];
        if (v === 0) {
          table[i] = h;
          break;
        }
        if (v === h) {
          repeated.add(h);
          break;
        }
        i = (i + 1) & mask;
      }
    }
  }
  return repeated;
}
