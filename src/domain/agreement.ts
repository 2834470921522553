// Agreement between a force's self-assessment and the inspectorate's grading of the same cases.
//
// Reports publish only the two grade distributions (margins), not which case got which pair of
// grades, so a single "agreement" figure would be invented. What the margins do fix is the range
// of agreement that any case-level pairing could produce; that range is computed exactly here by
// optimising over every non-negative integer table with those margins (a transportation problem).
import { sum } from 'd3-array';

/** Counts per grade, ordered from most to least favourable. */
export type Margins = readonly number[];

/** Smallest and largest value attainable by some table with the given margins. */
export interface Bounds {
  readonly min: number;
  readonly max: number;
}

type Relation = 'same' | 'forceMoreFavourable' | 'forceLessFavourable';

/** Exact bounds on each kind of (dis)agreement over all case-level pairings consistent with the margins. */
export interface AgreementRange {
  readonly cases: number;
  /** Cases graded the same by both. */
  readonly same: Bounds;
  /** Cases where the force's grade is more favourable (lower index) than the inspectorate's. */
  readonly forceMoreFavourable: Bounds;
  /** Cases where the force's grade is less favourable (higher index) than the inspectorate's. */
  readonly forceLessFavourable: Bounds;
  /** One table with these margins attaining each bound, so the page/methodology can show an example. */
  readonly witnesses: {
    readonly [K in Relation]: { readonly min: number[][]; readonly max: number[][] };
  };
}

/** Agreement counts and linearly weighted kappa for a known case-level cross-table. */
export interface AgreementExact {
  readonly cases: number;
  readonly table: number[][];
  readonly same: number;
  readonly forceMoreFavourable: number;
  readonly forceLessFavourable: number;
  readonly kappa: number | null;
  readonly kappaWeights: 'linear';
}

const RELATIONS: readonly Relation[] = ['same', 'forceMoreFavourable', 'forceLessFavourable'];

function relationOf(i: number, j: number): Relation {
  if (i === j) return 'same';
  return i < j ? 'forceMoreFavourable' : 'forceLessFavourable';
}

