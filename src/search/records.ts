/**
 * What search indexes, as data. One Pagefind page per review and one per plan with its
 * progress updates. Its findings, judgements, actions and updates are its sections: each is
 * a heading with an anchor, so Pagefind returns the matching sections of a page as its
 * sub-results and a result still lands on the exact item. Pure; the build turns each page
 * into HTML with `pageHtml` and hands it to Pagefind.
 *
 * Why not a record per item: Pagefind's metadata file, which every search downloads whole,
 * costs about 9 bytes per record. At 5,000 documents a record per finding and action was
 * 113,000 records and a 1 MB download before the first result; with 1,750 pages it is about
 * 20 KB (measured: README "Benchmark").
 *
 * Each section's heading carries, in its id, the result it is (a row: where it leads, its
 * name, its facet values), so the search page can show and filter results from the page's
 * fragment alone. Ids, unlike data-pagefind-meta, are not indexed as words: rows kept as
 * meta put every facet label and path into the index and made it a third larger. The page's
 * Pagefind filters hold every value any row has, so Pagefind narrows the pages; the search
 * page then keeps the rows that match (src/scripts/search.ts).
 */
import type { StatusEntry } from '../lib/derive.ts';
import { closedLabel, findingStatusLabel, findingTypeLabel, formatDate, gradeLabel, ragLabel, reviewKindLabel } from '../lib/labels.ts';
import type { ActionRecord, FindingRecord } from '../lib/library.ts';
import type { Library, PlanRecord, ReviewRecord, UpdateRecord } from '../lib/library.ts';
import { escapeMarkup } from '../lib/markup.ts';
import type { Theme } from '../schemas/vocabularies.ts';

/** The facet names are a contract with the search page and its URLs. */
export const FACETS = ['authority', 'region', 'kind', 'year', 'theme', 'type', 'grade', 'status'] as const;
export type Facet = (typeof FACETS)[number];
/** Facets whose values can differ between the results of one page (authority and region cannot). */
export const RESULT_FACETS = ['kind', 'year', 'theme', 'type', 'grade', 'status'] as const satisfies readonly Facet[];
export type ResultFacet = (typeof RESULT_FACETS)[number];

export const FACET_LABELS: Record<Facet, string> = {
  authority: 'Authority',
  region: 'Region',
  kind: 'Document kind',
  year: 'Year',
  theme: 'Theme',
  type: 'Finding type',
  grade: 'Grade',
  status: 'Status',
};

/** One result a page can give: a document, or a finding, judgement or action in it. */
export interface SearchRow {
  /** `#anchor` on the page's document, a path of its own, or '' for the page's document. */
  href: string;
  /**
   * A document's title; an item's name, shown before its words ("Recommendation 5.8.3");
   * '' for a judgement, shown as "area: grade".
   */
  label: string;
  /** The row's own facet values; an item has the kind and year of its document. */
  facets: Partial<Record<ResultFacet, string[]>>;
  /** The date shown (an action's due date, else its document's date). */
  date: string;
  /** Sort key of a document row (ISO date, possibly partial); items sort with their document. */
  sort?: string;
}

/** A section of an indexed page: its heading, its words and the result it is. */
interface Section {
  heading: string;
  text: string;
  row: SearchRow;
}

export interface SearchPage {
  url: string;
  authority: string;
  /** Searchable words of the page's document itself after its title (summary, key lines of enquiry, priorities). */
  intro: string[];
  /** The page's document as a result. */
  self: SearchRow;
  sections: Section[];
  /** Authority and region, and every value any row of the page has for the other facets. */
  filters: Partial<Record<Facet, string[]>>;
  /** The oldest and the newest date among the page's documents (sort keys, see DATES_PATH). */
  oldest: string;
  newest: string;
}

const themeLabels = (themes: Theme[]) => (themes.length ? { theme: themes.map((t) => t.label) } : {});

/**
 * Values of the status facet beyond the status itself: an action can also be overdue, stale
 * or slipped (as at its council's latest progress update, as its scrutiny view shows it), and
 * a finding's status stale. The status comes first: the
 * search page shows a row's first status value.
 */
export const STATUS_FLAGS = { overdue: 'Overdue', stale: 'Stale', slipped: 'Slipped' } as const;

function findingStatusValues(finding: FindingRecord): string[] {
  if (!finding.assessment) return [];
  return [findingStatusLabel[finding.assessment.status], ...(finding.assessment.stale.length ? [STATUS_FLAGS.stale] : [])];
}

function actionStatusValues(action: ActionRecord): string[] {
  const flags = (['overdue', 'stale', 'slipped'] as const).filter((flag) => action.flags[flag]).map((flag) => STATUS_FLAGS[flag]);
  return [...(action.latest ? [ragLabel[action.latest.status], ...(action.latest.closed ? [closedLabel[action.latest.closed]] : [])] : []), ...flags];
}

/** How old and how sure a status is, shown with the row's date: "status as at 31 March 2017 (inferred)". */
const asAt = (asOf: string | undefined, inferred: boolean) => (asOf ? `; status as at ${formatDate(asOf)}${inferred ? ' (inferred)' : ''}` : '');
const entryAsAt = (entry: StatusEntry | undefined) => asAt(entry?.asOf, Boolean(entry?.inferred));

