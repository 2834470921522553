// The search page's script: reads ?q=, loads the Pagefind index built with the site (only now,
// so no other page pays for it), and lists the best matches with their passages. The passage's
// matched words come back marked: they are drawn as <mark> elements, the rest as text.
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  search(query: string): Promise<{ results: PagefindResult[] }>;
}

const MAX_RESULTS = 20;

const root = document.querySelector<HTMLElement>('[data-search]');
const input = root?.querySelector<HTMLInputElement>('[data-search-input]');
const statusLine = root?.querySelector<HTMLElement>('[data-search-status]');
const list = root?.querySelector<HTMLOListElement>('[data-search-results]');
const fallback = root?.querySelector<HTMLElement>('[data-search-fallback]');

/** A passage with its <mark>ed words, as nodes: nothing else of it is read as markup. */
function passage(excerpt: string): Node[] {
  return excerpt.split(/(<mark>.*?<\/mark>)/).map((part) => {
    const marked = /^<mark>(.*)<\/mark>$/.exec(part);
    const text = document.createElement('textarea');
    text.innerHTML = marked ? (marked[1] ?? '') : part; // decodes entities without running markup
    if (!marked) return document.createTextNode(text.value);
    const m = document.createElement('mark');
    m.textContent = text.value;
    return m;
  });
}

async function run(query: string): Promise<void> {
  if (!root || !statusLine || !list) return;
  statusLine.textContent = `Searching for “${query}”…`;
  const base = root.dataset['base'] ?? '/';
  const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
  const { results } = await pagefind.search(query);
  const shown = await Promise.all(results.slice(0, MAX_RESULTS).map((r) => r.data()));
  list.replaceChildren(
    ...shown.map((r) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = r.url;
      a.textContent = r.meta.title ?? r.url;
      const p = document.createElement('p');
      p.append(...passage(r.excerpt));
      li.append(a, p);
      return li;
    }),
  );
  const n = results.length;
  statusLine.textContent =
    n === 0
      ? `Nothing on this site matches “${query}”. Every force and its inspections are listed below.`
      : `${String(n)} ${n === 1 ? 'page matches' : 'pages match'} “${query}”${n > MAX_RESULTS ? `; the best ${String(MAX_RESULTS)} are listed` : ''}.`;
  if (fallback) fallback.hidden = n > 0;
}

const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
if (input) input.value = query;
if (query !== '') void run(query);
