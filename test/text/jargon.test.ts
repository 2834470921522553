import { describe, expect, test } from 'vitest';
import { markTerms, termId } from '../../src/text/jargon.ts';

const TERMS = [
  { abbreviation: 'RSO', term: 'registered sex offender' },
  { abbreviation: 'MASH', term: 'multi-agency safeguarding hub' },
  { abbreviation: 'MOSOVO', term: 'management of sexual or violent offenders' },
];

describe('markTerms', () => {
  test('marks the first use of each abbreviation, a plural included, and leaves the rest', () => {
    const seen = new Set<string>();
    expect(markTerms('improve its management of RSOs and RSO visits', TERMS, seen)).toEqual([
      { kind: 'text', text: 'improve its management of ' },
      { kind: 'term', text: 'RSOs', term: TERMS[0] },
      { kind: 'text', text: ' and RSO visits' },
    ]);
    expect([...seen]).toEqual(['RSO']);
  });
  test('a page marks each once: what was seen in an earlier passage stays plain', () => {
    const seen = new Set(['MASH']);
    expect(markTerms('the MASH', TERMS, seen)).toEqual([{ kind: 'text', text: 'the MASH' }]);
  });
  test('whole words only, and the longest name wins', () => {
    const seen = new Set<string>();
    expect(markTerms('MASHED potatoes; MOSOVO team', TERMS, seen).map((s) => s.kind)).toEqual([
      'text',
      'term',
      'text',
    ]);
    expect(markTerms('no terms here', [], seen)).toEqual([{ kind: 'text', text: 'no terms here' }]);
  });
  test('the glossary anchor of a term', () => {
    expect(termId('MASH')).toBe('term-mash');
    expect(termId('LSCBs')).toBe('term-lscbs');
  });
});
