// A commissioner's briefing: one printable page per force saying which recommendations and
// milestones are overdue, open and met, what falls due next, the latest grades and where it all
// comes from, as of the build's date. Pure: the dataset is passed in.
import { absentFrom } from '../../text/absence.ts';
import { absenceOf } from '../../domain/vocabulary.ts';
import {
  gradesOf,
  headlineDistribution,
  inspectionsOfForce,
  recommendationsOf,
  sourceOf,
} from '../../dataset/queries.ts';
import { dueOrder } from '../../text/headlines.ts';
import { inspectionInWords, type BaselineVersusRevisit } from '../comparison/baseline.ts';
import { formatDate, type DayDate } from '../../domain/dates.ts';
import { firstCompletion } from '../../domain/status.ts';
import { gradeCountsText } from '../../text/page-text.ts';
import { shortTitle, standingGroup, statusWords } from '../../text/progress.ts';
import {
  REPORTER_SHORT,
  STANDING_LABEL,
  STATUS_LABEL,
  recommendationName,
  type StandingGroup,
} from '../../text/labels.ts';
import type {
  Dataset,
  Distribution,
  Grade,
  Inspection,
  Milestone,
  Provenance,
  Recommendation,
  Source,
} from '../../dataset/types.ts';
import { publishedOf } from '../../dataset/when.ts';

/** One recommendation or milestone, as the briefing lists it. */
export interface BriefingItem {
  readonly kind: 'recommendation' | 'milestone';
  readonly inspection: Inspection;
  /** "Recommendation 3" or "Milestone". */
  readonly name: string;
  readonly title: string;
  readonly item: Recommendation | Milestone;
  readonly group: StandingGroup;
  /** The page with the item's full text and history. */
  readonly path: string;
}

/** Counts of recommendations and of milestones in each group. */
export type GroupCounts = Readonly<Record<StandingGroup, number>> & { readonly total: number };

export interface LatestGrades {
  /** The most recent inspection or review. */
  readonly latest: Inspection;
  /** The most recent one that published grades (may be `latest`), with its grades, or null. */
  readonly graded: {
    readonly inspection: Inspection;
    readonly distribution: Distribution;
    readonly grades: readonly Grade[];
  } | null;
}

export interface Briefing {
  readonly recommendations: GroupCounts;
  readonly milestones: GroupCounts;
  /** Every item, grouped overdue, open, met, closed; by due date within a group. */
  readonly items: readonly BriefingItem[];
  /** Open items still to fall due (or whose month may not yet have passed), soonest first. */
  readonly next: readonly BriefingItem[];
  readonly grades: LatestGrades | null;
  /** Every source the briefing draws on, each once, in the order first used. */
  readonly sources: readonly Source[];
}

// Short enough that an item's name and title take two lines of a printed A4 page.
const TITLE_LENGTH = 60;

export const GROUP_ORDER: readonly StandingGroup[] = [
  'overdue',
  'no public record',
  'open',
  'met',
  'closed',
];

function counts(items: readonly BriefingItem[]): GroupCounts {
  const c = {
    overdue: 0,
    'no public record': 0,
    open: 0,
    met: 0,
    closed: 0,
    total: items.length,
  };
  for (const i of items) c[i.group] += 1;
  return c;
}

/** The latest inspection or review of a force, and the latest that published grades. */
export function latestGrades(d: Dataset, inspections: readonly Inspection[]): LatestGrades | null {
  const latest = inspections.at(-1);
  if (!latest) return null;
  for (const i of [...inspections].reverse()) {
    const distribution = headlineDistribution(d, i.id);
    if (distribution) {
      return { latest, graded: { inspection: i, distribution, grades: gradesOf(d, i.id) } };
    }
  }
  return { latest, graded: null };
}

