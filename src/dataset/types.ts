// The shape of the JSON the build writes and the pages read. Every figure keeps its provenance,
// and "not published" is `null`, never 0. The records of the plain tables follow from their
// schemas in src/data/contract/ (camelCase fields, `source` and `location` as `provenance`); the
// derived ones are written out here.
import type * as T from '../data/contract/tables.ts';
import type { RecordOf } from '../data/contract/schema.ts';
import type { AgreementExact, AgreementRange } from '../domain/agreement.ts';
import type { CalendarDate, DayDate } from '../domain/dates.ts';
import type { DueDate, Timescale } from '../domain/timescale.ts';
import type { Standing } from '../domain/status.ts';
import type {
  Absence,
  Assessor,
  Evidence,
  InspectionKind,
  Numbering,
  Reporter,
  Sample,
  Status,
  Transcribed,
} from '../domain/vocabulary.ts';

/** Where a fact was published: a source id from sources.csv and the place in it. */
export interface Provenance {
  readonly source: string;
  readonly location: string;
}

/** A publication the data comes from: a row of sources.csv. */
export type Source = RecordOf<typeof T.sourcesTable>;

/** A row of forces.csv. */
export type Force = RecordOf<typeof T.forcesTable>;

export interface Grade {
  readonly id: string;
  readonly rank: number;
  readonly label: string;
}

/** A grade scale, its grades ordered from most to least favourable. */
export interface GradeScale {
  readonly id: string;
  readonly grades: readonly Grade[];
  readonly provenance: Provenance;
}

export interface Inspection {
  readonly id: string;
  readonly force: string;
  readonly kind: InspectionKind;
  readonly revisits: string | null;
  /** For a review whose inspection this site does not hold: that inspection in words. */
  readonly baselineNote: string | null;
  /** Reviews of this inspection, in date order (derived). */
  readonly reviewedBy: readonly string[];
  /** Null where no source gives the fieldwork's dates (`datesNote` says so). */
  readonly fieldworkStart: CalendarDate | null;
  readonly fieldworkEnd: CalendarDate | null;
  /** Null where no source gives even the year (`datesNote` says why). */
  readonly published: CalendarDate | null;
  /** Why a date is not known more precisely; set wherever one is blank or only a year. */
  readonly datesNote: string | null;
  /** Null where the scale is not known; such an inspection has no graded cases. */
  readonly gradeScale: string | null;
  /** How much of the report this site holds, and so what an absent figure means. */
  readonly transcribed: Transcribed;
  readonly title: string;
  readonly provenance: Provenance;
  /** How many recommendations the report made, where a source states it, and that source. */
  readonly recommendationsMade: {
    readonly count: number;
    readonly provenance: Provenance;
  } | null;
}

/** A row of practice-areas.csv. */
export type PracticeArea = RecordOf<typeof T.practiceAreasTable>;

/** A row of area-definitions.csv: what an area covers, as one report defines it. */
export type AreaDefinition = RecordOf<typeof T.areaDefinitionsTable>;

/** One published count from case-audit.csv, as published (null = not published). */
export type AuditCount = RecordOf<typeof T.caseAuditTable>;

/** How a distribution's total is known. */
export type TotalBasis = 'stated' | 'sum of grades' | 'case rows' | 'not published';

/**
 * The grades of one inspection × sample × assessor × area, in the scale's order. Derived from the
 * published counts (or from case rows where given); nothing is filled in that was not published.
 */
export interface Distribution {
  readonly inspection: string;
  readonly sample: Sample;
  readonly assessor: Assessor;
  readonly area: string;
  readonly counts: readonly { readonly grade: string; readonly count: number | null }[];
  readonly total: number | null;
  readonly totalBasis: TotalBasis;
  /** Cases in the total whose grade was not published: total − published grades, when some are blank. */
  readonly notStated: number | null;
  readonly complete: boolean;
  /** What a blank count means here: not published in the report, or not held by this site. */
  readonly absence: Absence;
  readonly provenance: readonly Provenance[];
}

/** A distribution as counted, before the inspection says what its blanks mean. */
export type CountedDistribution = Omit<Distribution, 'absence'>;

