// The schemas of the files about who was inspected, when, on which grade scale, and the graded
// case files. Each column's meaning and allowed values are data/README.md's, word for word (a
// unit test compares them), and its output field is its name in camelCase unless said.
import { blankAs, date, dateOrYear, id, oneOf, text, url, wholeNumber } from './columns.ts';
import { col, defineTable, provenance } from './schema.ts';
import {
  ASSESSORS,
  INSPECTION_KINDS,
  NATIONS,
  SAMPLES,
  TRANSCRIBED,
} from '../../domain/vocabulary.ts';

/** The `inspection` column of the files about one inspection. */
export const inspectionColumn = col(id, '', 'an id from `inspections.csv`');

export const sourcesTable = defineTable('sources.csv', {
  id: col(id, "the source's id", 'id, unique'),
  title: col(text, 'title as published', 'text'),
  publisher: col(text, 'who published it', 'text'),
  published: col(
    blankAs(date, 'blank if not recorded'),
    'when it was published',
    'date (day or month)',
  ),
  url: col(blankAs(url, 'blank'), 'where it is, if online', '`https://…` or blank'),
  note: col(blankAs(text), 'anything a reader needs to know (ISBN, what it is)', 'text or blank'),
});

export const forcesTable = defineTable('forces.csv', {
  id: col(id, "the force's id, used in `/forces/<id>/`", 'id, unique'),
  name: col(text, 'English name', 'text'),
  name_cy: col(blankAs(text), 'Welsh name (forces in Wales)', 'text or blank'),
  nation: col(oneOf(NATIONS), 'where the force is', '`england`, `wales`'),
  ...provenance('provenance', 'see above'),
});

export const placesTable = defineTable(
  'places.csv',
  {
    force: col(id, 'the force whose police area it is in', 'an id from `forces.csv`'),
    place: col(
      text,
      'a county, city, borough or other local government area in the police area, as the source names it',
      'text, once per force',
    ),
    ...provenance(
      'where the police area is defined, such as Schedule 1 to the Police Act 1996',
      '',
    ),
  },
  { optional: true },
);

export const gradeScalesTable = defineTable('grade-scales.csv', {
  scale: col(id, "the scale's id", 'id'),
  grade: col(id, "the grade's id, unique within its scale", 'id'),
  rank: col(
    wholeNumber(1),
    'order, 1 = most favourable; 1, 2, 3 … without gaps',
    'whole number ≥ 1',
  ),
  label: col(text, 'the grade as shown', 'text'),
  ...provenance(),
});

/** The two fieldwork dates share one line of data/README.md. */
const fieldwork = col(
  blankAs(dateOrYear, 'blank if not known'),
  'the fieldwork',
  'date (day, month or year), start ≤ end; both blank where no source gives them',
);

