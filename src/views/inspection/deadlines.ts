// An inspection's recommendations and milestones with their deadlines, and the timeline of what
// happened when: its events, headline, summary and sources.
import { trackingHeadline } from '../../text/progress.ts';
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
  /** Null when the inspection has neither recommendations nor milestones. */
  readonly timeline: DeadlineTimeline | null;
}

/** The recommendations, milestones and timeline of an inspection. */
export function inspectionDeadlines(d: Dataset, inspection: string): InspectionDeadlines {
  const recommendations = d.recommendations
    .filter((r) => r.inspection === inspection)
    .sort((a, b) => a.number - b.number);
  const milestones = d.milestones.filter((m) => m.inspection === inspection);
  if (recommendations.length + milestones.length === 0) {
    return { recommendations, milestones, timeline: null };
  }
  const events = timelineEvents(d, inspection);
  return {
    recommendations,
    milestones,
    timeline: {
      events,
      title: trackingHeadline(recommendations),
      summary: summariseTimeline(events, d.asOf),
      provenance: [
        ...recommendations.map((r) => r.provenance),
        ...milestones.map((m) => m.provenance),
        ...d.statusUpdates.filter((u) => u.inspection === inspection).map((u) => u.provenance),
      ],
    },
  };
}
