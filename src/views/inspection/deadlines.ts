// An inspection's recommendations and milestones with their deadlines, and the timeline of what
// happened when: its events, headline, summary and sources.
import { milestonesOf, statusUpdatesOf } from '../../dataset/queries.ts';
import { capitalise } from '../../text/page-text.ts';
import { milestoneSentence, standingDetail, trackingHeadline } from '../../text/progress.ts';
import { summariseTimeline } from '../../text/summaries.ts';
import { timelineEvents, type TimelineEvent } from './timeline-events.ts';
import type { Dataset, Milestone, Provenance, Recommendation } from '../../dataset/types.ts';

/** The timeline chart's events, headline, summary and sources. */
export interface DeadlineTimeline {
  readonly events: readonly TimelineEvent[];
  readonly title: string;
  readonly summary: string;
  readonly provenance: readonly Provenance[];
}

export interface InspectionDeadlines {
  /** In the report's order. */
  readonly recommendations: readonly Recommendation[];
  readonly milestones: readonly Milestone[];
  /**
   * Where each item stands, in a sentence to follow its standing's tag, by the item's element id
   * (`recommendation-3`, `milestone-revisit`).
   */
  readonly sentences: Readonly<Record<string, string>>;
  /** Null when the inspection has neither recommendations nor milestones. */
  readonly timeline: DeadlineTimeline | null;
}

/**
 * Where an item stands, after its tag: the detail of its standing, or for a met milestone whether
 * on time and by what evidence ("Due 27 December 2019; met late: the post-inspection review’s
 * fieldwork in January 2020 came after it").
 */
export function statusSentence(
  d: Dataset,
  x: { kind: 'recommendation'; item: Recommendation } | { kind: 'milestone'; item: Milestone },
): string {
  const s = x.item.tracking.standing;
  return x.kind === 'milestone' && (s === 'met' || s === 'met late')
    ? milestoneSentence(d, x.item)
    : capitalise(standingDetail(x.item, d.asOf));
}

function sentencesOf(
  d: Dataset,
  recommendations: readonly Recommendation[],
  milestones: readonly Milestone[],
): Record<string, string> {
  return Object.fromEntries([
    ...recommendations.map((r): [string, string] => [
      `recommendation-${String(r.number)}`,
      statusSentence(d, { kind: 'recommendation', item: r }),
    ]),
    ...milestones.map((m): [string, string] => [
      `milestone-${m.id}`,
      statusSentence(d, { kind: 'milestone', item: m }),
    ]),
  ]);
}

/** The recommendations, milestones and timeline of an inspection. */
export function inspectionDeadlines(d: Dataset, inspection: string): InspectionDeadlines {
  const recommendations = d.recommendations
    .filter((r) => r.inspection === inspection)
    .sort((a, b) => a.number - b.number);
  const milestones = milestonesOf(d, inspection);
  if (recommendations.length + milestones.length === 0) {
    return { recommendations, milestones, sentences: {}, timeline: null };
  }
  const events = timelineEvents(d, inspection);
  return {
    recommendations,
    milestones,
    sentences: sentencesOf(d, recommendations, milestones),
    timeline: {
      events,
      title: trackingHeadline(recommendations),
      summary: summariseTimeline(events, d.asOf),
      provenance: [
        ...recommendations.map((r) => r.provenance),
        ...milestones.map((m) => m.provenance),
        ...statusUpdatesOf(d, inspection).map((u) => u.provenance),
      ],
    },
  };
}
