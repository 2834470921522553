// Sentences about what a page does not show, true whichever way it is missing: the report did
// not publish it (a report held whole), or this site does not hold it yet (a report held in part).
import type { Absence } from '../domain/vocabulary.ts';
import { ABSENT_WORDS } from './labels.ts';
import { capitalise } from './page-text.ts';

/**
 * "No case audit figures were published for this inspection." where the whole report is held;
 * "This site does not yet hold case audit figures for this inspection." otherwise. `what` is
 * plural ("case audit figures"); `of` names the report ("this inspection").
 */
export function absentSentence(absence: Absence, what: string, of: string): string {
  return absence === 'not-published'
    ? `No ${what} were published for ${of}.`
    : `This site does not yet hold ${what} for ${of}.`;
}

/**
 * The heading of a table's column of cases without a grade, named for what every row's blanks
 * mean ("Grade not published", "Grade not yet on this site"), or for both when rows differ.
 */
export function notStatedHeading(absences: readonly Absence[]): string {
  const kinds = new Set(absences);
  const [only] = kinds;
  return kinds.size === 1 && only !== undefined
    ? `Grade ${ABSENT_WORDS[only].adjective}`
    : 'Grade not given';
}

/** Where only the all-cases total is held, not the split by who chose the cases. */
export function totalOnlyText(absence: Absence): string {
  return absence === 'not-published'
    ? 'Only the total for all cases was published, not the split by who chose them.'
    : 'This site holds only the total for all cases, not the split by who chose them.';
}

/**
 * The start of a sentence about figures a report lacks: "The review of July 2020 published no
 * re-audit figures" where the whole report is held; "This site does not yet hold re-audit figures
 * from the review of July 2020" otherwise. `from` names the report in running text.
 */
export function absentFrom(absence: Absence, what: string, from: string): string {
  return absence === 'not-published'
    ? `${capitalise(from)} published no ${what}`
    : `This site does not yet hold ${what} from ${from}`;
}
