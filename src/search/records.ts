/**
 * What search indexes, as data: one Pagefind record per finding, action and judgement (so
 * results land on the exact item, not on a ten-page report), and the filters, meta and
 * sort keys of document pages. Pure; the build feeds the records to Pagefind and the
 * pages render `documentFacets` as data-pagefind-* attributes.
 */
import { findingStatusLabel, findingTypeLabel, formatDate, reviewKindLabel } from '../lib/labels.ts';
import type { Library, PlanRecord, ReviewRecord, UpdateRecord } from '../lib/library.ts';
import type { Theme } from '../schemas/vocabularies.ts';

/** The facet names are a contract with the search page and its URLs. */
export const FACETS = ['authority', 'region', 'kind', 'year', 'theme', 'type', 'grade', 'status'] as const;
export type Facet = (typeof FACETS)[number];

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

export interface SearchRecord {
  url: string;
  content: string;
  language: 'en';
  meta: Record<string, string>;
  filters: Partial<Record<Facet, string[]>>;
  sort: { date: string };
}

/** Themes with their synonyms, written into the indexed text so "LAC" finds looked after children. */
function themeWords(themes: Theme[]): string {
  return themes.map((t) => [t.label, ...t.synonyms].join(', ')).join('; ');
}

/** The item's own words for the result list (the indexed text also carries theme words). */
const clip = (text: string) => (text.length > 320 ? `${text.slice(0, 320)}…` : text);

const gradeLabel = (review: ReviewRecord, grade: string) => review.framework?.grades.find((g) => g.id === grade)?.label ?? grade;
const actionStatusLabel = { red: 'Red: not progressed', amber: 'Amber: in progress', green: 'Green: completed', white: 'White: not started yet' } as const;

type Document = { kind: 'review'; record: ReviewRecord } | { kind: 'plan'; record: PlanRecord } | { kind: 'update'; record: UpdateRecord };

/** Date (for sorting and display), kind label and year of a document. */
function documentFacts(document: Document) {
  if (document.kind === 'review') {
    const date = document.record.data.fieldwork.from;
    return { date, kind: reviewKindLabel[document.record.data.kind]!, title: document.record.data.title };
  }
  if (document.kind === 'plan') return { date: document.record.data.published, kind: 'Improvement plan', title: document.record.data.title };
  return { date: document.record.data.asOf, kind: 'Progress update', title: document.record.data.title };
}

/** Filters, meta and sort key of a document page (rendered into the page as data-pagefind-* attributes). */
export function documentFacets(document: Document): { filters: Partial<Record<Facet, string[]>>; meta: Record<string, string>; date: string } {
  const { date, kind, title } = documentFacts(document);
  const authority = document.record.authority;
  const filters: Partial<Record<Facet, string[]>> = {
    authority: [authority.shortName],
    region: [authority.region],
    kind: [kind],
    year: [date.slice(0, 4)],
    type: ['Document'],
  };
  if (document.kind === 'review') {
    const overall = document.record.data.judgements[0];
    if (overall) filters.grade = [gradeLabel(document.record, overall.grade)];
  }
  return {
    filters,
    meta: { title, document: title, authority: authority.shortName, date: formatDate(date), type: kind },
    date,
  };
}

/** One record per strength, area for improvement, recommendation, judgement and action. */
export function searchRecords(library: Library): SearchRecord[] {
  const records: SearchRecord[] = [];
  for (const review of library.reviews) {
    const facts = documentFacets({ kind: 'review', record: review });
    const base = { authority: facts.filters.authority!, region: facts.filters.region!, kind: facts.filters.kind!, year: facts.filters.year! };
    for (const finding of review.findings) {
      const type = findingTypeLabel[finding.type];
      records.push({
        url: finding.url,
        content: [finding.text, finding.kloe ? `Key line of enquiry: ${finding.kloe.title}` : '', `Themes: ${themeWords(finding.themes)}`].filter(Boolean).join('\n'),
        language: 'en',
        meta: {
          title: `${type} ${finding.id}: ${finding.text.length > 90 ? `${finding.text.slice(0, 90)}…` : finding.text}`,
          text: clip(finding.text),
          document: review.data.title,
          authority: review.authority.shortName,
          date: facts.meta.date!,
          type,
          ...(finding.status ? { status: findingStatusLabel[finding.status] } : {}),
        },
        filters: {
          ...base,
          theme: finding.themes.map((t) => t.label),
          type: [type],
          ...(finding.status ? { status: [findingStatusLabel[finding.status]] } : {}),
        },
        sort: { date: facts.date },
      });
    }
    for (const judgement of review.data.judgements.flatMap((j) => [j, ...(j.sub ?? [])])) {
      const grade = gradeLabel(review, judgement.grade);
      records.push({
        url: `${review.url}#${judgement.id}`,
        content: `${judgement.area}: ${grade}`,
        language: 'en',
        meta: { title: `${judgement.area}: ${grade}`, document: review.data.title, authority: review.authority.shortName, date: facts.meta.date!, type: 'Judgement' },
        filters: { ...base, type: ['Judgement'], grade: [grade] },
        sort: { date: facts.date },
      });
    }
  }
  for (const action of library.actions) {
    const plan = action.plan;
    const facts = documentFacets({ kind: 'plan', record: plan });
    const status = action.latest ? actionStatusLabel[action.latest.status] : undefined;
    records.push({
      url: action.url,
      content: [action.text ?? '', `Priority ${action.priority.id}: ${action.priority.title}`, action.due ? `Due ${action.due}` : '', action.note ?? '', `Themes: ${themeWords(action.themes)}`].filter(Boolean).join('\n'),
      language: 'en',
      meta: {
        title: `Action ${action.id}: ${action.text ? (action.text.length > 90 ? `${action.text.slice(0, 90)}…` : action.text) : action.priority.title}`,
        text: clip(action.text ?? `Priority ${action.priority.id}: ${action.priority.title}`),
        document: plan.data.title,
        authority: plan.authority.shortName,
        date: action.due ? `Due ${action.due}` : facts.meta.date!,
        type: 'Action',
        ...(status ? { status } : {}),
      },
      filters: {
        authority: facts.filters.authority!,
        region: facts.filters.region!,
        kind: facts.filters.kind!,
        year: facts.filters.year!,
        theme: action.themes.map((t) => t.label),
        type: ['Action'],
        ...(status ? { status: [status] } : {}),
      },
      sort: { date: action.dueFrom ? `${action.dueFrom}-01` : facts.date },
    });
  }
  return records;
}

/**
 * Synonym → main term, for the search page: a query that is another name for a theme
 * ("LAC", "children in care") searches for the theme's label. Synonyms whose words are all
 * in the label already ("life story" for "Life story work") are left as typed.
 */
export function synonymMap(themes: Theme[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const theme of themes) {
    const label = theme.label.toLowerCase();
    const labelWords = new Set(label.split(/[^a-z0-9]+/));
    for (const synonym of theme.synonyms) {
      const key = synonym.toLowerCase();
      if (key.split(/[^a-z0-9]+/).filter(Boolean).every((word) => labelWords.has(word))) continue;
      map[key] = label;
    }
  }
  return map;
}
