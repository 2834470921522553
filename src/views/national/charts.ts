// The charts of the national picture: one per grade scale, each audit's share graded inadequate
// with its interval.
import { intervalDots } from '../../charts/interval-dots.ts';
import type { ChartSpec } from '../chart-spec.ts';
import { chartRow } from './national-chart.ts';
import type { NationalScale } from './national.ts';

/** The chart of one scale's audits; its id is the card's on the page. */
export const nationalChart = (s: NationalScale): ChartSpec => ({
  id: `national-${s.scale}`,
  heading: s.title,
  provenance: s.rows.flatMap((r) => r.provenance),
  grades: null,
  draw: (width) => intervalDots(s.rows.map(chartRow), { title: s.title, width }),
});
