/**
 * The search page's behaviour, on Pagefind's JS API (loaded on demand from /pagefind/).
 * Chosen over Pagefind's Component UI so results, facet labels and counts, and the URL
 * state can follow the library's own markup (GOV.UK components) and contract.
 *
 * Pagefind returns pages, a review or a plan with its updates (see src/search/records.ts).
 * Each section of a page is a result whose row (link, name, facet values) its heading's id
 * holds; Pagefind's sub-results say which sections hold the searched words. This script
 * turns pages into results and keeps those the chosen facets allow. A query that names a
 * theme also finds the items on that theme. Facet counts are counted on the same results.
 */
import { distance } from 'fastest-levenshtein';
import { csvCells, csvOptions } from '../lib/csv.ts';
import { escapeMarkup } from '../lib/markup.ts';
import type { SearchRow as Row } from '../search/records.ts';
import { loadPagefind, type Anchor, type Filters, type PagefindResult, type ResultData } from './load-pagefind.ts';

interface Shown { href: string; title: string; facts: Array<string | undefined>; text: string; sort?: string; heading: string; record: ResultRecord }
/** A result as a row of the CSV a reader downloads: every fact the result shows, its whole text and its full address. */
interface ResultRecord {
  type: string;
  label: string;
  text: string;
  authority: string;
  region: string;
  document: string;
  kind: string;
  year: string;
  date: string;
  status: string;
  grade: string;
  themes: string[];
  address: string;
}
const CSV_COLUMNS = ['type', 'label', 'text', 'authority', 'region', 'document', 'kind', 'year', 'date', 'status', 'grade', 'themes', 'address'] as const satisfies ReadonlyArray<keyof ResultRecord>;
/** A date sort: which end of each index page's dates orders the pages, and the direction. */
interface DateOrder { dates: Record<string, [string, string]>; end: 0 | 1; direction: 1 | -1 }
/** An index page a search matched: by the words typed, by the theme the query names, or both. */
interface Hit { id: string; words?: PagefindResult; theme?: PagefindResult }
/** A matched section: its heading, row, words and facet values (the page's authority and region included). */
interface Match { anchor: Anchor; row: Row; text: string; facets: Record<string, string[]> }
/** One search: what was asked, and how far its results have been read and shown. */
interface Search {
  generation: number;
  typed: string;
  /** The theme the query names ("IRO"), whose items are found besides those holding the words. */
  theme?: string;
  filters: Filters;
  /** Index pages matching, in the order they are read; the first `loaded` have been read. */
  pages: Hit[];
  loaded: number;
  /** Results read but not shown yet, in the order they will be shown. */
  pending: Shown[];
  shown: number;
  /** Every result, once counted (undefined until then, or when too many pages match to count). */
  total?: number;
  /** Shown results whose heading is the query itself (an item id typed, "5.8.3"). */
  named: Shown[];
  dateOrder?: DateOrder;
}
/** What started a search: it decides the history entry and whether a typed reference is followed. */
type Trigger = 'load' | 'type' | 'submit' | 'change' | 'pop';

/** Each "Show more" shows this many results… */
const PAGE_SIZE = 20;
/** …reading at most this many more index pages, unless none of them gave a result yet. */
const PAGES_READ = 40;
/** Facet counts read every page a facet's counts need; past this many, that facet shows none rather than wrong ones. */
const COUNT_PAGES = 300;
const app = document.getElementById('search-app')!;
const form = document.getElementById('search-form') as HTMLFormElement;
const input = document.getElementById('search-query') as HTMLInputElement;
const sortSelect = document.getElementById('search-sort') as HTMLSelectElement;
const statusLine = document.getElementById('search-status')!;
const hints = document.getElementById('search-hints')!;
const countHint = document.getElementById('search-count-hint')!;
const list = document.getElementById('search-results')!;
const more = document.getElementById('search-more') as HTMLButtonElement;
const take = document.getElementById('search-take')!;
const printButton = document.getElementById('search-print') as HTMLButtonElement;
const csvButton = document.getElementById('search-csv') as HTMLButtonElement;
const summary = document.getElementById('search-summary')!;
const base = app.dataset.base ?? '/';
/** The configured site's address (the printed title block's), so a CSV's addresses are the library's wherever it was opened. */
const siteUrl = document.querySelector<HTMLElement>('.lib-title-block')?.dataset.site ?? `${location.origin}${base}`;
/** Where the build wrote each index page's dates (DATES_PATH in src/search/records.ts). */
const datesUrl = app.dataset.dates!;
const wordsUrl = app.dataset.words!;
const itemsUrl = app.dataset.items!;
const json = <T>(id: string) => JSON.parse(document.getElementById(id)?.textContent ?? '{}') as T;
const synonyms = json<Record<string, string>>('search-synonyms');
const statusPhrases = json<Record<string, string[]>>('search-status-phrases');
const checkboxes = [...form.querySelectorAll<HTMLInputElement>('.govuk-checkboxes__input')];
const facetNames = [...new Set(checkboxes.map((box) => box.name))];
const countHintText = countHint.textContent;

