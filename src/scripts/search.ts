/**
 * The search page's behaviour, on Pagefind's JS API (loaded on demand from /pagefind/).
 * Chosen over Pagefind's Component UI so results, facet labels and counts, and the URL
 * state can follow the library's own markup (GOV.UK components) and contract.
 *
 * Pagefind returns pages, a review or a plan with its updates (see src/search/records.ts).
 * Each section of a page is a result whose row (link, name, facet values) its heading's id
 * holds; Pagefind's sub-results say which sections hold the searched words. This script
 * turns pages into results and keeps those the chosen facets allow.
 */
import { escapeMarkup } from '../lib/markup.ts';
import type { ResultFacet, SearchRow as Row } from '../search/records.ts';
import { loadPagefind, type Anchor, type Filters, type PagefindResult, type ResultData, type SubResult } from './load-pagefind.ts';

interface Shown { href: string; title: string; facts: Array<string | undefined>; text: string; sort?: string }
/** A date sort: which end of each index page's dates orders the pages, and the direction. */
interface DateOrder { dates: Record<string, [string, string]>; end: 0 | 1; direction: 1 | -1 }
/** One search: what was asked, and how far its results have been read and shown. */
interface Search {
  generation: number;
  query: string;
  typed: string;
  filters: Filters;
  /** Index pages matching, in the order they are read; the first `loaded` have been read. */
  pages: PagefindResult[];
  loaded: number;
  /** Results read but not shown yet, in the order they will be shown. */
  pending: Shown[];
  shown: number;
  dateOrder?: DateOrder;
}

/** Each "Show more" shows this many results… */
const PAGE_SIZE = 20;
/** …reading at most this many more index pages, unless none of them gave a result yet. */
const PAGES_READ = 40;
const app = document.getElementById('search-app')!;
const form = document.getElementById('search-form') as HTMLFormElement;
const input = document.getElementById('search-query') as HTMLInputElement;
const sortSelect = document.getElementById('search-sort') as HTMLSelectElement;
const statusLine = document.getElementById('search-status')!;
const list = document.getElementById('search-results')!;
const more = document.getElementById('search-more') as HTMLButtonElement;
const base = app.dataset.base ?? '/';
/** Where the build wrote each index page's dates (DATES_PATH in src/search/records.ts). */
const datesUrl = app.dataset.dates!;
const resultFacets = (app.dataset.resultFacets ?? '').split(' ').filter(Boolean) as ResultFacet[];
const synonyms = JSON.parse(document.getElementById('search-synonyms')?.textContent ?? '{}') as Record<string, string>;
const checkboxes = [...form.querySelectorAll<HTMLInputElement>('.govuk-checkboxes__input')];

app.hidden = false;
// Start loading the index as soon as the page is shown, so the first query does not wait for it.
// The indexed URLs already carry the site's base path, so Pagefind must not add it again.
const pagefindReady = loadPagefind(`${base}pagefind/`, { baseUrl: '/' });
/**
 * Pagefind counts a facet's values only once that facet's index is loaded: they are all
 * loaded once the first results are shown (not before: they would hold those results up),
 * so that every checkbox can show its count.
 */
let facetsReady: Promise<unknown> | undefined;
/** Each index page's oldest and newest date, by result id, fetched the first time a reader sorts by date. */
let datesReady: Promise<Record<string, [string, string]>> | undefined;
let current: Search | undefined;
let generation = 0;
/** The "Show more" in progress, so that a second click does not read the same pages again. */
let showing: Promise<void> | undefined;

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

const queryWords = (query: string) => query.toLowerCase().split(/\s+/).filter((w) => w.length > 1);

/** The item's own words, escaped, with the searched words marked (matched on the text, escaped after). */
function marked(text: string, query: string): string {
  const words = queryWords(query).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (!words.length) return escapeMarkup(text);
  return text
    .split(new RegExp(`\\b(${words.join('|')})`, 'gi'))
    .map((piece, i) => (i % 2 ? `<mark>${escapeMarkup(piece)}</mark>` : escapeMarkup(piece)))
    .join('');
}

const clip = (text: string, length: number) => (text.length > length ? `${text.slice(0, length)}…` : text);
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;
const commonPrefix = (a: string, b: string) => {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
};

/**
 * Whether a section holds every searched word, as a record of its own used to have to.
 * Pagefind asks that of the whole page; each word it matched in the section (stemmed, so
 * "stories" for "story") is credited to the searched word it shares the longest start with.
 */
