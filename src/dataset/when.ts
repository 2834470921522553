// When an inspection happened, for ordering and naming it, where its publication date may not be
// known: its publication, or failing that its fieldwork. Pure.
import { dayNumber, firstDay, type CalendarDate } from '../domain/dates.ts';
import type { Inspection } from './types.ts';

type Dated = Pick<Inspection, 'published' | 'fieldworkStart' | 'fieldworkEnd'>;

/** Its publication date, or where that is not known the end (or start) of its fieldwork. */
export const whenOf = (i: Dated): CalendarDate | null =>
  i.published ?? i.fieldworkEnd ?? i.fieldworkStart;

/** The year it is placed in, or null where no date of it is known. */
export const yearOf = (i: Dated): number | null => whenOf(i)?.year ?? null;

/** A day number that orders inspections in time; one with no known date comes last. */
export const whenOrder = (i: Dated): number => {
  const d = whenOf(i);
  return d === null ? Number.MAX_SAFE_INTEGER : dayNumber(firstDay(d));
};

/**
 * The publication date of an inspection that has recommendations or milestones: the build refuses
 * those of an inspection whose publication is not known, since their due dates run from it.
 */
export function publishedOf(i: Pick<Inspection, 'id' | 'published'>): CalendarDate {
  if (i.published === null)
    throw new Error(`${i.id} has no publication date, but due dates were asked of it`);
  return i.published;
}
