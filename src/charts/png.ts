// Draws an image's SVG as PNG at build time, with a typeface shipped in node_modules: a machine's
// own fonts differ, and an image must come out the same wherever the site is built.
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);
const FONTS = ['400Regular/Inter_400Regular.ttf', '700Bold/Inter_700Bold.ttf'].map((f) =>
  require.resolve(`@expo-google-fonts/inter/${f}`),
);

/** The SVG as PNG bytes, `scale` times its own size (2 for screens that draw two pixels a point). */
export function svgToPng(svg: string, scale = 1): Uint8Array<ArrayBuffer> {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: {
      fontFiles: FONTS,
      loadSystemFonts: false,
      defaultFontFamily: 'Inter',
      sansSerifFamily: 'Inter',
    },
  });
  // A copy with its own ArrayBuffer, which a Response body may be; a Buffer may share a pool.
  return new Uint8Array(resvg.render().asPng());
}
