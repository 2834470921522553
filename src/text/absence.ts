// Sentences about what a page does not show, true whichever way it is missing: the report did
// not publish it (a report held whole), or this site does not hold it yet (a report held in part).
import type { Absence } from '../domain/vocabulary.ts';

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
