// Text for the XML files the site writes (the Atom feeds, the sitemap), and the site's address
// with the one trailing slash every address under it is built from.

/** Text safe inside an XML element or a double-quoted attribute. */
export const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The site's address with exactly one slash at the end. */
export const siteRoot = (site: string): string => site.replace(/\/*$/, '/');
