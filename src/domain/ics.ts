// iCalendar (RFC 5545) for a force's deadlines, so an office can load them into its calendar.
// Deadlines are all-day events; a due date known only to a month or a range spans it.
import { addDays, firstDay, lastDay, type DayDate } from './dates.ts';
import type { DueDate } from './timescale.ts';

/** One deadline as a calendar event. */
export interface CalendarEvent {
  /** Stable across builds, so re-importing updates events instead of duplicating them. */
  readonly uid: string;
  readonly due: DueDate;
  readonly summary: string;
  readonly description: string;
  readonly url: string | null;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const icsDate = (d: DayDate) => `${pad(d.year, 4)}${pad(d.month)}${pad(d.day)}`;

/** Escapes text per RFC 5545 §3.3.11. */
export function escapeText(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n');
}

// One encoder for every line: making one per character cost a national build seconds.
const encoder = new TextEncoder();
const utf8Length = (text: string): number => encoder.encode(text).length;

/** Folds a content line to at most 75 octets, continuing lines with a space (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  if (utf8Length(line) <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = utf8Length(ch);
    const limit = parts.length === 0 ? 75 : 74;
    if (size + n > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function span(due: DueDate): { start: DayDate; end: DayDate } {
  if (due.kind === 'between') return { start: due.from, end: addDays(due.to, 1) };
  return { start: firstDay(due.date), end: addDays(lastDay(due.date), 1) };
}

/** A whole calendar; `stamp` is the build time in UTC (a parameter, so output is reproducible). */
export function icsCalendar(
  name: string,
  events: readonly CalendarEvent[],
  stamp: { readonly date: DayDate },
): string {
  const dtstamp = `${icsDate(stamp.date)}T000000Z`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Child protection inspection findings//Deadlines//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
  ];
  for (const e of events) {
    const { start, end } = span(e.due);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${icsDate(start)}`,
      `DTEND;VALUE=DATE:${icsDate(end)}`,
      `SUMMARY:${escapeText(e.summary)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
      ...(e.url ? [`URL:${e.url}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
