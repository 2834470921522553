// Small pieces of wording the pages share: counts with percentages, file sizes, grade counts in a
// sentence, dates of fieldwork, a report's text split into paragraphs and bullet points. Pure.
import {
  formatDate,
  parseCalendarDate,
  toMonthAtMost,
  type CalendarDate,
} from '../domain/dates.ts';
import type { Grade } from '../dataset/types.ts';
import type { Absence, InspectionKind, Qualifier } from '../domain/vocabulary.ts';
import {
  ABSENT_WORDS,
  ASSESSOR_WORDS,
  KIND_SHORT,
  QUALIFIER_WORDS,
  SAMPLE_PHRASE,
} from './labels.ts';

/** A whole-number percentage, rounded half up exactly; null when there is no total to divide by. */
export function percentOf(count: number, total: number | null): number | null {
  if (total === null || total <= 0) return null;
  return Math.floor((200 * count + total) / (2 * total));
}

/** A fraction (0–1) as a whole percentage, "29%": for shares and interval bounds beside counts. */
export const percentText = (fraction: number): string =>
  `${String(Math.floor(fraction * 100 + 0.5))}%`;

/** "17 (52%)": a percentage is never shown without its count. */
export function countWithPercent(count: number, total: number | null): string {
  const p = percentOf(count, total);
  return p === null ? String(count) : `${count} (${p}%)`;
}

/** A file size as GOV.UK writes it: "979 bytes", "7.1 KB", "91 KB", "1.2 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const shown = value < 10 ? (Math.round(value * 10) / 10).toString() : String(Math.round(value));
  return `${shown} ${units[unit] ?? 'KB'}`;
}

/** "CSV, 4 KB". */
export function fileLabel(format: string, bytes: number): string {
  return `${format.toUpperCase()}, ${formatBytes(bytes)}`;
}

/**
 * A grade's label as it reads after a count: "20 good", "37 requiring improvement". The label
 * "Requires improvement" is a verb, so "37 requires improvement" would read wrongly. An acronym
 * ("RI") keeps its capitals.
 */
export function gradeWord(grade: Grade): string {
  const word = /^[A-Z](?![A-Z])/.test(grade.label)
    ? grade.label.charAt(0).toLowerCase() + grade.label.slice(1)
    : grade.label;
  return word.replace(/^requires\b/, 'requiring');
}

// "requiring improvement" is a participle, so it takes "as" after "graded" and needs no "graded"
// after "cases"; an adjective ("good") is the other way round.
const isParticiple = (word: string): boolean => word.startsWith('requiring ');

/** A grade as it reads after "graded": "inadequate", "as requiring improvement". */
export function gradedAs(grade: Grade): string {
  const word = gradeWord(grade);
  return isParticiple(word) ? `as ${word}` : word;
}

/** A grade as it reads after "cases": "graded good", "requiring improvement". */
export function casesWith(grade: Grade): string {
  const word = gradeWord(grade);
  return isParticiple(word) ? word : `graded ${word}`;
}

export interface CountsLike {
  readonly counts: readonly { readonly grade: string; readonly count: number | null }[];
  readonly total: number | null;
  readonly notStated: number | null;
  /** What a blank count means: not published in the report, or not held by this site. */
  readonly absence: Absence;
}

/**
 * "20 good, 37 requires improvement, 23 inadequate of 80 cases". Grades that were not published
 * are left out and said to be so; nothing is shown as 0 unless it was published as 0.
 */
export function gradeCountsText(d: CountsLike, grades: readonly Grade[]): string {
  const parts: string[] = [];
  const missing: Grade[] = [];
  for (const g of grades) {
    const c = d.counts.find((x) => x.grade === g.id)?.count ?? null;
    if (c === null) missing.push(g);
    else parts.push(`${c} ${gradeWord(g)}`);
  }
  const absent = ABSENT_WORDS[d.absence];
  if (parts.length === 0) {
    // "No grades published of 374 cases; the grades of the other 374 …" said nothing twice.
    return d.total === null
      ? `no grades ${absent.none}`
      : `${plural(d.total, 'case')}, whose grades ${absent.were}`;
  }
  let text = parts.join(', ');
  if (d.total !== null) text += ` of ${plural(d.total, 'case')}`;
  if (missing.length > 0) {
    const rest =
      d.notStated !== null && d.notStated > 0
        ? `; the grades of the other ${d.notStated} ${absent.were}`
        : missing.length === 1
          ? `; the number of cases ${joinAnd(missing.map(casesWith))} ${absent.was}`
          : `; the numbers of cases ${joinAnd(missing.map(casesWith))} ${absent.were}`;
    text += rest;
  }
  return text;
}

/** The text with its first letter in capitals. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "a, b and c". */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/** "1 case", "80 cases". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "4 to 15 February 2019", "January 2020", "28 March to 2 April 2021". */
export function dateRangeText(start: CalendarDate, end: CalendarDate): string {
  const a = formatDate(start);
  const b = formatDate(end);
  if (a === b) return a;
  if (start.precision === 'day' && end.precision === 'day' && start.year === end.year) {
    if (start.month === end.month) return `${start.day} to ${b}`;
    return `${a.replace(/ \d+$/, '')} to ${b}`;
  }
  return `${a} to ${b}`;
}

/** The fieldwork's dates in words, or that no source gives them. */
export function fieldworkText(start: CalendarDate | null, end: CalendarDate | null): string {
  return start === null || end === null ? 'not known' : dateRangeText(start, end);
}

/** A text as paragraphs and bullet lists: lines starting "• " are the points of a list. */
export type TextBlock =
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly string[] };

