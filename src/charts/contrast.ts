// WCAG 2.2 contrast, so the chart palette's accessibility is asserted by tests, not by eye.

const HEX = /^#([0-9a-f]{6})$/i;

// The sRGB transfer function as WCAG 2.2 states it (its 0.04045 threshold, not the older 0.03928).
function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** The WCAG relative luminance of a `#rrggbb` colour, from 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
  const match = HEX.exec(hex);
  if (match === null) throw new RangeError(`expected a colour as #rrggbb, got "${hex}"`);
  const value = Number.parseInt(match[1] ?? '', 16);
  const r = linear((value >> 16) & 0xff);
  const g = linear((value >> 8) & 0xff);
  const b = linear(value & 0xff);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two `#rrggbb` colours, from 1 (none) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
