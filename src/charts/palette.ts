// Grade colours as CSS custom properties, keyed by rank position within a scale of a given size,
// never by grade name: grades are data, so a renamed or new scale needs no change here.
import type { Grade } from '../dataset/types.ts';

/** The page backgrounds the palette is checked against, so pages must use these. */
export const PAGE_BACKGROUND = { light: '#ffffff', dark: '#0b0c0c' } as const;

/** Label text colours: white, or the GOV.UK near-black, whichever reaches 4.5:1 on the fill. */
export const LABEL_COLOUR = { white: '#ffffff', black: '#0b0c0c' } as const;

/** One grade's fill and the label colour that reads on it. */
export interface Swatch {
  readonly fill: string;
  readonly label: string;
}

/** A scale size's swatches in rank order, for light and dark mode. */
export interface ScalePalette {
  readonly light: readonly Swatch[];
  readonly dark: readonly Swatch[];
}

const { white, black } = LABEL_COLOUR;

// The UK Government Analysis Function categorical palette, in the order its guidance gives for
// ordered categories of that size. The dark-mode tints are lighter where the original falls
// below 3:1 against the dark background, keeping blue, orange and pink apart in lightness too.
const BLUE = { light: { fill: '#12436d', label: white }, dark: { fill: '#7fb2e5', label: black } };
const TURQUOISE = {
  light: { fill: '#28a197', label: black },
  dark: { fill: '#28a197', label: black },
};
const ORANGE = {
  light: { fill: '#f46a25', label: black },
  dark: { fill: '#f46a25', label: black },
};
const PINK = { light: { fill: '#801650', label: white }, dark: { fill: '#b8437f', label: white } };

const ORDERS = [[BLUE], [BLUE, ORANGE], [BLUE, ORANGE, PINK], [BLUE, TURQUOISE, ORANGE, PINK]];

/** Swatches for every supported scale size (1 to 4 grades), indexed by size − 1. */
export const GRADE_PALETTES: readonly ScalePalette[] = ORDERS.map((order) => ({
  light: order.map((c) => c.light),
  dark: order.map((c) => c.dark),
}));

function checkPosition(rank: number, gradeCount: number): void {
  if (!Number.isInteger(gradeCount) || gradeCount < 1 || gradeCount > GRADE_PALETTES.length) {
    // The Analysis Function advises at most four categorical colours; more needs a new palette.
    throw new RangeError(
      `grade colours exist for scales of 1 to ${GRADE_PALETTES.length} grades, got ${gradeCount}`,
    );
  }
  if (!Number.isInteger(rank) || rank < 1 || rank > gradeCount) {
    throw new RangeError(`rank must be 1 to ${gradeCount}, got ${rank}`);
  }
}

/** The CSS fill for the grade at `rank` (1 = most favourable) in a scale of `gradeCount` grades. */
export function gradeColour(rank: number, gradeCount: number): string {
  checkPosition(rank, gradeCount);
  return `var(--grade-${gradeCount}-${rank})`;
}

/** The CSS colour for label text drawn on that grade's fill. */
export function gradeLabelColour(rank: number, gradeCount: number): string {
  checkPosition(rank, gradeCount);
  return `var(--grade-${gradeCount}-${rank}-text)`;
}

/** The page background as CSS, for text halos that must match whatever the page shows behind. */
export const CHART_BACKGROUND = 'var(--chart-background)';

/** The CSS stroke around grade fills: none, except in forced colours where fills are all Canvas. */
export const GRADE_EDGE = 'var(--grade-edge, none)';

/** An SVG paint property a chart may take from a CSS variable. */
export type PaintProperty = 'fill' | 'stroke';

// The name of the variable a paint refers to: "var(--grade-edge, none)" is "grade-edge".
function variableName(value: string): string {
  const name = /^var\(--([a-z0-9-]+)[,)]/.exec(value)?.[1];
  if (name === undefined) throw new Error(`not a CSS variable: ${value}`);
  return name;
}

// Every themed paint the charts use. Pages are served with a strict Content-Security-Policy, which
// refuses style attributes, and var() is not resolved in a presentation attribute, so a paint that
// follows the theme is applied by a class: `fill-grade-3-1` sets `fill: var(--grade-3-1)`.
const PAINTS: readonly (readonly [PaintProperty, string])[] = [
  ...GRADE_PALETTES.flatMap((palette, size) =>
    palette.light.flatMap((_, i): (readonly [PaintProperty, string])[] => [
      ['fill', gradeColour(i + 1, size + 1)],
      ['fill', gradeLabelColour(i + 1, size + 1)],
    ]),
  ),
  ['stroke', GRADE_EDGE],
  ['stroke', CHART_BACKGROUND],
];

const PAINT_CLASSES = new Map(
  PAINTS.map(([property, value]) => [`${property}|${value}`, `${property}-${variableName(value)}`]),
);

/** The class that applies a themed paint (a CSS variable), or undefined if the palette has none. */
export function paintClass(property: PaintProperty, value: string): string | undefined {
  return PAINT_CLASSES.get(`${property}|${value}`);
}

/** The class that gives a legend swatch the background of the grade at `rank` in its scale. */
export function swatchClass(rank: number, gradeCount: number): string {
  checkPosition(rank, gradeCount);
  return `swatch-${gradeCount}-${rank}`;
}

