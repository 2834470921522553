import { expect, test } from 'vitest';
import {
  absentFrom,
  absentSentence,
  notStatedHeading,
  totalOnlyText,
} from '../../src/text/absence.ts';

test('says "not published" only of a report held whole', () => {
  expect(absentSentence('not-published', 're-audit figures', 'this review')).toBe(
    'No re-audit figures were published for this review.',
  );
  expect(absentSentence('not-held', 're-audit figures', 'this review')).toBe(
    'This site does not yet hold re-audit figures for this review.',
  );
});

test('a column of cases without a grade is named for what its rows lack', () => {
  expect(notStatedHeading(['not-published', 'not-published'])).toBe('Grade not published');
  expect(notStatedHeading(['not-held'])).toBe('Grade not yet on this site');
  expect(notStatedHeading(['not-held', 'not-published'])).toBe('Grade not given');
});

test('a report held in part never "published no" figures', () => {
  expect(absentFrom('not-published', 'case grades', 'the review of July 2020')).toBe(
    'The review of July 2020 published no case grades',
  );
  expect(absentFrom('not-held', 'case grades', 'the review of July 2020')).toBe(
    'This site does not yet hold case grades from the review of July 2020',
  );
  expect(totalOnlyText('not-held')).toMatch(/^This site holds only the total/);
  expect(totalOnlyText('not-published')).toMatch(/^Only the total for all cases was published/);
});
