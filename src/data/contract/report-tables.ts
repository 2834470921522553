// The schemas of the files about what a report found and asked for, and what happened since.
// Each column's meaning and allowed values are data/README.md's, word for word (a unit test
// compares them), and its output field is its name in camelCase unless said.
import {
  blankAs,
  dataHash,
  date,
  decimal,
  id,
  oneOf,
  shortText,
  text,
  wholeNumber,
} from './columns.ts';
import { inspectionColumn } from './inspection-tables.ts';
import { col, defineTable, provenance } from './schema.ts';
import {
  DISCREPANCY_KINDS,
  EVIDENCE,
  FINDING_KINDS,
  NUMBERINGS,
  WORDINGS,
  QUALIFIERS,
  REPORTERS,
  STATUSES,
} from '../../domain/vocabulary.ts';

export const findingsTable = defineTable('findings.csv', {
  inspection: inspectionColumn,
  area: col(
    blankAs(id, 'blank for a finding about the whole inspection'),
    'the practice area a case-file theme belongs to; blank for a finding about the whole inspection',
    'an id from `practice-areas.csv`, or blank',
  ),
  kind: col(
    oneOf(FINDING_KINDS),
    '',
    "`strength`, `concern`, `mixed` (a theme that states both), `summary` (a main finding), `quote` (an inspector's published words)",
  ),
  order: col(wholeNumber(1), 'order within its inspection, area and kind', 'whole number ≥ 1'),
  text: col(text, 'the finding, in the words `wording` says', 'text'),
  wording: col(
    oneOf(WORDINGS),
    'whose words `text` is in',
    "`quoted` (the source's words, exactly), `summarised` (this site's summary of what the source says; pages mark it as such); a `quote` is always `quoted`",
  ),
  ...provenance(),
});

export const recommendationsTable = defineTable('recommendations.csv', {
  inspection: inspectionColumn,
  number: col(
    wholeNumber(1),
    'its key on this site (`recommendation:<number>`, its address): the number `numbering` describes',
    'whole number ≥ 1, unique within the inspection',
  ),
  numbering: col(
    oneOf(NUMBERINGS),
    'where `number` comes from',
    "`published` (the report's own number), `report-order` (the report does not number them; its place in the report's whole list, as for Gwent 2019), `source-order` (no source gives its number and this site holds only part of the list: its place in its source's list; pages show it without a number)",
  ),
  chapter: col(
    blankAs(text, 'blank if not recorded'),
    'the chapter it ends',
    'text, e.g. `6. Assessment and help`; blank if not recorded',
  ),
  timescale: col(
    text,
    'the deadline exactly as written',
    '`immediately`, `within three months` (words or digits; days, weeks or months), `no later than six months after publication`, `by 31 March 2020`; anything else is an error',
  ),
  text: col(
    text,
    'the full text, sub-points included, one per line starting `• `',
    'text (multi-line)',
  ),
  note: col(
    blankAs(text),
    "what a reader should know, e.g. that the text is a press report's summary",
    'text or blank',
  ),
  ...provenance(),
  subject: col(
    shortText(60),
    "what it is about, in a few plain words of this site's (the report's own words are `text`)",
    'text, a short phrase such as `Children detained in custody`; at most 60 characters',
  ),
});

export const milestonesTable = defineTable('milestones.csv', {
  inspection: inspectionColumn,
  id: col(
    id,
    '',
    'id, unique within the inspection (`pcc-response`, `immediate-update`, `action-plan`, `revisit`)',
  ),
  label: col(text, 'what must happen', 'text'),
  timescale: col(text, 'deadline as written, counted from publication', 'as for recommendations'),
  basis: col(text, 'why it is required', 'text (`Next steps`, `Police Act 1996, section 55`)'),
  evidence: col(
    oneOf(EVIDENCE),
    'whether its outcome is made public',
    '`public` (published: the commissioner\'s comments, the review), `private` (between the force and the inspectorate, e.g. an action plan sent to it: past its due date with no update, it stands as "no public record", not "overdue")',
  ),
  ...provenance(),
});

