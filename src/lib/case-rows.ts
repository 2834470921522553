// Case-level rows (one per audited case) can run to millions, so they are streamed into a count
// tensor per inspection rather than kept: memory grows with the number of areas and grades, not
// with the number of rows (apart from a compact hash set for the duplicate-reference check).
import type { Distribution, TotalBasis } from './types.ts';
import { ALL, SAMPLE_PARTS, type Sample } from './vocabulary.ts';

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
export function tallyDistributions(t: CaseTally): Distribution[] {
  const k = t.grades.length;
  const out: Distribution[] = [];
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
      const make = (assessor: 'force' | 'inspectorate', counts: number[]): Distribution => ({
        inspection: t.inspection,
        sample: s.name,
        assessor,
        area: a.name,
        counts: t.grades.map((grade, i) => ({ grade, count: counts[i] ?? 0 })),
        total: counts.reduce((n, c) => n + c, 0),
        totalBasis: 'case rows' satisfies TotalBasis,
        notStated: null,
        complete: true,
        provenance: [],
      });
      const inspTotal = insp.reduce((n, c) => n + c, 0);
      if (inspTotal > 0) out.push(make('inspectorate', insp));
      if (force.some((n) => n > 0)) out.push(make('force', force));
    }
  }
  return out;
}

/** A set of 32-bit hashes in one typed array, for spotting possible duplicates in few bytes a row. */
export interface HashSet {
  table: Uint32Array;
  size: number;
}

/** FNV-1a hash of a string, never 0 (0 marks an empty slot). */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0 || 1;
}

export function newHashSet(): HashSet {
  return { table: new Uint32Array(1 << 12), size: 0 };
}

/** Adds a hash; returns false if it was already there (a possible duplicate, to be confirmed). */
export function addHash(set: HashSet, h: number): boolean {
  if ((set.size + 1) * 2 > set.table.length) {
    const old = set.table;
    set.table = new Uint32Array(old.length * 2);
    set.size = 0;
    for (const v of old) if (v !== 0) addHash(set, v);
  }
  const mask = set.table.length - 1;
  let i = h & mask;
  for (;;) {
    const v = set.table[i];
    if (v === 0) {
      set.table[i] = h;
      set.size++;
      return true;
    }
    if (v === h) return false;
    i = (i + 1) & mask;
  }
}
