import { describe, expect, test } from 'vitest';
import type { CalendarDate } from '../../src/domain/dates.ts';
import { standing, statusOn } from '../../src/domain/status.ts';
import type { DueDate } from '../../src/domain/timescale.ts';
import type { Status } from '../../src/domain/vocabulary.ts';
import { day, month } from '../support/dates.ts';

const update = (date: CalendarDate, status: Status) => ({ date, status });
const due: DueDate = { kind: 'day', date: day(2019, 9, 27) };

describe('statusOn', () => {
  const updates = [update(day(2019, 8, 8), 'in-progress'), update(day(2019, 11, 1), 'completed')];
  test('statusOn is null before the first update', () => {
    expect(statusOn(updates, day(2019, 8, 7))).toBeNull();
  });
  test('statusOn counts an update on its own day', () => {
    expect(statusOn(updates, day(2019, 8, 8))?.status).toBe('in-progress');
  });
  test('statusOn takes the latest update on or before the date', () => {
    expect(statusOn(updates, day(2020, 1, 1))?.status).toBe('completed');
  });
  test('statusOn counts a month-precision update only from the end of its month', () => {
    const monthly = [update(month(2020, 7), 'not-assessed')];
    expect(statusOn(monthly, day(2020, 7, 30))).toBeNull();
    expect(statusOn(monthly, day(2020, 7, 31))?.status).toBe('not-assessed');
  });
});

describe('standing', () => {
  test('standing with no update is open before the due day and overdue after it', () => {
    expect(standing([], due, day(2019, 9, 27))).toBe('open, not yet due');
    expect(standing([], due, day(2019, 9, 28))).toBe('overdue');
  });
  test('an item whose outcome is never published is "no public record" after its due day, never overdue', () => {
    expect(standing([], due, day(2019, 9, 27), 'private')).toBe('open, not yet due');
    expect(standing([], due, day(2019, 9, 28), 'private')).toBe('no public record');
    expect(standing([], due, day(2019, 9, 28), 'public')).toBe('overdue');
  });
  test('standing is met when completed on or before the due day', () => {
    expect(standing([update(day(2019, 9, 1), 'completed')], due, day(2026, 11, 28))).toBe('met');
  });
  test('standing is met late when completed after the due day', () => {
    expect(
      standing(
        [update(month(2020, 1), 'completed')],
        { kind: 'day', date: day(2019, 12, 27) },
        day(2026, 11, 28),
      ),
    ).toBe('met late');
  });
  test('standing is closed when superseded, and never overdue', () => {
    expect(standing([update(day(2019, 10, 1), 'superseded')], due, day(2026, 11, 28))).toBe(
      'closed',
    );
  });
  test('standing with "not assessed" stays overdue once past due', () => {
    expect(standing([update(month(2020, 7), 'not-assessed')], due, day(2026, 11, 28))).toBe(
      'overdue',
    );
  });
  test('standing of a month-precision due date is not yet known within that month', () => {
    expect(standing([], { kind: 'month', date: month(2020, 10) }, day(2020, 10, 15))).toBe(
      'open, due date not yet known',
    );
    expect(standing([], { kind: 'month', date: month(2020, 10) }, day(2020, 11, 1))).toBe(
      'overdue',
    );
  });
});
