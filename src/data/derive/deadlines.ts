// Recommendations and milestones: the due date each timescale sets from the report's publication,
// and each item's status updates and standing on the build's as-of date.
import type { Evidence } from '../../domain/vocabulary.ts';
import { group } from 'd3-array';
import type { CalendarDate, DayDate } from '../../domain/dates.ts';
import type { Problem } from '../problems.ts';
import { provenanceOf } from './provenance.ts';
import type { Tables } from '../read/tables.ts';
import { cellProblem, type At } from '../contract/table-spec.ts';
import { recordsOf } from '../contract/schema.ts';
import { statusUpdatesTable } from '../contract/tables.ts';
import {
  dueDate,
  formatDueDate,
  isPastDue,
  parseTimescale,
  type Timescale,
} from '../../domain/timescale.ts';
import {
  checkStatusUpdates,
  milestoneItem,
  recommendationItem,
  trackItem,
  type StatusUpdate,
} from './tracking.ts';
import type { Deadline, Milestone, Recommendation } from '../../dataset/types.ts';

/** The deadline a parsed timescale sets for a report published on a date, judged on asOf. */
export function deadlineOf(
  text: string,
  timescale: Timescale,
  published: CalendarDate,
  asOf: DayDate,
): Deadline {
  const due = dueDate(timescale, published);
  return {
    timescaleText: text,
    timescale,
    due,
    dueText: formatDueDate(due),
    pastDue: isPastDue(due, asOf),
  };
}

/** What tracking derives: the dataset's items with their deadlines and the updates they carry. */
export interface TrackingResult {
  readonly recommendations: Recommendation[];
  readonly milestones: Milestone[];
  readonly statusUpdates: StatusUpdate[];
  readonly problems: Problem[];
}

/** The items an update may name, by inspection: `recommendation:<number>`, `milestone:<id>`. */
function itemsOf(t: Pick<Tables, 'recommendations' | 'milestones'>): Map<string, Set<string>> {
  const items = new Map<string, Set<string>>();
  const itemSet = (inspection: string): Set<string> => {
    let set = items.get(inspection);
    if (!set) items.set(inspection, (set = new Set()));
    return set;
  };
  for (const r of t.recommendations)
    itemSet(r.values.inspection).add(recommendationItem(r.values.number));
  for (const r of t.milestones) itemSet(r.values.inspection).add(milestoneItem(r.values.id));
  return items;
}

/** A recommendation row's own fields, in the dataset's order. */
const recommendationFields = (v: Tables['recommendations'][number]['values']) => ({
  inspection: v.inspection,
  number: v.number,
  numbering: v.numbering,
  subject: v.subject,
  chapter: v.chapter,
  text: v.text,
  note: v.note,
  provenance: provenanceOf(v),
});

/** The problem with an item of an inspection whose publication no source dates. */
const undatedProblem = (at: At, inspection: string): Problem =>
  cellProblem(
    at,
    'inspection',
    `${inspection} has no publication date, so no due date can be worked out (expected an inspection whose publication is known at least to the year; record the item once it is)`,
  );

/**
 * Checks the status updates against the items they name, then gives each recommendation and
 * milestone its deadline and tracking; an item with an unknown timescale is reported and left
 * out, and one of an inspection with a bad row is left out silently (its row was reported).
 */
export function deriveTracking(
  t: Pick<Tables, 'inspections' | 'recommendations' | 'milestones' | 'statusUpdates'>,
  knownInspections: ReadonlySet<string>,
  asOf: DayDate,
): TrackingResult {
  const problems: Problem[] = [];
  const published = new Map(t.inspections.map((r) => [r.values.id, r.values.published]));
  const statusUpdates: StatusUpdate[] = recordsOf(statusUpdatesTable, t.statusUpdates);
  problems.push(
    ...checkStatusUpdates(
      t.statusUpdates.map((r, i) => ({ values: statusUpdates[i] as StatusUpdate, at: r.at })),
      { published, items: itemsOf(t), knownInspections },
    ),
  );

  const deadline = (at: At, inspection: string, text: string): Deadline | null => {
    const parsed = parseTimescale(text);
    if (!parsed.ok) {
      problems.push(cellProblem(at, 'timescale', parsed.error));
      return null;
    }
    const date = published.get(inspection);
    // Due dates run from publication: without even its year, none can be worked out.
    if (date === null) problems.push(undatedProblem(at, inspection));
    return date ? deadlineOf(text, parsed.timescale, date, asOf) : null;
  };
  const updatesOf = group(
    statusUpdates,
    (u) => u.inspection,
    (u) => u.item,
  );
  const track = (inspection: string, item: string, d: Deadline, evidence?: Evidence) =>
    trackItem(updatesOf.get(inspection)?.get(item) ?? [], d.due, asOf, evidence);

  const recommendations = t.recommendations.flatMap(({ at, values: v }) => {
    const d = deadline(at, v.inspection, v.timescale);
    if (!d) return [];
    const tracking = track(v.inspection, recommendationItem(v.number), d);
    return [{ tracking, ...recommendationFields(v), ...d }];
  });
  const milestones = t.milestones.flatMap(({ at, values: v }) => {
    const d = deadline(at, v.inspection, v.timescale);
    if (!d) return [];
    const { inspection, id, label, basis, evidence } = v;
    const tracking = track(inspection, milestoneItem(id), d, evidence);
    return [
      { tracking, inspection, id, label, basis, evidence, provenance: provenanceOf(v), ...d },
    ];
  });
  return { recommendations, milestones, statusUpdates, problems };
}