/** Everything the briefing page shows for one force. */
export function briefing(d: Dataset, force: string, base = '/'): Briefing {
  const inspections = inspectionsOfForce(d, force);
  const of = (id: string): Inspection | undefined => inspections.find((i) => i.id === id);
  const items: BriefingItem[] = [];
  for (const r of d.recommendations) {
    const inspection = of(r.inspection);
    if (!inspection) continue;
    items.push({
      kind: 'recommendation',
      inspection,
      name: recommendationName(r, recommendationsOf(d, r.inspection)),
      title: r.subject,
      item: r,
      group: standingGroup(r.tracking.standing),
      path: `${base}recommendations/${r.inspection}/${String(r.number)}/`,
    });
  }
  for (const m of d.milestones) {
    const inspection = of(m.inspection);
    if (!inspection) continue;
    items.push({
      kind: 'milestone',
      inspection,
      name: 'Milestone',
      title: shortTitle(m.label, TITLE_LENGTH),
      item: m,
      group: standingGroup(m.tracking.standing),
      path: `${base}inspections/${m.inspection}/#milestone-${m.id}`,
    });
  }
  const sorted = items.sort(
    (a, b) =>
      GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group) ||
      dueOrder(a.item) - dueOrder(b.item) ||
      (a.kind === b.kind ? 0 : a.kind === 'recommendation' ? -1 : 1),
  );
  const next = sorted
    .filter((i) => i.group === 'open')
    .sort((a, b) => dueOrder(a.item) - dueOrder(b.item));

  const grades = latestGrades(d, inspections);
  const provenance: Provenance[] = [
    ...inspections.map((i) => i.provenance),
    // Every headline, as the grades sentence may cite the inspection a review is compared with.
    ...inspections.flatMap((i) => headlineDistribution(d, i.id)?.provenance ?? []),
    ...sorted.flatMap((i) => [i.item.provenance, i.item.tracking.latest?.provenance]),
  ].filter((p): p is Provenance => p !== undefined);
  const sourceIds = [...new Set(provenance.map((p) => p.source))];

  return {
    recommendations: counts(sorted.filter((i) => i.kind === 'recommendation')),
    milestones: counts(sorted.filter((i) => i.kind === 'milestone')),
    items: sorted,
    next,
    grades,
    sources: sourceIds.map((id) => sourceOf(d, id)),
  };
}

/** "Met late (January 2020)", "Overdue": an item's standing, with when it was met if it was. */
export function standingText(i: BriefingItem, asOf: DayDate): string {
  const label = STANDING_LABEL[i.item.tracking.standing];
  const done = i.group === 'met' ? firstCompletion(i.item.tracking.updates, asOf) : null;
  return done ? `${label} (${formatDate(done.date)})` : label;
}

/** "July 2020, inspectorate’s review: progress not assessed", or "No update published". */
export function latestText(i: BriefingItem): string {
  const u = i.item.tracking.latest;
  if (!u) return STATUS_LABEL.none;
  return `${formatDate(u.date)}, ${REPORTER_SHORT[u.by]}: ${statusWords(u.status, i.kind)}`;
}

/** "Recommendation 2", or "Recommendation 2 (2019 inspection)" where a force has several. */
export function itemName(i: BriefingItem, several: boolean): string {
  if (!several) return i.name;
  const what = i.inspection.kind === 'inspection' ? 'inspection' : 'review';
  return `${i.name} (${String(publishedOf(i.inspection).year)} ${what})`;
}

/**
 * The sentence above the latest grades: whose they are, and, where the latest audit was a review
 * compared with its inspection, what the inspection found and where the comparison is.
 */
export function gradesSentence(g: LatestGrades, comparison: BaselineVersusRevisit | null): string {
  const held = g.latest.transcribed === 'whole-report';
  if (!g.graded)
    return held
      ? `No case grades have been published for ${inspectionInWords(g.latest)}.`
      : `This site does not yet hold case grades for ${inspectionInWords(g.latest)}.`;
  const graded = g.graded.inspection;
  if (graded.id !== g.latest.id) {
    const none = absentFrom(
      absenceOf(g.latest.transcribed),
      'case grades',
      inspectionInWords(g.latest),
    );
    return `${none}; the latest ${held ? 'are' : 'it holds are'} from ${inspectionInWords(graded)}.`;
  }
  const base =
    comparison?.revisit.id === graded.id && comparison.outcome.kind === 'compared'
      ? comparison.baseHeadline
      : null;
  const earlier =
    base && comparison
      ? ` At ${inspectionInWords(comparison.base)} inspectors graded ${gradeCountsText(base, comparison.grades)}: the audits differ, so the change, with 95% intervals, is on the force page.`
      : '';
  return `Inspectors’ grades of the cases audited at ${inspectionInWords(graded)}.${earlier}`;
}
