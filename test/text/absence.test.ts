import { expect, test } from 'vitest';
import { absentSentence } from '../../src/text/absence.ts';

test('says "not published" only of a report held whole', () => {
  expect(absentSentence('not-published', 're-audit figures', 'this review')).toBe(
    'No re-audit figures were published for this review.',
  );
  expect(absentSentence('not-held', 're-audit figures', 'this review')).toBe(
    'This site does not yet hold re-audit figures for this review.',
  );
});