export function textBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') continue;
    const bullet = /^•\s*(.*)$/.exec(line);
    const last = blocks[blocks.length - 1];
    if (bullet) {
      const item = bullet[1] ?? '';
      if (last?.kind === 'list')
        blocks[blocks.length - 1] = { kind: 'list', items: [...last.items, item] };
      else blocks.push({ kind: 'list', items: [item] });
    } else {
      blocks.push({ kind: 'paragraph', text: line });
    }
  }
  return blocks;
}

/** A key figure as the report means it: "about 53", "more than 10 hours", "86%". */
export function keyFigureText(value: number, qualifier: Qualifier, unit: string): string {
  // Up to 20 decimals, so 0.0000001 is shown as written, not rounded to 0 or put in exponent form.
  const n = value.toLocaleString('en-GB', { maximumFractionDigits: 20 });
  const number = unit === 'percent' ? `${n}%` : n;
  return `${QUALIFIER_WORDS[qualifier]}${number}`;
}

/** A short name for an inspection in lists: "Inspection, June 2019", "Review, July 2020". */
export function shortInspectionName(kind: InspectionKind, published: CalendarDate): string {
  const what = KIND_SHORT[kind];
  const d = formatDate(published);
  return `${what}, ${published.precision === 'day' ? d.replace(/^\d+ /, '') : d}`;
}

/**
 * `shortInspectionName` of an inspection whose publication date may not be known: then it is
 * named by its fieldwork ("Review, fieldwork September 2016"), or said to be undated.
 */
export function inspectionShortName(i: {
  readonly kind: InspectionKind;
  readonly published: CalendarDate | null;
  readonly fieldworkEnd: CalendarDate | null;
}): string {
  if (i.published) return shortInspectionName(i.kind, i.published);
  const what = KIND_SHORT[i.kind];
  return i.fieldworkEnd
    ? `${what}, fieldwork ${formatDate(toMonthAtMost(i.fieldworkEnd))}`
    : `${what}, date not known`;
}

/**
 * An audit named by when its cases were read, which is what a comparison of two audits is about
 * ("Inspection, fieldwork April 2021"); by its publication where the fieldwork is not known.
 */
export function auditName(i: {
  readonly kind: InspectionKind;
  readonly published: CalendarDate | null;
  readonly fieldworkStart: CalendarDate | null;
  readonly fieldworkEnd: CalendarDate | null;
}): string {
  if (!i.fieldworkStart || !i.fieldworkEnd) return inspectionShortName(i);
  const [a, b] = [
    formatDate(toMonthAtMost(i.fieldworkStart)),
    formatDate(toMonthAtMost(i.fieldworkEnd)),
  ];
  return `${KIND_SHORT[i.kind]}, fieldwork ${a === b ? a : `${a} to ${b}`}`;
}

/** "published 27 June 2019", or that the publication date is not known. */
export const publishedPhrase = (published: CalendarDate | null): string =>
  published ? `published ${formatDate(published)}` : 'publication date not known';

const INSPECTION_FIELDS: Record<string, string> = {
  published: 'the publication date',
  fieldwork_start: 'the start of fieldwork',
  fieldwork_end: 'the end of fieldwork',
};

/** A value as written in the data, with ISO dates put into words ("2019-06-27" → "27 June 2019"). */
export function displayValue(text: string): string {
  const parsed = /^\d{4}-\d{2}(?:-\d{2})?$/.test(text) ? parseCalendarDate(text) : null;
  return parsed?.ok ? formatDate(parsed.date) : text;
}

/**
 * What a discrepancy's subject refers to, in words: "case-audit:all/inspectorate/all/inadequate"
 * is "the number of all cases the inspectorate graded inadequate".
 */
export function describeSubject(
  subject: string,
  gradeLabel: (id: string) => string,
  areaLabel: (id: string) => string,
): string {
  const [table = '', path = ''] = subject.split(':');
  if (table === 'inspections') return INSPECTION_FIELDS[path] ?? `the ${path.replace(/_/g, ' ')}`;
  if (table !== 'case-audit') return subject;
  const [sample = '', assessor = '', area = '', grade = ''] = path.split('/');
  const whose = ASSESSOR_WORDS[assessor === 'force' ? 'force' : 'inspectorate'];
  const cases =
    SAMPLE_PHRASE[
      sample === 'all' || sample === 'force-selected' ? sample : 'inspectorate-selected'
    ];
  const where = area === 'all' ? '' : ` in ${areaLabel(area).toLowerCase()}`;
  return grade === 'all'
    ? `the number of ${cases}${where} graded by ${whose}`
    : `the number of ${cases}${where} that ${whose} graded ${gradeLabel(grade).toLowerCase()}`;
}

/**
 * How many recommendations the site holds against how many the report made: "8 recommendations
 * recorded." where the number made is not stated; "The report made 8 recommendations; 1 of them is
 * on this site." where it is. Empty where there is nothing to say.
 */
export function recommendationsHeldText(held: number, made: number | null): string {
  if (made === null) return held > 0 ? `${plural(held, 'recommendation')} recorded.` : '';
  const report = `The report made ${plural(made, 'recommendation')}`;
  if (made === 0) return 'The report made no recommendations.';
  if (held === 0)
    return `${report}; ${made === 1 ? 'it is not' : 'none of them is'} on this site yet.`;
  if (held >= made) return `${report}; ${made === 1 ? 'it is' : 'all are'} on this site.`;
  return `${report}; ${String(held)} of them ${held === 1 ? 'is' : 'are'} on this site.`;
}