app.hidden = false;
// Start loading the index as soon as the page is shown, so the first query does not wait for it.
// The indexed URLs already carry the site's base path, so Pagefind must not add it again.
const pagefindReady = loadPagefind(`${base}pagefind/`, { baseUrl: '/' });
/**
 * Pagefind answers a filtered search only once that facet's index is loaded: they are all
 * loaded once the first results are shown (not before: they would hold those results up).
 */
let facetsReady: Promise<unknown> | undefined;
/** Each index page's oldest and newest date, by result id, fetched the first time a reader sorts by date. */
let datesReady: Promise<Record<string, [string, string]>> | undefined;
let wordsReady: Promise<Record<string, number>> | undefined;
let current: Search | undefined;
let generation = 0;
/** The "Show more" in progress, so that a second click does not read the same pages again. */
let showing: Promise<void> | undefined;
/** Whether the history entry on top was written by typing, so that the rest of a typed query replaces it. */
let typingEntry = false;

function selectedFilters(): Filters {
  const filters: Filters = {};
  for (const box of checkboxes) if (box.checked) (filters[box.name] ??= { any: [] }).any.push(box.value);
  return filters;
}

/**
 * The URL holds the whole state: q, each checked filter, sort. Each new query or choice of
 * filters is a history entry, so Back and Forward step through them; the keystrokes of one
 * query share one entry.
 */