/** Force versus inspectorate on the same cases. */
export interface Agreement {
  readonly inspection: string;
  readonly sample: Sample;
  readonly grades: readonly string[];
  readonly force: readonly number[];
  readonly inspectorate: readonly number[];
  /** What the two published distributions allow, exactly. */
  readonly range: AgreementRange;
  /** Exact cross-table and kappa, only where case-level pairs were published. */
  readonly exact: AgreementExact | null;
  readonly provenance: readonly Provenance[];
}

/** A row of findings.csv. */
export type Finding = RecordOf<typeof T.findingsTable>;

export interface Deadline {
  readonly timescaleText: string;
  readonly timescale: Timescale;
  readonly due: DueDate;
  readonly dueText: string;
  /** Judged against the build's as-of date. */
  readonly pastDue: 'yes' | 'no' | 'not yet known';
}

export interface Recommendation extends Deadline {
  /** Its updates and where it stands on the as-of date. */
  readonly tracking: Tracking;
  readonly inspection: string;
  readonly number: number;
  /** Whether `number` is the report's; `source-order` recommendations are shown without one. */
  readonly numbering: Numbering;
  /** What it is about, in a few plain words of this site's; `text` is the report's wording. */
  readonly subject: string;
  readonly chapter: string | null;
  readonly text: string;
  readonly note: string | null;
  readonly provenance: Provenance;
}

export interface Milestone extends Deadline {
  /** Its updates and whether and when it was met, on the as-of date. */
  readonly tracking: Tracking;
  readonly inspection: string;
  readonly id: string;
  readonly label: string;
  readonly basis: string;
  /** Whether its outcome is made public; a private one past due stands as "no public record". */
  readonly evidence: Evidence;
  readonly provenance: Provenance;
}

/** A row of key-figures.csv. */
export type KeyFigure = RecordOf<typeof T.keyFiguresTable>;

/** A row of corroborations.csv: another source giving a figure the data uses. */
export type Corroboration = RecordOf<typeof T.corroborationsTable>;

/** A row of glossary.csv. */
export type GlossaryEntry = RecordOf<typeof T.glossaryTable>;

/** A row of discrepancies.csv: the value used and the other, each with its provenance. */
export type Discrepancy = RecordOf<typeof T.discrepanciesTable>;

/** Everything the pages need, validated and derived. */
export interface Dataset {
  readonly asOf: DayDate;
  /** The data's release ("2026-12-03-0123456789ab": its date and content hash), or null. */
  readonly version: string | null;
  /** Every release of the data, oldest first, with what changed in each. */
  readonly releases: readonly Release[];
  readonly sources: readonly Source[];
  readonly forces: readonly Force[];
  readonly gradeScales: readonly GradeScale[];
  readonly inspections: readonly Inspection[];
  readonly practiceAreas: readonly PracticeArea[];
  /** Each report's own definitions of its practice areas. */
  readonly areaDefinitions: readonly AreaDefinition[];
  readonly caseAudit: readonly AuditCount[];
  readonly caseRows: number;
  readonly distributions: readonly Distribution[];
  readonly agreements: readonly Agreement[];
  readonly findings: readonly Finding[];
  readonly recommendations: readonly Recommendation[];
  readonly milestones: readonly Milestone[];
  readonly keyFigures: readonly KeyFigure[];
  readonly glossary: readonly GlossaryEntry[];
  /** Further sources that give the same figures as the data uses. */
  readonly corroborations: readonly Corroboration[];
  readonly discrepancies: readonly Discrepancy[];
  /** Every published update on a recommendation or milestone. */
  readonly statusUpdates: readonly StatusUpdate[];
  /** The local government areas of each force's police area, so a reader can find it by place. */
  readonly places: readonly Place[];
}

/** A row of places.csv. */
export type Place = RecordOf<typeof T.placesTable>;

/** A row of releases.csv. */
export type Release = RecordOf<typeof T.releasesTable>;

/** One published update about a recommendation or milestone. */
export interface StatusUpdate {
  readonly inspection: string;
  /** `recommendation:<number>` or `milestone:<id>`. */
  readonly item: string;
  readonly date: CalendarDate;
  readonly status: Status;
  readonly by: Reporter;
  readonly evidence: string;
  readonly provenance: Provenance;
}

/** An item's history and where it stands, for the register. */
export interface Tracking {
  readonly updates: readonly StatusUpdate[];
  readonly latest: StatusUpdate | null;
  readonly standing: Standing;
}
