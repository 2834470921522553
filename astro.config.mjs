// @ts-check
import { defineConfig } from 'astro/config';
import { GRADE_PALETTE_CSS } from './src/charts/palette.ts';

const PALETTE_ID = 'virtual:grade-palette.css';

/**
 * Serves the grade palette, which src/charts/palette.ts generates, as a stylesheet that pages
 * import. Astro then bundles it with the site's own CSS and hashes it into the pages'
 * Content-Security-Policy like any other style, and places it after the policy's <meta>.
 * @returns {import('vite').Plugin}
 */
function gradePalette() {
  const resolved = `\0${PALETTE_ID}`;
  return {
    name: 'grade-palette',
    resolveId: (id) => (id === PALETTE_ID ? resolved : undefined),
    load: (id) => (id === resolved ? GRADE_PALETTE_CSS : undefined),
  };
}

// A plain static site: every page is HTML at build time, so it can be hosted by any web server.
export default defineConfig({
  // The address the site is served at, e.g. https://findings.example.org/ (README: "Where it is
  // served"). Printed pages give full addresses from it; unset, they give paths.
  ...(process.env['SITE_URL'] ? { site: process.env['SITE_URL'] } : {}),
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  // The search page's script imports the Pagefind index, an address known only at run time; Vite
  // completes such an import only in a script file of its own, so that script is never inlined.
  vite: {
    plugins: [gradePalette()],
    build: {
      assetsInlineLimit: (file) => (file.includes('search.astro') ? false : undefined),
    },
  },
  // The only Markdown is the data contract. Shiki would colour any code in it with style
  // attributes, which the Content-Security-Policy refuses: code stays plain.
  markdown: { syntaxHighlight: false },
  security: {
    // Every page declares a strict Content-Security-Policy in a <meta> element: everything from
    // this site only; inline scripts and styles only by the hashes Astro computes for what it
    // bundles; no style attributes, event-handler attributes or eval. Only directives that a
    // <meta> policy honours are listed (frame-ancestors, for one, needs an HTTP header).
    csp: {
      directives: [
        "default-src 'self'",
        "base-uri 'none'",
        "object-src 'none'",
        "form-action 'self'",
      ],
    },
  },
});
