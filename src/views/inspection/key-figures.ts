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

/** How the key figures' table speaks of where its figures come from. */
export interface KeyFiguresWording {
  readonly intro: string;
  readonly caption: string;
  /** The heading of the column that says where each figure is. */
  readonly where: string;
}

/**
 * The key figures' words: "from the report" only when every figure is from the inspection's own
 * report; figures from a press article or another source are not the report's.
 */
export function keyFiguresWording(
  figures: readonly KeyFigure[],
  reportSource: string,
): KeyFiguresWording {
  const fromReport = figures.every((k) => k.provenance.source === reportSource);
  const noneFromReport = figures.every((k) => k.provenance.source !== reportSource);
  if (fromReport)
    return {
      intro: 'Figures given in the report’s text, with where each is in the report.',
      caption: 'Key figures from the report',
      where: 'Where in the report',
    };
  return {
    intro: noneFromReport
      ? 'Figures given in other sources than the report, with where each is in its source.'
      : 'Figures given in the report’s text and in other sources, with where each is in its source.',
    caption: noneFromReport
      ? 'Key figures from other sources than the report'
      : 'Key figures from the report and other sources',
    where: 'Where in the source',
  };
}
