// The search index, built with Pagefind from the finished pages: each page's <main> (marked
// data-pagefind-body in the layout), so menus and footers are not matched. Its files go to
// pagefind/ in the site, fetched by the search page's script only when a reader searches.
import { close, createIndex } from 'pagefind';

/** Indexes the built site in `dir` and writes the index into `dir/pagefind`; returns the pages indexed. */
export async function writeSearchIndex(dir: string): Promise<number> {
  const { index, errors } = await createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`search index: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: dir });
  if (added.errors.length > 0) throw new Error(`search index: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: `${dir}/pagefind` });
  if (written.errors.length > 0) throw new Error(`search index: ${written.errors.join('; ')}`);
  await close();
  return added.page_count;
}
