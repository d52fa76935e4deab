/**
 * The search page's behaviour, on Pagefind's JS API (loaded on demand from /pagefind/).
 * Chosen over Pagefind's Component UI so results, facet labels and counts, and the URL
 * state can follow the library's own markup (GOV.UK components) and contract.
 */
type Filters = Record<string, { any: string[] }>;
interface PagefindResult { id: string; data: () => Promise<ResultData> }
interface ResultData { url: string; excerpt: string; meta: Record<string, string> }
interface PagefindSearch { results: PagefindResult[]; filters: Record<string, Record<string, number>> }
interface Pagefind {
  init: () => Promise<void>;
  options: (options: object) => Promise<void>;
  search: (query: string | null, options: { filters?: Filters; sort?: Record<string, 'asc' | 'desc'> }) => Promise<PagefindSearch>;
  debouncedSearch: (query: string | null, options: object, wait: number) => Promise<PagefindSearch | null>;
}

const PAGE_SIZE = 20;
const app = document.getElementById('search-app')!;
const form = document.getElementById('search-form') as HTMLFormElement;
const input = document.getElementById('search-query') as HTMLInputElement;
const sortSelect = document.getElementById('search-sort') as HTMLSelectElement;
const statusLine = document.getElementById('search-status')!;
const list = document.getElementById('search-results')!;
const more = document.getElementById('search-more') as HTMLButtonElement;
const base = app.dataset.base ?? '/';
const synonyms = JSON.parse(document.getElementById('search-synonyms')?.textContent ?? '{}') as Record<string, string>;
const checkboxes = [...form.querySelectorAll<HTMLInputElement>('.govuk-checkboxes__input')];

app.hidden = false;
// Start loading the index as soon as the page is shown, so the first query does not wait for it.
const pagefindReady = import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (module: Pagefind) => {
  await module.init();
  return module;
});
let pagefind: Pagefind | undefined;
let results: PagefindResult[] = [];
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

/** The item's own text with the searched words marked (Pagefind's excerpt for whole pages). */
function excerptOf(item: ResultData, query: string): string {
  if (!item.meta.text) return item.excerpt;
  const words = query.split(/\s+/).filter((w) => w.length > 1).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const escaped = escapeHtml(item.meta.text);
  return words.length ? escaped.replace(new RegExp(`\\b(${words.join('|')})`, 'gi'), '<mark>$1</mark>') : escaped;
}

async function renderMore(current: number) {
  const slice = results.slice(shown, shown + PAGE_SIZE);
  const data = await Promise.all(slice.map((r) => r.data()));
  if (current !== generation) return;
  const highlight = input.value.trim() ? `highlight=${encodeURIComponent(expand(input.value))}` : '';
  for (const item of data) {
    const [path, hash] = item.url.split('#');
    const href = `${path}${highlight ? `?${highlight}` : ''}${hash ? `#${hash}` : ''}`;
    const facts = [item.meta.type, item.meta.authority, item.meta.document, item.meta.date, item.meta.status].filter((fact): fact is string => Boolean(fact)).map(escapeHtml).join(' · ');
    const li = document.createElement('li');
    li.className = 'lib-result';
    // Both excerpts are escaped text with <mark> around the matched words.
    li.innerHTML = `<h3 class="govuk-heading-s govuk-!-margin-bottom-1"><a class="govuk-link" href="${escapeHtml(href)}">${escapeHtml(item.meta.title ?? item.url)}</a></h3><p class="govuk-body-s lib-meta govuk-!-margin-bottom-1">${facts}</p><p class="govuk-body-s">${excerptOf(item, expand(input.value))}</p>`;
    list.append(li);
  }
  shown += slice.length;
  more.hidden = shown >= results.length;
}

function updateCounts(counts: Record<string, Record<string, number>>) {
  for (const box of checkboxes) {
    const count = counts[box.name]?.[box.value] ?? 0;
    const label = box.labels?.[0]?.querySelector('[data-count]');
    if (label) label.textContent = `(${count})`;
  }
}

async function run() {
  const current = ++generation;
  writeUrl();
  const query = expand(input.value);
  const filters = selectedFilters();
  const hasFilters = Object.keys(filters).length > 0;
  if (!query && !hasFilters) {
    list.replaceChildren();
    more.hidden = true;
    statusLine.textContent = 'Type to search the library';
    return;
  }
  statusLine.textContent = 'Searching…';
  pagefind ??= await pagefindReady;
  const sort = sortSelect.value ? { date: (sortSelect.value === 'date-asc' ? 'asc' : 'desc') as 'asc' | 'desc' } : undefined;
  const search = await pagefind.search(query || null, { filters, ...(sort ? { sort } : {}) });
  if (current !== generation) return;
  results = search.results;
  shown = 0;
  list.replaceChildren();
  updateCounts(search.filters);
  await renderMore(current);
  if (current !== generation) return;
  // Announced once the results are on the page, so the count and the list agree.
  const what = query ? ` for “${input.value.trim()}”${query !== input.value.trim() ? ` (searching for “${query}”)` : ''}` : '';
  statusLine.textContent = `${results.length} result${results.length === 1 ? '' : 's'}${what}${hasFilters ? ' with the filters chosen' : ''}`;
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
more.addEventListener('click', () => void renderMore(generation));
window.addEventListener('popstate', () => {
  readUrl();
  void run();
});

readUrl();
void run();

export {};
