/**
 * Open data exports (`/data/*.json`, `/data/*.csv`). The names and fields are a public
 * contract (README, "Open data"): add fields freely, never rename or remove one.
 * Pure: the Astro endpoints in `src/pages/data/` only serialise what these return.
 */
import { stringify } from 'csv-stringify/sync';
import type { CheckedDocument, DocumentKind } from '../schemas/kinds.ts';
import type { Library } from './library.ts';
import { urls } from './links.ts';

export function reviewsExport(library: Library) {
  return library.reviews.map((review) => ({
    id: review.id,
    url: review.url,
    title: review.data.title,
    authority: review.authority.id,
    authorityName: review.authority.name,
    region: review.authority.region,
    kind: review.data.kind,
    conductedBy: review.data.conductedBy,
    framework: review.data.framework ?? null,
    fieldworkFrom: review.data.fieldwork.from,
    fieldworkTo: review.data.fieldwork.to ?? null,
    published: review.data.published ?? null,
    follows: review.data.follows ?? null,
    judgements: review.data.judgements.flatMap((j) => [
      { id: j.id, area: j.area, grade: j.grade },
      ...(j.sub ?? []).map((s) => ({ id: s.id, area: s.area, grade: s.grade, parent: j.id })),
    ]),
    declaredGrades: review.data.declaredGrades ?? [],
    counts: {
      kloes: review.data.kloes.length,
      strengths: review.data.strengths.length,
      areasForImprovement: review.data.areasForImprovement.length,
      recommendations: review.data.recommendations.length,
    },
    declaredRecommendations: review.data.declaredRecommendations?.count ?? null,
    reportedIn: review.data.reportedIn,
    source: review.data.source,
    inferred: review.data.inferred ?? {},
  }));
}

export function findingsExport(library: Library) {
  return library.findings.map((finding) => ({
    id: finding.ref,
    url: finding.url,
    review: finding.review.id,
    reviewTitle: finding.review.data.title,
    reviewKind: finding.review.data.kind,
    authority: finding.authority.id,
    type: finding.type,
    itemId: finding.id,
    text: finding.text,
    themes: finding.themes.map((t) => t.id),
    kloe: finding.kloe?.id ?? null,
    kloeTitle: finding.kloe?.title ?? null,
    addressee: finding.addressee ?? null,
    status: finding.status ?? null,
    actions: finding.actions.map((a) => a.ref),
  }));
}

export function actionsExport(library: Library) {
  return library.actions.map((action) => ({
    id: action.ref,
    url: action.url,
    plan: action.plan.id,
    authority: action.authority.id,
    priority: action.priority.id,
    priorityTitle: action.priority.title,
    actionId: action.id,
    text: action.text ?? null,
    due: action.due ?? null,
    dueFrom: action.dueFrom ?? null,
    dueTo: action.dueTo ?? null,
    owner: action.owner ?? null,
    themes: action.themes.map((t) => t.id),
    addresses: action.addresses,
    status: action.latest?.status ?? null,
    statusAsOf: action.latest?.asOf ?? null,
    history: action.history.map((h) => ({ asOf: h.asOf, status: h.status, update: h.update })),
    inferred: action.inferred ?? {},
  }));
}

export function plansExport(library: Library) {
  return library.plans.map((plan) => ({
    id: plan.id,
    url: plan.url,
    authority: plan.authority.id,
    title: plan.data.title,
    answers: plan.data.answers,
    published: plan.data.published,
    declaredActions: plan.data.declaredActions ?? null,
    declaredActionsNote: plan.data.declaredActionsNote ?? null,
    recordedActions: plan.actions.length,
    priorities: plan.data.priorities.map((p) => ({ id: p.id, title: p.title, declaredActions: p.declaredActions ?? null })),
    updates: plan.updates.map((u) => ({ id: u.id, url: u.url, asOf: u.data.asOf })),
  }));
}

/**
 * Rows for the documents of any registered kind that has no export of its own (a kind added
 * to the registry gets `/data/<collection>.json` without further code): id, address, kind,
 * title and date by the kind's own rules, then the frontmatter as validated.
 */
export function documentsExport(kind: DocumentKind<never>, documents: ReadonlyArray<CheckedDocument<unknown>>, base = '/') {
  const url = urls(base);
  return documents.map((doc) => ({
    id: doc.id,
    url: url.to(`${kind.collection}/${doc.id}/`),
    kind: kind.id,
    title: kind.title(doc.data as never),
    date: kind.date(doc.data as never),
    ...(doc.data as Record<string, unknown>),
  }));
}

/**
 * A cell a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a carriage
 * return) is neutralised as OWASP advises: a leading apostrophe makes it text.
 */
export function safeCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** CSV for spreadsheet users: lists joined with "; ", one row per record, every cell safe to open. */
export function toCsv(rows: Array<Record<string, unknown>>, columns: string[]): string {
  const text = (value: unknown) =>
    value === null || value === undefined ? '' : Array.isArray(value) ? value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join('; ') : typeof value === 'object' ? JSON.stringify(value) : String(value);
  const cell = (value: unknown) => safeCell(text(value));
  return stringify(
    rows.map((row) => columns.map((column) => cell(row[column]))),
    { header: true, columns, bom: true },
  );
}

export const findingsCsvColumns = ['id', 'url', 'review', 'reviewTitle', 'authority', 'type', 'itemId', 'text', 'themes', 'kloe', 'kloeTitle', 'status', 'actions'];
export const actionsCsvColumns = ['id', 'url', 'plan', 'authority', 'priority', 'priorityTitle', 'actionId', 'text', 'due', 'dueFrom', 'dueTo', 'owner', 'themes', 'addresses', 'status', 'statusAsOf'];
