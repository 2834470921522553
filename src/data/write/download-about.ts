// What the data page says of each table that comes from a schema: its file name, its title and
// a line on what it holds.
import type { About } from './download-table.ts';

/** What the data page says of each table that comes from a schema. */
export const ABOUT = {
  inspections: {
    name: 'inspections',
    title: 'Inspections and reviews',
    description:
      'Each inspection and post-inspection review: force, dates, grade scale and source.',
  },
  caseAudit: {
    name: 'case-audit',
    title: 'Case-audit counts as published',
    description:
      'Graded case files by inspection, sample, assessor, practice area and grade. A blank count is never zero (count_status says what it means); grade "all" is a stated total.',
  },
  milestones: {
    name: 'milestones',
    title: 'Milestones after publication',
    description:
      "The commissioner's response, the force's update and action plan, and the revisit, with due dates.",
  },
  statusUpdates: {
    name: 'status-updates',
    title: 'Status updates',
    description:
      'Every published update on a recommendation or milestone: date, status, who said it, evidence and source.',
  },
  findings: {
    name: 'findings',
    title: 'Findings and themes',
    description:
      "The report's findings in its own words: main findings, and the common themes of each practice area.",
  },
  keyFigures: {
    name: 'key-figures',
    title: 'Key figures',
    description: "Figures from the report's text, with units and chapter.",
  },
  practiceAreas: {
    name: 'practice-areas',
    title: 'Practice areas',
    description: 'The areas of child-protection practice that cases are audited in.',
  },
  areaDefinitions: {
    name: 'area-definitions',
    title: 'Practice area definitions',
    description: 'What cases each practice area covers, in the words of the report that used it.',
  },
  forces: {
    name: 'forces',
    title: 'Forces',
    description: 'Police forces with their Welsh names and nation.',
  },
  places: {
    name: 'places',
    title: 'Places in each police area',
    description:
      'The counties, cities and boroughs each police area covers, as the law that defines the areas names them.',
  },
  glossary: {
    name: 'glossary',
    title: 'Glossary',
    description: "The report's definitions (Annex B and footnotes).",
  },
  discrepancies: {
    name: 'discrepancies',
    title: 'Known discrepancies',
    description: 'Where a source does not add up or two sources disagree: both values and a note.',
  },
  corroborations: {
    name: 'corroborations',
    title: 'Further sources',
    description: 'Other sources that give the same figure as the one the site uses.',
  },
  sources: {
    name: 'sources',
    title: 'Sources',
    description: 'The publications every figure comes from.',
  },
  releases: {
    name: 'releases',
    title: 'Releases',
    description: 'Each release of the data: its date, content hash and what changed.',
  },
} as const satisfies Record<string, About>;
