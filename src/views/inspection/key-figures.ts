// Key figures from a report's text, as a table shows them: the unit in words and one source
// note per report.
import type { KeyFigure, Provenance } from '../../dataset/types.ts';

/** A key figure's unit as a table column says it: "per cent" for percent, else as written. */
export function unitWords(unit: string): string {
  return unit === 'percent' ? 'per cent' : unit;
}

/** One provenance per source of the figures, in first-seen order, pointing to the listed places. */
export function keyFigureSources(figures: readonly KeyFigure[]): Provenance[] {
  return [...new Set(figures.map((k) => k.provenance.source))].map((source) => ({
    source,
    location: 'chapters as listed',
  }));
}
