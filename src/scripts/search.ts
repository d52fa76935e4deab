/**
 * The search page's behaviour, on Pagefind's JS API (loaded on demand from /pagefind/).
 * Chosen over Pagefind's Component UI so results, facet labels and counts, and the URL
 * state can follow the library's own markup (GOV.UK components) and contract.
 *
 * Pagefind returns pages, a review or a plan with its updates (see src/search/records.ts).
 * Each carries a table of the results it can give, and its sub-results say which sections
 * matched. This script turns pages into results and keeps those the chosen facets allow.
 */
type Filters = Record<string, { any: string[] }>;
interface Anchor { id: string; text: string; location: number }
interface SubResult { anchor?: Anchor }
interface ResultData { url: string; content: string; meta: Record<string, string>; anchors: Anchor[]; sub_results: SubResult[] }
interface PagefindResult { id: string; data: () => Promise<ResultData> }
interface PagefindSearch { results: PagefindResult[]; filters: Record<string, Record<string, number>> }
interface Pagefind {
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  options: (options: object) => Promise<void>;
  search: (query: string | null, options: { filters?: Filters }) => Promise<PagefindSearch>;
}
/** A result a page can give (SearchRow in src/search/records.ts). */
interface Row { href: string; label: string; facets: Record<string, string[] | undefined>; date: string; sort?: string }
interface Shown { href: string; title: string; facts: Array<string | undefined>; text: string; sort?: string }

/** Each "page" of results loads documents until at least this many results are shown… */
const PAGE_SIZE = 20;
/** …or this many more index pages have been read. */
const PAGES_READ = 40;
const app = document.getElementById('search-app')!;
const form = document.getElementById('search-form') as HTMLFormElement;
const input = document.getElementById('search-query') as HTMLInputElement;
const sortSelect = document.getElementById('search-sort') as HTMLSelectElement;
const statusLine = document.getElementById('search-status')!;
const list = document.getElementById('search-results')!;
const more = document.getElementById('search-more') as HTMLButtonElement;
const base = app.dataset.base ?? '/';
const resultFacets = (app.dataset.resultFacets ?? '').split(' ').filter(Boolean);
const synonyms = JSON.parse(document.getElementById('search-synonyms')?.textContent ?? '{}') as Record<string, string>;
const checkboxes = [...form.querySelectorAll<HTMLInputElement>('.govuk-checkboxes__input')];

app.hidden = false;
// Start loading the index as soon as the page is shown, so the first query does not wait for it.
const pagefindReady = import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (module: Pagefind) => {
  // On the main thread: the index is small, and a worker costs its own script and start-up.
  await module.options({ noWorker: true });
  await module.init();
  return module;
});
/** Each index page's oldest and newest date, by result id, fetched the first time a reader sorts by date. */
let datesReady: Promise<Record<string, [string, string]>> | undefined;
// Pagefind counts a facet's values only once that facet's index is loaded; it loads them all,
// after the first results, so every checkbox can show its count.
const facetsReady = pagefindReady.then((module) => module.filters());
let pagefind: Pagefind | undefined;
/** Index pages matching the search, in Pagefind's order; the first `loaded` have been read. */
let results: PagefindResult[] = [];
let loaded = 0;
let shown = 0;
let generation = 0;

/** A query that is a theme's synonym ("LAC") searches for the theme's main term. */
function expand(query: string): string {
  return synonyms[query.trim().toLowerCase()] ?? query.trim();
}

function selectedFilters(): Filters {
  const filters: Filters = {};
  for (const box of checkboxes) if (box.checked) (filters[box.name] ??= { any: [] }).any.push(box.value);
  return filters;
}

/** The URL holds the whole state: q, each checked filter, sort. */
function writeUrl() {
  const params = new URLSearchParams();
  if (input.value.trim()) params.set('q', input.value.trim());
  for (const box of checkboxes) if (box.checked) params.append(box.name, box.value);
  if (sortSelect.value) params.set('sort', sortSelect.value);
  const query = params.toString();
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
}