function checkCount(value: number, where: string): void {
  // Safe integers only: every sum below must stay exact in a double.
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${where} must be a non-negative integer, got ${String(value)}`);
  }
}

function total(counts: readonly number[], what: string): number {
  let sum = 0;
  counts.forEach((count, i) => {
    checkCount(count, `${what} count at grade ${i}`);
    sum += count;
  });
  if (!Number.isSafeInteger(sum))
    throw new RangeError(`${what} total is too large to count exactly`);
  return sum;
}

/** Exact range of same / more / less favourable cases over every table with these margins; throws RangeError on invalid or mismatched margins. */
export function agreementRange(force: Margins, inspectorate: Margins): AgreementRange {
  if (force.length !== inspectorate.length) {
    throw new RangeError(
      `force has ${force.length} grades but inspectorate has ${inspectorate.length}; both must use the same scale`,
    );
  }
  const cases = total(force, 'force');
  const inspected = total(inspectorate, 'inspectorate');
  if (cases !== inspected) {
    throw new RangeError(
      `force grades ${cases} cases but inspectorate grades ${inspected}; both must cover the same cases`,
    );
  }

  const bounds = {} as Record<Relation, Bounds>;
  const witnesses = {} as Record<Relation, { min: number[][]; max: number[][] }>;
  for (const relation of RELATIONS) {
    // Costs are 0/1 per cell; negating them turns the same minimisation into a maximisation.
    const min = minCostTable(force, inspectorate, (i, j) =>
      relationOf(i, j) === relation ? 1 : 0,
    );
    const max = minCostTable(force, inspectorate, (i, j) =>
      relationOf(i, j) === relation ? -1 : 0,
    );
    bounds[relation] = { min: count(min, relation), max: count(max, relation) };
    witnesses[relation] = { min, max };
  }
  return { cases, ...bounds, witnesses };
}

function count(table: readonly (readonly number[])[], relation: Relation): number {
  let n = 0;
  table.forEach((row, i) =>
    row.forEach((cell, j) => {
      if (relationOf(i, j) === relation) n += cell;
    }),
  );
  return n;
}

interface Edge {
  readonly to: number;
  readonly cost: number;
  capacity: number;
  /** Index of the paired reverse edge in `edges`. */
  readonly reverse: number;
}

/**
 * Min-cost flow by successive shortest paths. Each augmentation pushes the path's bottleneck, so
 * the work depends on the number of grades, not the number of cases. Shortest paths are found by
 * Bellman-Ford (residual costs can be negative) on (cost, hops) compared lexicographically: among
 * cheapest paths the fewest-edge one is taken, which is Edmonds-Karp within each cost level and so
 * bounds the number of augmentations independently of the capacities.
 */
// eslint-disable-next-line max-lines-per-function -- one algorithm as the literature gives it: the residual graph, the path search and the augmentation share edges and potentials, and split apart they would be harder to check against the description above.
export function minCostTable(
  rows: Margins,
  columns: Margins,
  cost: (i: number, j: number) => number,
): number[][] {
  const k = rows.length;
  const source = 2 * k;
  const sink = 2 * k + 1;
  const nodes = 2 * k + 2;
  const edges: Edge[] = [];
  const out: number[][] = Array.from({ length: nodes }, () => []);
  const addEdge = (from: number, to: number, capacity: number, c: number): number => {
    const forward = edges.length;
    edges.push({ to, cost: c, capacity, reverse: forward + 1 });
    edges.push({ to: from, cost: -c, capacity: 0, reverse: forward });
    out[from]?.push(forward);
    out[to]?.push(forward + 1);
    return forward;
  };

  const cellEdge: number[][] = [];
  for (let i = 0; i < k; i++) {
    const row = rows[i] ?? 0;
    addEdge(source, i, row, 0);
    const cells: number[] = [];
    for (let j = 0; j < k; j++) {
      // A cell can never hold more than either margin allows.
      cells.push(addEdge(i, k + j, Math.min(row, columns[j] ?? 0), cost(i, j)));
    }
    cellEdge.push(cells);
  }
  for (let j = 0; j < k; j++) addEdge(k + j, sink, columns[j] ?? 0, 0);

  for (;;) {
    const dist = new Array<number>(nodes).fill(Infinity);
    const hops = new Array<number>(nodes).fill(Infinity);
    const via = new Array<number>(nodes).fill(-1);
    dist[source] = 0;
    hops[source] = 0;
    for (let round = 0; round < nodes; round++) {
      let changed = false;
      for (let u = 0; u < nodes; u++) {
        const du = dist[u] ?? Infinity;
        const hu = hops[u] ?? Infinity;
        if (du === Infinity) continue;
        for (const e of out[u] ?? []) {
          const edge = edges[e];
          if (edge === undefined || edge.capacity === 0) continue;
          const d = du + edge.cost;
          const h = hu + 1;
          const dv = dist[edge.to] ?? Infinity;
          if (d < dv || (d === dv && h < (hops[edge.to] ?? Infinity))) {
            dist[edge.to] = d;
            hops[edge.to] = h;
            via[edge.to] = e;
            changed = true;
          }
        }
      }
      if (!changed) break;
    }
    if ((dist[sink] ?? Infinity) === Infinity) break;

    let bottleneck = Infinity;
    for (let v = sink; v !== source;) {
      const edge = edges[via[v] ?? -1];
      if (edge === undefined) throw new Error('broken augmenting path');
      bottleneck = Math.min(bottleneck, edge.capacity);
      v = edges[edge.reverse]?.to ?? source;
    }
    for (let v = sink; v !== source;) {
      const edge = edges[via[v] ?? -1];
      const back = edge && edges[edge.reverse];
      if (edge === undefined || back === undefined) throw new Error('broken augmenting path');
      edge.capacity -= bottleneck;
      back.capacity += bottleneck;
      v = back.to;
    }
  }

  // Flow on a cell is the capacity its reverse edge has gained.
  return cellEdge.map((cells) => cells.map((e) => edges[edges[e]?.reverse ?? -1]?.capacity ?? 0));
}

/** Counts case-level (force grade, inspectorate grade) pairs into a grades × grades table; throws RangeError on an out-of-scale grade. */
export function crossTable(pairs: Iterable<readonly [number, number]>, grades: number): number[][] {
  if (!Number.isSafeInteger(grades) || grades < 1) {
    throw new RangeError(`grades must be a positive integer, got ${String(grades)}`);
  }
  const table = Array.from({ length: grades }, () => new Array<number>(grades).fill(0));
  for (const [force, inspectorate] of pairs) {
    const row = table[force];
    if (!Number.isInteger(force) || row === undefined) {
      throw new RangeError(`force grade ${String(force)} is not in 0..${grades - 1}`);
    }
    if (!Number.isInteger(inspectorate) || inspectorate < 0 || inspectorate >= grades) {
      throw new RangeError(`inspectorate grade ${String(inspectorate)} is not in 0..${grades - 1}`);
    }
    row[inspectorate] = (row[inspectorate] ?? 0) + 1;
  }
  return table;
}

function checkTable(table: readonly (readonly number[])[]): number {
  let cases = 0;
  table.forEach((row, i) => {
    if (row.length !== table.length) {
      throw new RangeError(
        `table must be square: row ${i} has ${row.length} cells but there are ${table.length} rows`,
      );
    }
    cases += total(row, `table row ${i}`);
  });
  if (!Number.isSafeInteger(cases))
    throw new RangeError('table total is too large to count exactly');
  return cases;
}

/** Exact agreement counts and linearly weighted kappa for a known cross-table (rows force, columns inspectorate); throws RangeError unless square with non-negative integer counts. */
export function agreementExact(table: readonly (readonly number[])[]): AgreementExact {
  const cases = checkTable(table);
  return {
    cases,
    table: table.map((row) => [...row]),
    same: count(table, 'same'),
    forceMoreFavourable: count(table, 'forceMoreFavourable'),
    forceLessFavourable: count(table, 'forceLessFavourable'),
    kappa: weightedKappa(table, 'linear'),
    kappaWeights: 'linear',
  };
}

/** Cohen's weighted kappa of a square cross-table, or null where it is undefined because chance-expected disagreement is 0 (no cases, or every case in one grade on both sides); throws RangeError on an invalid table. */
export function weightedKappa(
  table: readonly (readonly number[])[],
  weights: 'linear' | 'quadratic' = 'linear',
): number | null {
  const cases = checkTable(table);
  const k = table.length;
  const rowSums = table.map((row) => sum(row));
  const columnSums = Array.from({ length: k }, (_, j) => sum(table, (row) => row[j]));
  // Disagreement weights 1 - w_ij, scaled by (k-1) or (k-1)^2: the scale cancels in the ratio, and
  // integer weights keep both sums exact so perfect or chance-level agreement gives exactly 1 or 0.
  const distance = (i: number, j: number): number =>
    weights === 'linear' ? Math.abs(i - j) : (i - j) ** 2;
  let observed = 0;
  let expected = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const d = distance(i, j);
      observed += d * (table[i]?.[j] ?? 0);
      expected += d * (rowSums[i] ?? 0) * (columnSums[j] ?? 0);
    }
  }
  if (expected === 0) return null;
  // observed/n over expected/n^2, i.e. 1 - Σ v·p_obs / Σ v·p_exp.
  return 1 - (cases * observed) / expected;
}
