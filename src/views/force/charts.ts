// The charts of a force's page: its headline grades, one chart per grade scale, with the
// inspection and review of each comparison shown on their own charts instead.
import { gradeBars } from '../../charts/grade-bars.ts';
import { gradedRows } from '../../charts/graded-rows.ts';
import type { ChartSpec } from '../chart-spec.ts';
import type { ForceGradeChart } from './force.ts';

/** The chart of a force's headline grades on one scale; its id is the card's on the page. */
export const forceChart = (c: ForceGradeChart): ChartSpec => ({
  id: `grades-${c.scale}`,
  heading: c.heading,
  provenance: c.provenance,
  grades: c.grades,
  draw: (width) => gradeBars(gradedRows(c.rows), c.grades, { title: c.heading, width }),
});