function readUrl() {
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  sortSelect.value = params.get('sort') ?? '';
  for (const box of checkboxes) {
    box.checked = params.getAll(box.name).includes(box.value);
    if (box.checked) box.closest('details')!.open = true;
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The item's own words, escaped, with the searched words marked. */
function marked(text: string, query: string): string {
  const words = query.split(/\s+/).filter((w) => w.length > 1).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const escaped = escapeHtml(text);
  return words.length ? escaped.replace(new RegExp(`\\b(${words.join('|')})`, 'gi'), '<mark>$1</mark>') : escaped;
}

const clip = (text: string, length: number) => (text.length > length ? `${text.slice(0, length)}…` : text);
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Whether a row has one of the chosen values of every facet a filter is set on. */
function keeps(row: Row, filters: Filters): boolean {
  return resultFacets.every((facet) => {
    const wanted = filters[facet]?.any;
    return !wanted?.length || wanted.some((value) => row.facets[facet]?.includes(value));
  });
}

/** The row a section heading's id holds (`rowAnchor` in src/search/records.ts), if any. */
function rowOf(anchor: Anchor): Row | undefined {
  if (!/^[rs]~/.test(anchor.id)) return undefined;
  try {
    return JSON.parse(decodeURIComponent(anchor.id.slice(2))) as Row;
  } catch {
    return undefined;
  }
}

/**
 * The results one index page gives: the sections whose words matched (every section when
 * only filters are chosen), each kept only if the chosen facets allow it. A section runs
 * from its heading to the next; the first is the page's document itself.
 */
function resultsOf(data: ResultData, query: string, filters: Filters): Shown[] {
  const words = data.content.split(/\s+/);
  const sections = new Map(data.anchors.map((anchor, i) => [anchor.id, { anchor, row: rowOf(anchor), end: data.anchors[i + 1]?.location ?? words.length }]));
  const self = data.anchors[0] ? rowOf(data.anchors[0]) : undefined;
  const matched = query ? data.sub_results.map((sub) => sub.anchor?.id ?? '') : data.anchors.map((anchor) => anchor.id);
  const shown: Shown[] = [];
  for (const id of new Set(matched)) {
    const section = sections.get(id);
    const row = section?.row;
    if (!section || !row || !keeps(row, filters)) continue;
    const text = words.slice(section.anchor.location + wordCount(section.anchor.text), section.end).join(' ');
    const href = row.href.startsWith('#') ? `${data.url}${row.href}` : row.href || data.url;
    if (row.facets.type?.includes('Document')) {
      shown.push({ href, title: row.label, facts: [row.facets.kind?.[0], data.meta.authority, row.date], text: clip(text, 320), sort: row.sort });
      continue;
    }
    shown.push({
      href,
      title: row.label ? `${row.label}: ${clip(text, 90)}` : `${section.anchor.text}: ${text}`,
      facts: [row.facets.type?.[0], data.meta.authority, data.meta.title, row.date, row.facets.status?.[0]],
      text: clip(text, 320),
      sort: self?.sort,
    });
  }
  return shown;
}

/** A date sort: which end of each index page's dates orders the pages, and the direction. */
interface DateOrder { dates: Record<string, [string, string]>; end: 0 | 1; direction: 1 | -1 }
let dateOrder: DateOrder | undefined;
/** Results read but not shown yet (date sorts only), in the chosen order. */
let pending: Shown[] = [];

/**
 * Reads the next index pages and shows their results, until a page of results is shown.
 * Sorted by date, an index page (a plan with its updates) spans several dates, so results
 * wait in `pending` until no unread page can hold one that goes before them.
 */
async function renderMore(current: number) {
  const query = expand(input.value);
  const filters = selectedFilters();
  const highlight = input.value.trim() ? `highlight=${encodeURIComponent(query)}` : '';
  const stop = Math.min(results.length, loaded + PAGES_READ);
  let added = 0;
  const show = (result: Shown) => {
    const [path, hash] = result.href.split('#');
    const href = `${path}${highlight ? `?${highlight}` : ''}${hash ? `#${hash}` : ''}`;
    const facts = result.facts.filter((fact): fact is string => Boolean(fact)).map(escapeHtml).join(' · ');
    const li = document.createElement('li');
    li.className = 'lib-result';
    li.innerHTML = `<h3 class="govuk-heading-s govuk-!-margin-bottom-1"><a class="govuk-link" href="${escapeHtml(href)}">${escapeHtml(result.title)}</a></h3><p class="govuk-body-s lib-meta govuk-!-margin-bottom-1">${facts}</p><p class="govuk-body-s">${marked(result.text, query)}</p>`;
    list.append(li);
    added += 1;
  };
  for (;;) {
    if (dateOrder) {
      const { dates, end, direction } = dateOrder;
      const next = loaded < results.length ? (dates[results[loaded]!.id]?.[end] ?? '') : undefined;
      while (added < PAGE_SIZE && pending.length && (next === undefined || direction * (pending[0]!.sort ?? '').localeCompare(next) <= 0)) show(pending.shift()!);
    }
    if (added >= PAGE_SIZE || loaded >= stop) break;
    const batch = results.slice(loaded, Math.min(stop, loaded + 10));
    const data = await Promise.all(batch.map((r) => r.data()));
    if (current !== generation) return;
    loaded += batch.length;
    const found = data.flatMap((d) => resultsOf(d, query, filters));
    if (!dateOrder) {
      found.forEach(show);
      continue;
    }
    const direction = dateOrder.direction;
    pending = [...pending, ...found].sort((a, b) => direction * (a.sort ?? '').localeCompare(b.sort ?? ''));
  }
  shown += added;
  more.hidden = loaded >= results.length && pending.length === 0;
}

function updateCounts(counts: Record<string, Record<string, number>>) {
  for (const box of checkboxes) {
    const count = counts[box.name]?.[box.value] ?? 0;
    const label = box.labels?.[0]?.querySelector('[data-count]');
    if (label) label.textContent = `(${count})`;
  }
}

/** Says how many results are shown, once they are on the page, so the count and the list agree. */
function announce() {
  const typed = input.value.trim();
  const query = expand(typed);
  const what = query ? ` for “${typed}”${query !== typed ? ` (searching for “${query}”)` : ''}` : '';
  const filtered = Object.keys(selectedFilters()).length ? ' with the filters chosen' : '';
  const partly = loaded < results.length || pending.length ? `, from the first ${loaded} of ${results.length} matching reviews and plans` : '';
  statusLine.textContent = `${shown} result${shown === 1 ? '' : 's'}${what}${filtered}${partly}`;
}

async function run() {
  const current = ++generation;
  writeUrl();
  const query = expand(input.value);
  const filters = selectedFilters();
  if (!query && Object.keys(filters).length === 0) {
    list.replaceChildren();
    more.hidden = true;
    statusLine.textContent = 'Type to search the library';
    return;
  }
  statusLine.textContent = 'Searching…';
  pagefind ??= await pagefindReady;
  const search = await pagefind.search(query || null, { filters });
  let found = search.results;
  let order: DateOrder | undefined;
  if (sortSelect.value) {
    // An index page holds a plan and its updates: newest first orders pages by their newest
    // document, oldest first by their oldest; renderMore puts each result in its place.
    datesReady ??= fetch(`${base}search/dates.json`).then((response) => response.json());
    order = { dates: await datesReady, ...(sortSelect.value === 'date-asc' ? { end: 0, direction: 1 } : { end: 1, direction: -1 }) } as DateOrder;
    const { dates, end, direction } = order;
    const dateOf = (result: PagefindResult) => dates[result.id]?.[end] ?? '';
    found = [...found].sort((a, b) => direction * dateOf(a).localeCompare(dateOf(b)));
  }
  if (current !== generation) return;
  results = found;
  dateOrder = order;
  pending = [];
  loaded = 0;
  shown = 0;
  list.replaceChildren();
  await renderMore(current);
  if (current !== generation) return;
  announce();
  await facetsReady;
  // Searching again costs nothing now that every chunk it needs is loaded; this time it counts every facet.
  const counted = await pagefind.search(query || null, { filters });
  if (current === generation) updateCounts(counted.filters);
}

let timer: number | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = window.setTimeout(run, 250);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void run();
});
form.addEventListener('change', (event) => {
  if (event.target !== input) void run();
});
more.addEventListener('click', () => {
  const current = generation;
  void renderMore(current).then(() => {
    if (current === generation) announce();
  });
});
window.addEventListener('popstate', () => {
  readUrl();
  void run();
});

readUrl();
void run();

export {};