export const inspectionsTable = defineTable('inspections.csv', {
  id: col(id, 'used in `/inspections/<id>/`', 'id, unique (`gwent-2019`, `gwent-2020-review`)'),
  force: col(id, 'the force inspected', 'an id from `forces.csv`'),
  kind: col(oneOf(INSPECTION_KINDS), 'what it was', '`inspection`, `post-inspection-review`'),
  revisits: col(
    blankAs(id, 'blank for an inspection'),
    'for a review, the inspection it follows up',
    'an id of an `inspection` of the same force; blank for an inspection, or for a review whose inspection this site does not hold (then `baseline_note` names it)',
  ),
  baseline_note: col(
    blankAs(text),
    'for a review whose inspection is not in `inspections.csv`: that inspection in words',
    'text; required for a review with a blank `revisits`, blank otherwise',
  ),
  fieldwork_start: fieldwork,
  fieldwork_end: fieldwork,
  published: col(
    blankAs(dateOrYear, 'blank if no source gives even the year'),
    'publication date',
    "date (day, month or year), after the fieldwork ends; a review's after the inspection it revisits; blank where no source gives even the year (then `dates_note` says why, and it can have no recommendations or milestones, whose due dates would depend on it)",
  ),
  dates_note: col(
    blankAs(text),
    'why a date is not known more precisely, and where the dates come from',
    'text; required where the fieldwork or publication date is blank or a date is given only to the year',
  ),
  grade_scale: col(
    blankAs(id, 'blank if not recorded'),
    'the scale its case audit used',
    'a `scale` from `grade-scales.csv`; blank only where the scale is not known and no graded case is recorded',
  ),
  transcribed: col(
    oneOf(TRANSCRIBED),
    'how much of the report this site holds',
    '`whole-report` (every figure, recommendation and finding the report publishes is here, so what is not here was not published), `partial` (taken from part of the report or from other sources, so what is not here may still be in the report)',
  ),
  title: col(text, 'title as published', 'text'),
  ...provenance('where the report is, and where the facts of this row come from'),
  recommendations_made: col(
    blankAs(wholeNumber(0), 'blank if no source read states it'),
    'how many recommendations the report made, where a source states it',
    'whole number ≥ 0, at least the number of its rows in `recommendations.csv`; blank if not stated in what this site holds',
    'recommendationsMade.count',
  ),
  recommendations_made_source: col(
    blankAs(id),
    'where that number is stated',
    'an id from `sources.csv`; required with `recommendations_made`, blank without it',
    'recommendationsMade.source',
  ),
  recommendations_made_location: col(
    blankAs(text),
    'where in that source',
    'text; required with `recommendations_made`, blank without it',
    'recommendationsMade.location',
  ),
});

export const practiceAreasTable = defineTable('practice-areas.csv', {
  id: col(id, "the area's id", 'id, unique; not `all`'),
  label: col(text, 'short name', 'text'),
  ...provenance('where the area and its name come from'),
});

export const areaDefinitionsTable = defineTable('area-definitions.csv', {
  inspection: inspectionColumn,
  area: col(id, 'the practice area', 'an id from `practice-areas.csv`; once per inspection'),
  definition: col(text, "what cases the area covers, in this report's words", 'text'),
  ...provenance('the place in this report (usually its case file analysis, or a footnote)'),
});

export const caseAuditTable = defineTable('case-audit.csv', {
  inspection: inspectionColumn,
  sample: col(
    oneOf(SAMPLES),
    'which cases',
    '`force-selected` (chosen and self-assessed by the force), `inspectorate-selected` (chosen by the inspectorate), `all` (both together)',
  ),
  assessor: col(
    oneOf(ASSESSORS),
    'whose grades',
    "`force` (the force's self-assessment), `inspectorate`",
  ),
  area: col(id, 'practice area', 'an id from `practice-areas.csv`, or `all`'),
  grade: col(
    id,
    'the grade, or `all` for a stated total',
    "a grade of the inspection's scale, or `all`",
  ),
  count: col(
    blankAs(wholeNumber(0), 'blank if not published'),
    'number of cases',
    'whole number ≥ 0, or blank (never 0: not published, or not yet on this site, as the inspection’s `transcribed` says)',
  ),
  note: col(blankAs(text), 'anything about this figure', 'text or blank'),
  ...provenance(),
});

export const casesTable = defineTable(
  'cases.csv',
  {
    inspection: inspectionColumn,
    case_ref: col(
      text,
      "the report's reference for the case",
      'text, unique within the inspection',
    ),
    area: col(id, 'practice area', 'an id from `practice-areas.csv`'),
    sample: col(
      oneOf(['force-selected', 'inspectorate-selected'] as const),
      '',
      '`force-selected`, `inspectorate-selected`',
    ),
    force_grade: col(
      blankAs(id, 'blank if the force did not assess the case'),
      "the force's grade",
      'a grade of the scale; blank if the force did not assess it (required for `force-selected`)',
    ),
    inspectorate_grade: col(id, "the inspectorate's grade", 'a grade of the scale'),
    ...provenance(),
  },
  { optional: true },
);