export const keyFiguresTable = defineTable('key-figures.csv', {
  inspection: inspectionColumn,
  id: col(id, '', 'id, unique within the inspection'),
  label: col(text, 'what was counted, in words', 'text'),
  value: col(decimal, 'the number', 'a decimal (see Numbers above)'),
  qualifier: col(
    oneOf(QUALIFIERS),
    'how exact the report is',
    '`exact`, `about` (about, around, approximately), `over` (over, more than), `under`, `at-least`, `at-most` (up to)',
  ),
  unit: col(
    text,
    'what the number counts',
    'text (`people`, `percent`, `registered sex offenders per manager`)',
  ),
  ...provenance('provenance (chapter)'),
});

export const glossaryTable = defineTable('glossary.csv', {
  inspection: col(id, 'the report that defines it', 'an id from `inspections.csv`'),
  term: col(text, 'the term', 'text, unique within the inspection'),
  abbreviation: col(blankAs(text), '', 'text or blank'),
  definition: col(text, 'as the report defines it', 'text'),
  ...provenance('`Annex B` or the footnote'),
});

const otherPlace = 'where the other value comes from';
const otherPlaceAllowed = 'a source id and location (for `does-not-add-up`, the same report)';

export const discrepanciesTable = defineTable('discrepancies.csv', {
  id: col(id, '', 'id, unique'),
  inspection: inspectionColumn,
  kind: col(
    oneOf(DISCREPANCY_KINDS),
    '',
    '`does-not-add-up` (the published parts do not sum to the published total), `sources-disagree`',
  ),
  subject: col(
    shortText(60),
    'which figure',
    '`case-audit:<sample>/<assessor>/<area>/<grade>` for a count or total; `inspections:<field>` for a field of the inspection',
  ),
  value: col(
    text,
    'the value the data uses',
    'text: exactly the value of `subject` in its file (a count as digits, blank if not published; a date as `YYYY-MM-DD` or `YYYY-MM`), or the check fails, since the note is shown beside that value',
  ),
  other_value: col(
    text,
    "the other value (the sum of the parts, or the other source's figure)",
    'text',
  ),
  other_source: col(id, otherPlace, otherPlaceAllowed, 'otherProvenance.source'),
  other_location: col(text, otherPlace, otherPlaceAllowed, 'otherProvenance.location'),
  note: col(text, 'what a reader should know', 'text'),
  ...provenance('provenance of `value`'),
});

export const corroborationsTable = defineTable('corroborations.csv', {
  inspection: inspectionColumn,
  subject: col(text, 'which figure', 'as in `discrepancies.csv`'),
  value: col(
    text,
    'the value this source gives, the same as the data uses',
    'text: exactly the value of `subject` in its file, as in `discrepancies.csv`',
  ),
  note: col(blankAs(text), 'what a reader should know', 'text or blank'),
  ...provenance('another source giving the same figure, and where in it'),
});

export const statusUpdatesTable = defineTable('status-updates.csv', {
  inspection: inspectionColumn,
  item: col(
    text,
    'what the update is about',
    '`recommendation:<number>` or `milestone:<id>`, naming a row of `recommendations.csv` or `milestones.csv`',
  ),
  date: col(
    date,
    'when the update was made or published',
    "date (day or month); not before the inspection's publication",
  ),
  status: col(
    oneOf(STATUSES),
    'where the item stands',
    "`not-started`, `in-progress`, `completed`, `superseded`, `not-assessed` (the source reports on the item without saying where it stands); the inspectorate's monitoring states as its recommendation pages give them: `awaiting-review` (not yet reviewed by the inspectorate), `will-be-progressed` (the force says it will act), `being-progressed` (the force is acting); its `complete` is `completed`",
  ),
  by: col(
    oneOf(REPORTERS),
    'who said so',
    "`force`, `commissioner`, `inspectorate-review` (a post-inspection review), `inspectorate-monitoring` (the inspectorate's record of the recommendation, on its recommendation pages)",
  ),
  evidence: col(text, 'what the source says, briefly', 'text'),
  ...provenance(),
});

export const releasesTable = defineTable(
  'releases.csv',
  {
    date: col(date, 'when the release was made', 'date (day); not before the release above it'),
    data_hash: col(
      dataHash,
      "the data's content hash, as the data build prints it",
      '12 lower-case hexadecimal digits; the last row must be the data as it is',
    ),
    changes: col(text, 'what changed since the release above, in plain words', 'text'),
  },
  { optional: true },
);