/** A document's own row: its title, kind, year and date. */
function documentRow(href: string, title: string, kind: string, date: string, grade?: string): SearchRow {
  return { href, label: title, facets: { type: ['Document'], kind: [kind], year: [date.slice(0, 4)], ...(grade ? { grade: [grade] } : {}) }, date: formatDate(date), sort: date };
}

function page(record: ReviewRecord | PlanRecord, self: SearchRow, intro: string[], sections: Section[]): SearchPage {
  const rows = [self, ...sections.map((s) => s.row)];
  const filters: Partial<Record<Facet, string[]>> = { authority: [record.authority.shortName], region: [record.authority.region] };
  for (const facet of RESULT_FACETS) {
    const values = new Set(rows.flatMap((row) => row.facets[facet] ?? []));
    if (values.size) filters[facet] = [...values];
  }
  const dates = rows.flatMap((row) => (row.sort ? [row.sort] : [])).sort();
  return {
    url: record.url,
    authority: record.authority.shortName,
    intro: [record.data.summary, ...intro],
    self,
    sections,
    filters,
    oldest: dates[0]!,
    newest: dates.at(-1)!,
  };
}

function reviewPage(review: ReviewRecord): SearchPage {
  const data = review.data;
  const kind = reviewKindLabel[data.kind]!;
  const date = data.fieldwork.from;
  const inherited = { kind: [kind], year: [date.slice(0, 4)] };
  const sections: Section[] = [];
  for (const judgement of data.judgements.flatMap((j) => [j, ...(j.sub ?? [])])) {
    const grade = gradeLabel(review.framework, judgement.grade);
    sections.push({ heading: judgement.area, text: grade, row: { href: `#${judgement.id}`, label: '', facets: { ...inherited, type: ['Judgement'], grade: [grade] }, date: formatDate(date) } });
  }
  for (const finding of review.findings) {
    const type = findingTypeLabel[finding.type];
    sections.push({
      heading: finding.id,
      text: finding.text,
      row: {
        href: finding.url.startsWith(`${review.url}#`) ? finding.url.slice(review.url.length) : finding.url,
        label: `${type} ${finding.id}`,
        facets: { ...inherited, type: [type], ...themeLabels(finding.themes), ...(finding.assessment ? { status: findingStatusValues(finding) } : {}) },
        date: `${formatDate(date)}${asAt(finding.assessment?.asOf, Boolean(finding.assessment?.inferred.length))}`,
      },
    });
  }
  const overall = data.judgements[0];
  const self = documentRow('', data.title, kind, date, overall ? gradeLabel(review.framework, overall.grade) : undefined);
  return page(review, self, data.kloes.map((k) => `Key line of enquiry ${k.id}: ${k.title}`), sections);
}

/**
 * A plan, its actions, and its progress updates. An update is found by its title and summary;
 * its action notes are not indexed (each action's history, notes included, is on the plan's
 * page, and at national scale, a monthly update of every plan, the notes were half the index).
 */
function planPage(plan: PlanRecord): SearchPage {
  const data = plan.data;
  const inherited = { kind: ['Improvement plan'], year: [data.published.slice(0, 4)] };
  const actions: Section[] = plan.actions.map((action) => ({
    heading: action.id,
    text: [action.text ?? `Priority ${action.priority.id}: ${action.priority.title}`, action.note ?? ''].filter(Boolean).join(' '),
    row: {
      href: `#action-${action.id}`,
      label: `Action ${action.id}`,
      facets: { ...inherited, type: ['Action'], ...themeLabels(action.themes), ...(actionStatusValues(action).length ? { status: actionStatusValues(action) } : {}) },
      date: `${action.dueNow.due ? `Due ${action.dueNow.due}` : formatDate(data.published)}${entryAsAt(action.latest)}`,
    },
  }));
  const updates: Section[] = plan.updates.map((update: UpdateRecord) => ({
    heading: update.data.title,
    text: update.data.summary,
    row: documentRow(update.url, update.data.title, 'Progress update', update.data.asOf),
  }));
  const self = documentRow('', data.title, 'Improvement plan', data.published);
  return page(plan, self, data.priorities.map((p) => `Priority ${p.id}: ${p.title}`), [...actions, ...updates]);
}

/**
 * Where the build writes each index page's oldest and newest date, by Pagefind's result id,
 * for the search page's date sorts (src/pipeline/pipeline.ts).
 */
export const DATES_PATH = 'search/dates.json';

/** Every page search indexes: the reviews, then the plans with their updates. */
export function searchPages(library: Library): SearchPage[] {
  return [...library.reviews.map(reviewPage), ...library.plans.map(planPage)];
}

/**
 * A heading id holding a row: `r~` (`s~` for the page's own document) and the row as
 * URI-encoded JSON. (Left raw, the JSON's punctuation breaks Pagefind's anchor text, and
 * with it the sub-results.)
 */
export const rowAnchor = (prefix: 'r' | 's', row: SearchRow) => `${prefix}~${encodeURIComponent(JSON.stringify(row))}`;