function writeUrl(trigger: Trigger) {
  if (trigger === 'pop') return;
  const params = new URLSearchParams();
  if (input.value.trim()) params.set('q', input.value.trim());
  for (const box of checkboxes) if (box.checked) params.append(box.name, box.value);
  if (sortSelect.value) params.set('sort', sortSelect.value);
  const query = params.toString();
  const url = query ? `?${query}` : location.pathname;
  const same = url === (location.search || location.pathname);
  if (trigger === 'load' || same || (trigger === 'type' && typingEntry)) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  typingEntry = trigger === 'type' || (typingEntry && same);
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
/** A query's words as Pagefind splits them ("life-story" is "life" and "story"). */
const wordParts = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

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

/** Endings that make another form of the same word ("stories", "safeguarding", "caseloads"). */
const ENDING = /^(?:s|es|ed|d|ing|ings|ies|ied|y|e|er|ers|ion|ions|ive|ly|ment|ments|al|ally|ation|ations|ise|ised|ises|ising|ity)?$/;
const SHORT_ENDING = /^(?:s|es)?$/;

/**
 * Whether a word found in the text is a form of a searched word: the same word with another
 * ending, as Pagefind's stemming matches it, and not merely a word sharing its first letters
 * ("over-arching" is no form of "overdue").
 */
function sameWord(found: string, term: string): boolean {
  const n = commonPrefix(found, term);
  if (n === term.length && n === found.length) return true;
  if (n < 3) return false;
  // A doubled consonant before the ending ("planning" for "plans").
  const rest = (word: string) => (word[n] === word[n - 1] ? word.slice(n + 1) : word.slice(n));
  // A short word takes a plural only ("IROs" for "IRO", but not "offer" for "off").
  const ending = term.length <= 3 ? SHORT_ENDING : ENDING;
  return ending.test(rest(found)) && ending.test(rest(term));
}

/**
 * Whether a section holds every searched word, as a record of its own used to have to.
 * Pagefind asks that of the whole page, and matches words by their first letters; here a
 * word counts only if it is a form of a searched word. (Read from the section's own words,
 * not Pagefind's sub-results: Pagefind keeps one copy of a page's data and rewrites its
 * sub-results for each search that reads it.)
 */
function holdsEveryWord(words: string[], terms: string[]): boolean {
  const found = new Set<string>();
  // Pagefind also indexes the parts of a joined word ("life" and "story" in "life-story").
  for (const word of words) for (const part of wordParts(word)) for (const term of terms) if (sameWord(part, term)) found.add(term);
  return terms.length > 0 && terms.every((term) => found.has(term));
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

/** Whether a result has one of the chosen values of every facet a filter is set on (but `except`). */
function keeps(facets: Record<string, string[]>, filters: Filters, except?: string): boolean {
  return Object.entries(filters).every(([facet, { any }]) => facet === except || !any.length || any.some((value) => facets[facet]?.includes(value)));
}

/**
 * The sections of an index page a search matched, whatever the filters: those holding every
 * searched word, and those on the theme the query names (every section when only filters
 * are chosen). A section runs from its heading to the next; the first is the page's document.
 */
function matchesOf(data: ResultData, hit: Hit, typed: string, theme?: string): Match[] {
  const words = data.content.split(/\s+/);
  const terms = [...new Set(queryWords(typed).flatMap(wordParts))];
  const page = { authority: [data.meta.authority ?? ''], region: data.filters?.region ?? [] };
  return data.anchors.flatMap((anchor, i) => {
    const row = rowOf(anchor);
    if (!row) return [];
    const section = words.slice(anchor.location, data.anchors[i + 1]?.location ?? words.length);
    const matched = !typed || (hit.words && holdsEveryWord(section, terms)) || (hit.theme && theme && row.facets.theme?.includes(theme));
    if (!matched) return [];
    const text = section.slice(wordCount(anchor.text)).join(' ');
    return [{ anchor, row, text, facets: { ...page, ...row.facets } as Record<string, string[]> }];
  });
}

/** The results one index page gives: its matched sections the chosen facets allow. */
function resultsOf(data: ResultData, hit: Hit, search: Search): Shown[] {
  const self = data.anchors[0] ? rowOf(data.anchors[0]) : undefined;
  return matchesOf(data, hit, search.typed, search.theme)
    .filter((match) => keeps(match.facets, search.filters))
    .map(({ anchor, row, text, facets }) => {
      const href = row.href.startsWith('#') ? `${data.url}${row.href}` : row.href || data.url;
      const first = (facet: string) => facets[facet]?.[0] ?? '';
      const record: ResultRecord = {
        type: first('type'),
        label: row.label || anchor.text,
        text,
        authority: data.meta.authority ?? '',
        region: first('region'),
        document: data.meta.title ?? '',
        kind: first('kind'),
        year: first('year'),
        date: row.date,
        status: first('status'),
        grade: first('grade'),
        themes: facets.theme ?? [],
        address: new URL(href, siteUrl).href,
      };
      if (row.facets.type?.includes('Document')) {
        return { href, title: row.label, facts: [row.facets.kind?.[0], data.meta.authority, row.date], text: clip(text, 320), sort: row.sort, heading: anchor.text, record };
      }
      return {
        href,
        title: row.label ? `${row.label}: ${clip(text, 90)}` : `${anchor.text}: ${text}`,
        facts: [row.facets.type?.[0], data.meta.authority, data.meta.title, row.date, row.facets.status?.[0]],
        text: clip(text, 320),
        sort: self?.sort,
        heading: anchor.text,
        record,
      };
    });
}

function show(search: Search, result: Shown) {
  const highlight = search.typed ? `highlight=${encodeURIComponent(search.typed)}` : '';
  const [path, hash] = result.href.split('#');
  const href = `${path}${highlight ? `?${highlight}` : ''}${hash ? `#${hash}` : ''}`;
  const facts = result.facts.filter((fact): fact is string => Boolean(fact)).map(escapeMarkup).join(' · ');
  const li = document.createElement('li');
  li.className = 'lib-result';
  li.innerHTML = `<h3 class="govuk-heading-s govuk-!-margin-bottom-1"><a class="govuk-link" href="${escapeMarkup(href)}">${escapeMarkup(result.title)}</a></h3><p class="govuk-body-s lib-meta govuk-!-margin-bottom-1">${facts}</p><p class="govuk-body-s">${marked(result.text, search.typed)}</p>`;
  list.append(li);
  search.shown += 1;
  if (search.typed && result.heading.toLowerCase() === search.typed.toLowerCase()) search.named.push(result);
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
    const hits = search.pages.slice(search.loaded, search.loaded + 10);
    const reading = hits.map((hit) => (hit.words ?? hit.theme)!.data());
    // A failure is reported by the read that meets it; those left unread when it does must not warn.
    for (const page of reading) page.catch(() => undefined);
    for (const [i, page] of reading.entries()) {
      const data = await page;
      if (search.generation !== generation) return;
      search.loaded += 1;
      const found = resultsOf(data, hits[i]!, search);
      search.pending = order ? [...search.pending, ...found].sort((a, b) => order.direction * (a.sort ?? '').localeCompare(b.sort ?? '')) : [...search.pending, ...found];
      showDue();
    }
  }
  more.hidden = search.loaded >= search.pages.length && search.pending.length === 0;
}

/** Each index page once, those matching the words first (in Pagefind's order), then those only on the theme. */
function hitsOf(byWords: PagefindResult[], byTheme: PagefindResult[]): Hit[] {
  const hits = new Map<string, Hit>(byWords.map((result) => [result.id, { id: result.id, words: result }]));
  for (const result of byTheme) {
    const hit = hits.get(result.id);
    if (hit) hit.theme = result;
    else hits.set(result.id, { id: result.id, theme: result });
  }
  return [...hits.values()];
}

/** The theme's filter added to the chosen ones: a page must have an item on it (the rows are checked one by one). */
function withTheme(filters: Filters, theme: string): Filters {
  return filters.theme ? filters : { ...filters, theme: { any: [theme] } };
}

/** The index pages a query matches with the given filters: by its words, and by the theme it names. */
async function find(typed: string, theme: string | undefined, filters: Filters): Promise<Hit[]> {
  const pagefind = await pagefindReady;
  const [byWords, byTheme] = await Promise.all([
    typed || !theme ? pagefind.search(typed || null, { filters }) : undefined,
    theme ? pagefind.search(null, { filters: withTheme(filters, theme) }) : undefined,
  ]);
  return hitsOf(byWords?.results ?? [], byTheme?.results ?? []);
}

/**
 * Counts, for each value of each facet, the results the reader gets with that value ticked:
 * the results of the query that the other chosen facets allow and that have that value. A
 * facet's counts are read from every page the query matches with the other chosen filters;
 * a facet whose pages are more than COUNT_PAGES gets none (`counted` leaves it out) rather
 * than wrong ones, so a search by filters alone still counts the facets it narrows.
 */
async function countFacets(search: Search): Promise<{ counts: Record<string, Record<string, number>>; counted: string[] } | undefined> {
  const pagefind = await pagefindReady;
  facetsReady ??= pagefind.filters();
  await facetsReady;
  const chosen = Object.keys(search.filters);
  const without = (facet: string) => Object.fromEntries(Object.entries(search.filters).filter(([name]) => name !== facet)) as Filters;
  const [withAll, ...withoutOne] = await Promise.all([find(search.typed, search.theme, search.filters), ...chosen.map((facet) => find(search.typed, search.theme, without(facet)))]);
  const pagesFor = (facet: string) => (chosen.includes(facet) ? withoutOne[chosen.indexOf(facet)]! : withAll!);
  const counted = facetNames.filter((facet) => pagesFor(facet).length <= COUNT_PAGES);
  if (!counted.length) return undefined;
  // A page found by several searches is read once; its words and theme hits are the page's whatever the filters (keeps() applies them).
  const pages = new Map<string, Hit>();
  for (const hit of counted.flatMap(pagesFor)) {
    const seen = pages.get(hit.id);
    pages.set(hit.id, seen ? { id: hit.id, words: seen.words ?? hit.words, theme: seen.theme ?? hit.theme } : hit);
  }
  const hits = [...pages.values()];
  const counts: Record<string, Record<string, number>> = {};
  let total = 0;
  for (let start = 0; start < hits.length; start += 10) {
    const batch = hits.slice(start, start + 10);
    const data = await Promise.all(batch.map((hit) => (hit.words ?? hit.theme)!.data()));
    if (search.generation !== generation) return undefined;
    data.forEach((page, i) => {
      for (const { facets } of matchesOf(page, batch[i]!, search.typed, search.theme)) {
        if (keeps(facets, search.filters)) total += 1;
        for (const facet of counted) {
          if (!keeps(facets, search.filters, facet)) continue;
          for (const value of new Set(facets[facet] ?? [])) (counts[facet] ??= {})[value] = (counts[facet]?.[value] ?? 0) + 1;
        }
      }
    });
  }
  // Every page with a result is among those read: the query's pages with every filter are within each facet's.
  search.total = total;
  return { counts, counted };
}

const facetLabel = (facet: string) => form.querySelector(`details[data-facet="${facet}"] .govuk-details__summary-text`)?.textContent ?? facet;

function updateCounts(result: { counts: Record<string, Record<string, number>>; counted: string[] } | undefined) {
  for (const box of checkboxes) {
    const label = box.labels?.[0]?.querySelector('[data-count]');
    if (label) label.textContent = result?.counted.includes(box.name) ? `(${result.counts[box.name]?.[box.value] ?? 0})` : '';
  }
  const uncounted = facetNames.filter((facet) => !result?.counted.includes(facet));
  countHint.textContent = !uncounted.length
    ? countHintText
    : !result
      ? 'Too many reviews and plans match to count the results each filter would give; narrow the search to see the counts.'
      : `${countHintText} Too many reviews and plans match to count them for ${uncounted.map(facetLabel).join(', ').toLowerCase()}; narrow the search to see those.`;
}

/** Says how many results are shown, once they are on the page, so the count and the list agree. */
function announce(search: Search) {
  const what = search.typed ? ` for “${search.typed}”${search.theme ? ` or on the theme ${search.theme}` : ''}` : '';
  const filtered = Object.keys(search.filters).length ? ' with the filters chosen' : '';
  const partly =
    search.total !== undefined && search.total > search.shown
      ? `; ${search.total - search.shown} more to show`
      : search.loaded < search.pages.length
        ? `, from the first ${search.loaded} of ${search.pages.length} matching reviews and plans`
        : search.pending.length
          ? `; ${search.pending.length} more to show`
          : '';
  statusLine.textContent = `${search.shown} result${search.shown === 1 ? '' : 's'}${what}${filtered}${partly}`;
}

/** Each index page's dates, for a date sort; a failed fetch is tried again on the next sort. */
function sortDates(): Promise<Record<string, [string, string]>> {
  datesReady ??= fetchJson<Record<string, [string, string]>>(datesUrl);
  datesReady.catch(() => (datesReady = undefined));
  return datesReady;
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return (await response.json()) as T;
}

// --- Hints: an item to go to, a spelling to try, a filter to tick ---------------------------

/** `bromley/2016-04-inspection#W3`: a document id and an item id. */
const REFERENCE = /^([a-z0-9-]+)\/[a-z0-9-]+#\S+$/i;
/** An item's own id: "W3", "R18", "5.8.3". */
const ITEM_ID = /^[a-z]{0,3}\d+(?:\.\d+)*[a-z]?$/i;

/** The page of an item reference, if the library has it. */
async function referenceUrl(reference: string): Promise<string | undefined> {
  const authority = REFERENCE.exec(reference)?.[1]?.toLowerCase();
  if (!authority) return undefined;
  const items = await fetchJson<Record<string, string>>(`${itemsUrl}${authority}.json`).catch(() => ({}) as Record<string, string>);
  const key = Object.keys(items).find((ref) => ref.toLowerCase() === reference.toLowerCase());
  return key ? items[key] : undefined;
}

/** Goes to an item when the reader asked for it (pressed Search, or came with it in the URL); offers it while they type. */
function goTo(url: string, label: string, trigger: Trigger) {
  if (trigger === 'submit') return location.assign(url);
  if (trigger === 'load') return location.replace(url);
  addHint('go', `Go to <a class="govuk-link" href="${escapeMarkup(url)}">${escapeMarkup(label)}</a>`);
}

function addHint(kind: string, html: string) {
  const p = document.createElement('p');
  p.className = 'govuk-body';
  p.dataset.hint = kind;
  p.innerHTML = html;
  hints.append(p);
}

/** Status filters the query names or means ("red", "off track", "overdue") and that are not ticked yet. */
function suggestStatus(typed: string) {
  const query = ` ${wordParts(typed).join(' ')} `;
  const values = new Set(Object.entries(statusPhrases).flatMap(([phrase, statuses]) => (query.includes(` ${wordParts(phrase).join(' ')} `) ? statuses : [])));
  const unticked = checkboxes.filter((box) => box.name === 'status' && values.has(box.value) && !box.checked);
  if (!unticked.length) return;
  addHint('status', `Filter by status: ${unticked.map((box) => `<button type="button" class="lib-link-button govuk-link" data-tick="${escapeMarkup(box.id)}">${escapeMarkup(box.value)}</button>`).join(', ')}`);
}

/**
 * "Did you mean": each searched word that the index holds in fewer than two sections, in no
 * form, is replaced by the closest word the index holds often (one letter off, two for
 * words of six letters or more), the commonest of the closest.
 */
async function suggestSpelling(search: Search) {
  wordsReady ??= fetchJson<Record<string, number>>(wordsUrl);
  wordsReady.catch(() => (wordsReady = undefined));
  const words = Object.entries(await wordsReady);
  let changed = false;
  const spelled = search.typed.replace(/\p{L}+/gu, (typed) => {
    const word = typed.toLowerCase();
    if (word.length < 4 || words.reduce((sum, [known, count]) => sum + (sameWord(known, word) ? count : 0), 0) >= 2) return typed;
    let best: [string, number, number] | undefined;
    for (const [known, count] of words) {
      if (count < 2 || Math.abs(known.length - word.length) > 2) continue;
      const d = distance(known, word);
      if (d <= (word.length >= 6 ? 2 : 1) && (!best || d < best[1] || (d === best[1] && count > best[2]))) best = [known, d, count];
    }
    if (!best) return typed;
    changed = true;
    return best[0];
  });
  if (!changed || search.generation !== generation) return;
  addHint('spelling', `Did you mean <a class="govuk-link" href="?q=${encodeURIComponent(spelled)}" data-query="${escapeMarkup(spelled)}">${escapeMarkup(spelled)}</a>?`);
}

/** Hints that need the results: the one item a typed id names, and a spelling when little matched. */
async function hintAfter(search: Search, trigger: Trigger) {
  const [only] = search.named;
  if (ITEM_ID.test(search.typed) && search.named.length === 1 && search.loaded >= search.pages.length && search.pending.length === 0 && only) {
    goTo(only.href, only.title, trigger);
  }
  if (search.typed && (search.total ?? search.shown) < 3 && search.loaded >= search.pages.length) await suggestSpelling(search).catch(() => undefined);
}

/** Runs a search; the app is aria-busy until its results, counts and hints are all in. */
async function run(trigger: Trigger) {
  const ticket = ++generation;
  app.setAttribute('aria-busy', 'true');
  try {
    await runSearch(ticket, trigger);
  } finally {
    if (ticket === generation) app.setAttribute('aria-busy', 'false');
  }
}

async function runSearch(ticket: number, trigger: Trigger) {
  writeUrl(trigger);
  more.hidden = true;
  take.hidden = true;
  hints.replaceChildren();
  summary.textContent = describe();
  const typed = input.value.trim();
  const filters = selectedFilters();
  if (!typed && Object.keys(filters).length === 0) {
    current = undefined;
    list.replaceChildren();
    statusLine.textContent = 'Type to search the library';
    return;
  }
  statusLine.textContent = 'Searching…';
  if (REFERENCE.test(typed)) {
    const url = await referenceUrl(typed);
    if (ticket !== generation) return;
    if (url) goTo(url, typed, trigger);
    else addHint('go', `The library has no item ${escapeMarkup(typed)}. Its results for the words are below.`);
  }
  suggestStatus(typed);
  const theme = synonyms[typed.toLowerCase()];
  try {
    let pages = await find(typed, theme, filters);
    let dateOrder: DateOrder | undefined;
    if (sortSelect.value) {
      // Newest first orders pages by their newest document, oldest first by their oldest;
      // renderMore then puts each result in its place.
      const dates = await sortDates();
      dateOrder = sortSelect.value === 'date-asc' ? { dates, end: 0, direction: 1 } : { dates, end: 1, direction: -1 };
      const { end, direction } = dateOrder;
      const dateOf = (hit: Hit) => dates[hit.id]?.[end] ?? '';
      pages = [...pages].sort((a, b) => direction * dateOf(a).localeCompare(dateOf(b)));
    }
    if (ticket !== generation) return;
    const search: Search = { generation: ticket, typed, ...(theme ? { theme } : {}), filters, pages, loaded: 0, pending: [], shown: 0, named: [], ...(dateOrder ? { dateOrder } : {}) };
    current = search;
    list.replaceChildren();
    await renderMore(search);
    if (ticket !== generation) return;
    announce(search);
    take.hidden = search.shown === 0;
    try {
      const counts = await countFacets(search);
      if (ticket !== generation) return;
      updateCounts(counts);
      announce(search);
    } catch {
      // The results stand without counts; the next search loads the facets again.
      facetsReady = undefined;
    }
    await hintAfter(search, trigger);
  } catch (error) {
    if (ticket === generation) statusLine.textContent = `Search failed: ${(error as Error).message}. Try again, or browse the themes and recommendations.`;
  }
}

let timer: number | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = window.setTimeout(() => void run('type'), 250);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(timer);
  void run('submit');
});
form.addEventListener('change', (event) => {
  if (event.target !== input) void run('change');
});
hints.addEventListener('click', (event) => {
  const target = event.target as HTMLElement;
  const box = target.dataset.tick ? (document.getElementById(target.dataset.tick) as HTMLInputElement | null) : null;
  if (box) {
    box.checked = true;
    box.closest('details')!.open = true;
    void run('change');
  } else if (target.dataset.query !== undefined) {
    event.preventDefault();
    input.value = target.dataset.query;
    void run('submit');
  }
});
more.addEventListener('click', () => {
  const search = current;
  if (!search || showing) return;
  more.disabled = true;
  const before = list.children.length;
  showing = renderMore(search).then(() => {
    if (search.generation !== generation) return;
    announce(search);
    // The reader carries on from the first new result.
    list.children[before]?.querySelector('a')?.focus();
  });
  void showing.finally(() => {
    showing = undefined;
    more.disabled = false;
  });
});
// --- Taking the list away: on paper, or as a spreadsheet -----------------------------------