/** One legend entry, for a page to draw as HTML beside a chart. */
export interface LegendItem {
  readonly grade: string;
  readonly label: string;
  readonly rank: number;
  readonly colour: string;
  /** The class that paints the entry's swatch in `colour`. */
  readonly swatch: string;
}

/** Legend entries for a scale's grades, most favourable first, coloured by rank. */
export function legendItems(grades: readonly Grade[]): LegendItem[] {
  return [...grades]
    .sort((a, b) => a.rank - b.rank)
    .map((g) => ({
      grade: g.id,
      label: g.label,
      rank: g.rank,
      colour: gradeColour(g.rank, grades.length),
      swatch: swatchClass(g.rank, grades.length),
    }));
}

// Every colour variable of a mode, by name without its dashes: "grade-3-1" is "#12436d".
function variables(mode: 'light' | 'dark'): Map<string, string> {
  return new Map([
    ['chart-background', PAGE_BACKGROUND[mode]],
    ...GRADE_PALETTES.flatMap((palette, size) =>
      palette[mode].flatMap((s, i): [string, string][] => [
        [`grade-${size + 1}-${i + 1}`, s.fill],
        [`grade-${size + 1}-${i + 1}-text`, s.label],
      ]),
    ),
  ]);
}

function declarations(mode: 'light' | 'dark'): string {
  return [...variables(mode)].map(([name, value]) => `  --${name}: ${value};`).join('\n');
}

const LIGHT = variables('light');
// A class's paint in light mode; the edge is drawn only in forced colours, so it is none here.
const LIGHT_PAINTS = new Map<string, { readonly property: PaintProperty; readonly colour: string }>(
  PAINTS.map(([property, value]) => {
    const name = variableName(value);
    return [`${property}-${name}`, { property, colour: LIGHT.get(name) ?? 'none' }] as const;
  }),
);

/**
 * The paint a palette class gives in light mode, for an image that leaves the page and so its
 * stylesheet behind (a downloaded chart, a link preview); undefined for any other class.
 */
export function lightPaint(
  className: string,
): { readonly property: PaintProperty; readonly colour: string } | undefined {
  return LIGHT_PAINTS.get(className);
}

/**
 * In forced colours every author colour goes, so grades are told apart by lines in the text colour
 * (GradePatterns.astro draws them): none for the most favourable, then sparse and dense diagonals,
 * and a cross-hatch for the least favourable, so "27 | 6" never reads as one grade.
 */
export type GradePattern = 'sparse' | 'dense' | 'cross';

/** The forced-colours pattern of the grade at `rank` in a scale of `gradeCount`, or null (plain). */
export function gradePattern(rank: number, gradeCount: number): GradePattern | null {
  checkPosition(rank, gradeCount);
  if (rank === 1) return null;
  if (rank === gradeCount) return 'cross';
  return rank === 2 ? 'sparse' : 'dense';
}

// The same lines as a swatch background, for the HTML key beside a chart.
const SWATCH_LINES: Readonly<Record<GradePattern, string>> = {
  sparse: 'repeating-linear-gradient(-45deg, CanvasText 0 1.5px, Canvas 1.5px 6px)',
  dense: 'repeating-linear-gradient(-45deg, CanvasText 0 1.5px, Canvas 1.5px 3.5px)',
  cross:
    'repeating-linear-gradient(45deg, CanvasText 0 1.5px, transparent 1.5px 6px), repeating-linear-gradient(-45deg, CanvasText 0 1.5px, Canvas 1.5px 6px)',
};

// Forced colours ignore author colours: fills become Canvas or a pattern of CanvasText lines,
// outlined in CanvasText, with CanvasText labels.
function forcedDeclarations(): string {
  const each = (f: (rank: number, size: number) => string) =>
    GRADE_PALETTES.flatMap((palette, size) => palette.light.map((_, i) => f(i + 1, size + 1)));
  const vars = each((rank, size) => {
    const pattern = gradePattern(rank, size);
    const fill = pattern === null ? 'Canvas' : `url(#grade-pattern-${pattern})`;
    return `  --grade-${size}-${rank}: ${fill};\n  --grade-${size}-${rank}-text: CanvasText;`;
  });
  const swatches = each((rank, size) => {
    const pattern = gradePattern(rank, size);
    const background = pattern === null ? 'Canvas' : SWATCH_LINES[pattern];
    return `.${swatchClass(rank, size)} { forced-color-adjust: none; background: ${background}; }`;
  });
  return [
    ':root {',
    ...vars,
    '  --grade-edge: CanvasText;',
    '  --chart-background: Canvas;',
    '}',
    ...swatches,
  ].join('\n');
}

// The rules behind paintClass and swatchClass, one a line.
function classRules(): string {
  const paints = PAINTS.map(
    ([property, value]) => `.${property}-${variableName(value)} { ${property}: ${value}; }`,
  );
  const swatches = GRADE_PALETTES.flatMap((palette, size) =>
    palette.light.map(
      (_, i) => `.${swatchClass(i + 1, size + 1)} { background: ${gradeColour(i + 1, size + 1)}; }`,
    ),
  );
  return [...paints, ...swatches].join('\n');
}

/**
 * CSS defining every grade colour variable for light mode, dark mode and forced colours, and the
 * classes that apply them to chart shapes and legend swatches.
 */
export const GRADE_PALETTE_CSS = `:root {
${declarations('light')}
}
@media (prefers-color-scheme: dark) {
:root {
${declarations('dark')}
}
}
${classRules()}
@media (forced-colors: active) {
${forcedDeclarations()}
}
`;