/**
 * The HTML Pagefind indexes for a page (never served): filters and meta as data-pagefind-*
 * attributes, the document's own words under a heading holding its row, then
 * one section per row under a heading holding that row.
 */
export function pageHtml(page: SearchPage): string {
  const attribute = (name: string, key: string, value: string) => `<span data-pagefind-${name}="${escapeMarkup(`${key}:${value}`)}"></span>`;
  const attributes = [
    ...Object.entries(page.filters).flatMap(([facet, values]) => (values ?? []).map((value) => attribute('filter', facet, value))),
    attribute('meta', 'title', page.self.label),
    attribute('meta', 'authority', page.authority),
  ].join('');
  const own = `<h1 id="${escapeMarkup(rowAnchor('s', page.self))}">${escapeMarkup(page.self.label)}</h1>${page.intro.map((text) => `<p>${escapeMarkup(text)}</p>`).join('')}`;
  const sections = page.sections.map((s) => `<h2 id="${escapeMarkup(rowAnchor('r', s.row))}">${escapeMarkup(s.heading)}</h2><p>${escapeMarkup(s.text)}</p>`).join('');
  return `<!doctype html><html lang="en"><head><title>${escapeMarkup(page.self.label)}</title></head><body><div hidden>${attributes}</div>${own}${sections}</body></html>`;
}

/** Every value each facet takes in the library, for the search page's checkboxes. */
export function facetValues(pages: SearchPage[]): Record<Facet, string[]> {
  return Object.fromEntries(
    FACETS.map((facet) => {
      const set = new Set(pages.flatMap((page) => page.filters[facet] ?? []));
      return [facet, [...set].sort((a, b) => (facet === 'year' ? b.localeCompare(a) : a.localeCompare(b)))];
    }),
  ) as Record<Facet, string[]>;
}

/**
 * Another name for a theme → the theme's label, for the search page: a query that names a
 * theme ("LAC", "children in care", "Adoption") also finds every item on that theme, besides
 * the items holding the words typed. It widens the query, never replaces it.
 */
export function synonymMap(themes: Theme[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const theme of themes) {
    for (const name of [theme.label, ...theme.synonyms]) map[name.toLowerCase()] ??= theme.label;
  }
  return map;
}

/** Searched words that mean "not progressed" without naming a status, by status id. */
const STATUS_WORDS: Record<string, Array<keyof typeof ragLabel | keyof typeof findingStatusLabel>> = {
  overdue: ['red', 'off-track'],
  late: ['red', 'off-track'],
  behind: ['red', 'off-track'],
};

/**
 * Phrase → status facet values, for the search page to suggest the status filter when a
 * query names a status ("red", "off track", "not progressed") or means one ("overdue").
 * Only values some result has are suggested.
 */
export function statusPhrases(values: string[]): Record<string, string[]> {
  const phrases: Record<string, string[]> = {};
  const add = (phrase: string, value: string) => {
    const key = phrase.toLowerCase().trim();
    if (key && !(phrases[key] ??= []).includes(value)) phrases[key]!.push(value);
  };
  for (const value of values) {
    add(value, value);
    for (const part of value.split(':')) add(part, value);
  }
  const labelOf = (status: string) => (status in ragLabel ? ragLabel[status as keyof typeof ragLabel] : findingStatusLabel[status as keyof typeof findingStatusLabel]);
  for (const [word, statuses] of Object.entries(STATUS_WORDS)) {
    for (const status of statuses) if (values.includes(labelOf(status))) add(word, labelOf(status));
  }
  return phrases;
}

/** Where the search page's vocabulary is, for "did you mean" (src/pages/search/words.json.ts). */
export const WORDS_PATH = 'search/words.json';
/** Where each authority's item references are (src/pages/search/items/[authority].json.ts). */
export const ITEMS_PATH = 'search/items/';

/**
 * The index's own vocabulary: each word of three letters or more in the indexed text
 * (lower case, split as Pagefind splits joined words) and how many sections hold it, for
 * the search page's "did you mean". Numbers are left out: a mistyped number has no near miss.
 */
export function vocabulary(pages: SearchPage[]): Record<string, number> {
  const counts = new Map<string, number>();
  const count = (text: string) => {
    for (const word of new Set(text.toLowerCase().split(/[^\p{L}]+/u))) if (word.length >= 3) counts.set(word, (counts.get(word) ?? 0) + 1);
  };
  for (const page of pages) {
    count([page.self.label, ...page.intro].join(' '));
    for (const section of page.sections) count(`${section.heading} ${section.text}`);
  }
  return Object.fromEntries([...counts].sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * Every finding's and action's permanent reference (`bromley/2016-04-inspection#W3`) → its
 * page, by authority id (the reference's first part), so the search page fetches only the
 * authority a typed reference names.
 */
export function itemReferences(library: Library): Record<string, Record<string, string>> {
  const byAuthority: Record<string, Record<string, string>> = {};
  for (const item of [...library.findings, ...library.actions]) (byAuthority[item.authority.id] ??= {})[item.ref] = item.url;
  return byAuthority;
}