/** The search in words, for the printed list: the query, each filter chosen with its facet's name, the order. */
function describe(): string {
  const typed = input.value.trim();
  const filters = Object.entries(selectedFilters()).map(([facet, { any }]) => `${facetLabel(facet)}: ${any.join(', ')}`);
  return [
    typed ? `Search: “${typed}”.` : 'Every result of the filters.',
    filters.length ? `Filters: ${filters.join('; ')}.` : 'No filters.',
    `Order: ${sortSelect.selectedOptions[0]?.textContent ?? 'Relevance'}.`,
  ].join(' ');
}

/** Every result of a search, in the order they are shown, read from every matching page. */
async function everyResult(search: Search): Promise<Shown[]> {
  const results: Shown[] = [];
  for (let start = 0; start < search.pages.length; start += 10) {
    const batch = search.pages.slice(start, start + 10);
    const pages = await Promise.all(batch.map((hit) => (hit.words ?? hit.theme)!.data()));
    pages.forEach((data, i) => results.push(...resultsOf(data, batch[i]!, search)));
  }
  const order = search.dateOrder;
  return order ? results.sort((a, b) => order.direction * (a.sort ?? '').localeCompare(b.sort ?? '')) : results;
}

/** Runs `task` with both buttons disabled and the app busy, so a second click waits for the first. */
async function taking(task: (search: Search) => Promise<void>) {
  const search = current;
  if (!search || printButton.disabled) return;
  printButton.disabled = csvButton.disabled = true;
  app.setAttribute('aria-busy', 'true');
  try {
    await task(search);
  } finally {
    printButton.disabled = csvButton.disabled = false;
    app.setAttribute('aria-busy', 'false');
  }
}

// The paper holds the whole list, not the first page of it.
printButton.addEventListener('click', () =>
  void taking(async (search) => {
    while (!more.hidden && search.generation === generation) await renderMore(search);
    if (search.generation !== generation) return;
    announce(search);
    print();
  }),
);

csvButton.addEventListener('click', () =>
  void taking(async (search) => {
    // csv-stringify's browser build, loaded only when a reader asks for a file: the build's own CSV exports use it too.
    const [{ stringify }, results] = await Promise.all([import('csv-stringify/browser/esm/sync'), everyResult(search)]);
    const csv = stringify(csvCells(results.map((result) => ({ ...result.record })), CSV_COLUMNS), csvOptions(CSV_COLUMNS));
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    a.download = `search-results-${new Date().toISOString().slice(0, 10)}.csv`;
    a.hidden = true;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  }),
);

window.addEventListener('popstate', () => {
  readUrl();
  void run('pop');
});

readUrl();
void run('load');

export {};
