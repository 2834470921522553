// The words of every built page, checked for what generated text must never say, whatever shape
// the data takes: a value the code failed to fill in, an empty range, a count of one in the
// plural, a number of cases with a singular verb, or two words run together. It reads the HTML
// in dist/ (no browser), so it covers every page of every force the data holds.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, builtHtml, builtPages } from './site.ts';
import { NOT_PUBLISHED, badPhrases, visibleText } from '../support/never-say.ts';

describe('the built text', () => {
  test('the checks find what they look for', () => {
    const found = badPhrases(
      'Inspectors graded undefined cases. Agreement between 15 and 15 cases. 1 cases. ' +
        '12 of 64 cases requires improvement. October 2017Sources disagree. 21 cases; 1.1 cases. ' +
        '20 good, 37 requires improvement.',
    );
    expect(found.map((f) => f.split(':')[0])).toEqual([
      'a value never filled in',
      'a range from a number to itself',
      'one of something in the plural',
      'cases with a singular verb',
      'a count followed by a verb',
      'a year run into the next word',
    ]);
    expect(visibleText('<p>a&nbsp;b <script>undefined</script><b>c</b></p>')).toBe(' a b c ');
    expect(
      badPhrases(visibleText('<dd>9–20 January 2023<a href="#n">Sources disagree</a></dd>')),
    ).toHaveLength(1);
    expect(visibleText('<li>one</li><li>two</li>')).toBe(' one two ');
  });

  const pages = builtPages();
  test('there are pages to check', () => {
    expect(pages.length).toBeGreaterThan(0);
  });
  for (const path of pages) {
    test(`${path} says nothing it must never say`, () => {
      expect(badPhrases(visibleText(builtHtml(path)))).toEqual([]);
    });
  }

  // A report this site holds only in part may publish what the page lacks: its page may say
  // "not yet on this site", never that something was not published.
  const inspections = JSON.parse(readFileSync(join(DIST, 'data', 'inspections.json'), 'utf8')) as {
    id: string;
    transcribed: string;
  }[];
  const partial = inspections.filter((i) => i.transcribed === 'partial');
  test('some inspections are held only in part', () => {
    expect(partial.length).toBeGreaterThan(0);
  });
  for (const { id } of partial) {
    test(`/inspections/${id}/, held in part, never says what was not published`, () => {
      const text = visibleText(builtHtml(`/inspections/${id}/`));
      expect(text).not.toMatch(NOT_PUBLISHED);
    });
  }
});

// A finding in our words must never pass for the inspectorate's: wherever its inspection page
// shows it, the mark follows it.
describe('summaries in our words', () => {
  const findings = JSON.parse(readFileSync(join(DIST, 'data', 'findings.json'), 'utf8')) as {
    inspection: string;
    text: string;
    wording: string;
  }[];
  const summarised = findings.filter((f) => f.wording === 'summarised');
  for (const f of summarised) {
    test(`/inspections/${f.inspection}/ marks "${f.text.slice(0, 40)}…" as our summary`, () => {
      const text = visibleText(builtHtml(`/inspections/${f.inspection}/`));
      expect(text).toContain(`${f.text} (summary in our words, not the report’s)`);
    });
  }
});