function holdsEveryWord(sub: SubResult, words: string[], query: string[]): boolean {
  if (query.length < 2) return true;
  const found = new Set<string>();
  for (const location of sub.locations) {
    // Pagefind also indexes the parts of a joined word ("life" and "story" in "life-story").
    for (const part of (words[location] ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean)) {
      let best = '';
      let bestLength = 0;
      for (const term of query) {
        const length = commonPrefix(part, term);
        if (length > bestLength) [best, bestLength] = [term, length];
      }
      if (bestLength >= Math.min(3, best.length)) found.add(best);
    }
  }
  return query.every((term) => found.has(term));
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

/** Whether a row has one of the chosen values of every facet a filter is set on. */
function keeps(row: Row, filters: Filters): boolean {
  return resultFacets.every((facet) => {
    const wanted = filters[facet]?.any;
    return !wanted?.length || wanted.some((value) => row.facets[facet]?.includes(value));
  });
}

/**
 * The results one index page gives: the sections holding every searched word (every section
 * when only filters are chosen), each kept only if the chosen facets allow it. A section runs
 * from its heading to the next; the first is the page's document itself.
 */
function resultsOf(data: ResultData, search: Search): Shown[] {
  const words = data.content.split(/\s+/);
  const sections = new Map(data.anchors.map((anchor, i) => [anchor.id, { anchor, row: rowOf(anchor), end: data.anchors[i + 1]?.location ?? words.length }]));
  const self = data.anchors[0] ? rowOf(data.anchors[0]) : undefined;
  const terms = queryWords(search.query);
  const matched = search.query
    ? data.sub_results.filter((sub) => holdsEveryWord(sub, words, terms)).map((sub) => sub.anchor?.id ?? '')
    : data.anchors.map((anchor) => anchor.id);
  const shown: Shown[] = [];
  for (const id of new Set(matched)) {
    const section = sections.get(id);
    const row = section?.row;
    if (!section || !row || !keeps(row, search.filters)) continue;
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

function show(search: Search, result: Shown) {
  const highlight = search.typed ? `highlight=${encodeURIComponent(search.query)}` : '';
  const [path, hash] = result.href.split('#');
  const href = `${path}${highlight ? `?${highlight}` : ''}${hash ? `#${hash}` : ''}`;
  const facts = result.facts.filter((fact): fact is string => Boolean(fact)).map(escapeMarkup).join(' · ');
  const li = document.createElement('li');
  li.className = 'lib-result';
  li.innerHTML = `<h3 class="govuk-heading-s govuk-!-margin-bottom-1"><a class="govuk-link" href="${escapeMarkup(href)}">${escapeMarkup(result.title)}</a></h3><p class="govuk-body-s lib-meta govuk-!-margin-bottom-1">${facts}</p><p class="govuk-body-s">${marked(result.text, search.query)}</p>`;
  list.append(li);
  search.shown += 1;
}

/**
 * Reads the next index pages and shows the next page of results. Results wait in `pending`
 * until their turn: in relevance order, behind the page they came from; sorted by date,
 * until no unread page can hold one that goes before them (a page, a plan with its updates,
 * spans several dates).
 */
async function renderMore(search: Search) {
  const stop = Math.min(search.pages.length, search.loaded + PAGES_READ);
  const order = search.dateOrder;
  let added = 0;
  /** Shows the waiting results whose turn has come, up to a page of them. */
  const showDue = () => {
    const next = order && search.loaded < search.pages.length ? (order.dates[search.pages[search.loaded]!.id]?.[order.end] ?? '') : undefined;
    while (added < PAGE_SIZE && search.pending.length && (!order || next === undefined || order.direction * (search.pending[0]!.sort ?? '').localeCompare(next) <= 0)) {
      show(search, search.pending.shift()!);
      added += 1;
    }
  };
  for (;;) {
    showDue();
    // Past PAGES_READ only for a date sort whose results are all still waiting for their turn.
    if (added >= PAGE_SIZE || search.loaded >= search.pages.length || (search.loaded >= stop && !(order && added === 0 && search.pending.length))) break;
    // Ten pages are read at once, and each one's results are shown as soon as their turn comes.
    const reading = search.pages.slice(search.loaded, search.loaded + 10).map((page) => page.data());
    // A failure is reported by the read that meets it; those left unread when it does must not warn.
    for (const page of reading) page.catch(() => undefined);
    for (const page of reading) {
      const data = await page;
      if (search.generation !== generation) return;
      search.loaded += 1;
      const found = resultsOf(data, search);
      search.pending = order ? [...search.pending, ...found].sort((a, b) => order.direction * (a.sort ?? '').localeCompare(b.sort ?? '')) : [...search.pending, ...found];
      showDue();
    }
  }
  more.hidden = search.loaded >= search.pages.length && search.pending.length === 0;
}

function updateCounts(counts: Record<string, Record<string, number>>) {
  for (const box of checkboxes) {
    const count = counts[box.name]?.[box.value] ?? 0;
    const label = box.labels?.[0]?.querySelector('[data-count]');
    if (label) label.textContent = `(${count})`;
  }
}

/** Says how many results are shown, once they are on the page, so the count and the list agree. */
function announce(search: Search) {
  const what = search.query ? ` for “${search.typed}”${search.query !== search.typed ? ` (searching for “${search.query}”)` : ''}` : '';
  const filtered = Object.keys(search.filters).length ? ' with the filters chosen' : '';
  const partly =
    search.loaded < search.pages.length
      ? `, from the first ${search.loaded} of ${search.pages.length} matching reviews and plans`
      : search.pending.length
        ? `; ${search.pending.length} more to show`
        : '';
  statusLine.textContent = `${search.shown} result${search.shown === 1 ? '' : 's'}${what}${filtered}${partly}`;
}

/** Each index page's dates, for a date sort; a failed fetch is tried again on the next sort. */
function sortDates(): Promise<Record<string, [string, string]>> {
  datesReady ??= fetch(datesUrl, { cache: 'no-cache' }).then((response) => {
    if (!response.ok) throw new Error(`${datesUrl} answered ${response.status}`);
    return response.json() as Promise<Record<string, [string, string]>>;
  });
  datesReady.catch(() => (datesReady = undefined));
  return datesReady;
}

async function run() {
  const ticket = ++generation;
  writeUrl();
  more.hidden = true;
  const typed = input.value.trim();
  const query = expand(typed);
  const filters = selectedFilters();
  if (!query && Object.keys(filters).length === 0) {
    current = undefined;
    list.replaceChildren();
    statusLine.textContent = 'Type to search the library';
    return;
  }
  statusLine.textContent = 'Searching…';
  try {
    const pagefind = await pagefindReady;
    const found = await pagefind.search(query || null, { filters });
    let pages = found.results;
    let dateOrder: DateOrder | undefined;
    if (sortSelect.value) {
      // Newest first orders pages by their newest document, oldest first by their oldest;
      // renderMore then puts each result in its place.
      const dates = await sortDates();
      dateOrder = sortSelect.value === 'date-asc' ? { dates, end: 0, direction: 1 } : { dates, end: 1, direction: -1 };
      const { end, direction } = dateOrder;
      const dateOf = (result: PagefindResult) => dates[result.id]?.[end] ?? '';
      pages = [...pages].sort((a, b) => direction * dateOf(a).localeCompare(dateOf(b)));
    }
    if (ticket !== generation) return;
    const search: Search = { generation: ticket, query, typed, filters, pages, loaded: 0, pending: [], shown: 0, ...(dateOrder ? { dateOrder } : {}) };
    current = search;
    list.replaceChildren();
    await renderMore(search);
    if (ticket !== generation) return;
    announce(search);
    try {
      facetsReady ??= pagefind.filters();
      await facetsReady;
      // Searching again costs nothing now that every chunk it needs is loaded; this time it counts every facet.
      const counted = await pagefind.search(query || null, { filters });
      if (ticket === generation) updateCounts(counted.filters);
    } catch {
      // The results stand without counts; the next search loads the facets again.
      facetsReady = undefined;
    }
  } catch (error) {
    if (ticket === generation) statusLine.textContent = `Search failed: ${(error as Error).message}. Try again, or browse the themes and recommendations.`;
  }
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
  const search = current;
  if (!search || showing) return;
  more.disabled = true;
  showing = renderMore(search).then(() => {
    if (search.generation === generation) announce(search);
  });
  void showing.finally(() => {
    showing = undefined;
    more.disabled = false;
  });
});
window.addEventListener('popstate', () => {
  readUrl();
  void run();
});

readUrl();
void run();

export {};
