// @ts-check
import { defineConfig } from 'astro/config';

// A plain static site: every page is HTML at build time, so it can be hosted by any web server.
export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
});
