// Root causes first. When a file cannot be read, every reference to it would be reported as
// "not a known …", burying the one problem that matters under hundreds; and rows that refer to
// a row with a problem are passed over by the later checks. Both are counted and said once per
// file instead, so the analyst fixes the cause and knows what will be checked after.
import type { Problem } from '../problems.ts';
import type { KnownIds, Tables } from '../read/tables.ts';

/** A reference problem's file and the file it refers to, from its message. */
const REFERENCE = /^\w+: not a known .* in ([\w-]+\.csv) \(/;

/**
 * Takes out the "not a known …" problems about references into files that could not be read,
 * and says, per file, how many references were not checked and why.
 */
export function setAsideLostReferences(
  problems: readonly Problem[],
  unreadable: ReadonlySet<string>,
): { problems: Problem[]; unchecked: string[] } {
  const kept: Problem[] = [];
  const counts = new Map<string, Map<string, number>>();
  for (const p of problems) {
    const target = REFERENCE.exec(p.message)?.[1];
    if (target === undefined || !unreadable.has(target)) {
      kept.push(p);
      continue;
    }
    const byTarget = counts.get(p.file) ?? new Map<string, number>();
    byTarget.set(target, (byTarget.get(target) ?? 0) + 1);
    counts.set(p.file, byTarget);
  }
  const unchecked = [...counts].flatMap(([file, byTarget]) =>
    [...byTarget].map(
      ([target, n]) =>
        `${file}: ${target} could not be read in full, so ${rows(n)} referring to it ${was(n)} not checked against it; fix ${target} first.`,
    ),
  );
  return { problems: kept, unchecked };
}

const rows = (n: number): string => (n === 1 ? '1 row' : `${String(n)} rows`);
const was = (n: number): string => (n === 1 ? 'was' : 'were');

/** The ids that some row declares but whose row has a problem, so it is not among the valid rows. */
function rejected(known: ReadonlySet<string>, valid: Iterable<string>): Set<string> {
  const out = new Set(known);
  for (const id of valid) out.delete(id);
  return out;
}

/**
 * Says, per file, how many rows refer to an inspection whose own row has a problem reported
 * above: every check after reading needs the inspection's scale and dates, so those rows are not
 * checked further until it is fixed.
 */
export function dependentsOfRejected(
  t: Tables,
  ids: KnownIds,
  files: (file: string) => string,
  casesSkipped = 0,
): string[] {
  const inspections = rejected(
    ids.inspections,
    t.inspections.map((r) => r.values.id),
  );
  if (inspections.size === 0) return [];
  const list = [...inspections].slice(0, 3).join(', ') + (inspections.size > 3 ? ', …' : '');
  const count = (rowsOf: readonly { readonly values: { readonly inspection: string } }[]) =>
    rowsOf.filter((r) => inspections.has(r.values.inspection)).length;
  const counts: [string, number][] = [
    ['area-definitions.csv', count(t.areaDefinitions)],
    ['case-audit.csv', count(t.caseAudit)],
    ['findings.csv', count(t.findings)],
    ['recommendations.csv', count(t.recommendations)],
    ['milestones.csv', count(t.milestones)],
    ['key-figures.csv', count(t.keyFigures)],
    ['glossary.csv', count(t.glossary)],
    ['discrepancies.csv', count(t.discrepancies)],
    ['corroborations.csv', count(t.corroborations)],
    ['status-updates.csv', count(t.statusUpdates)],
    ['cases.csv', casesSkipped],
  ];
  return counts
    .filter(([, n]) => n > 0)
    .map(
      ([file, n]) =>
        `${files(file)}: ${rows(n)} referring to inspections with problems reported above (${list}) ${was(n)} not checked further, and will be once those are fixed.`,
    );
}
