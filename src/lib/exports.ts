/**
 * Open data exports (`/data/*.json`, `/data/*.csv`, and the JSON beside every record's page).
 * The names and fields are a public contract (README, "Open data"): add fields freely, never
 * rename or remove one. Every row carries its absolute `address` on the configured site and
 * the licence it is under. Pure: the Astro endpoints only serialise what these return.
 */
import { stringify } from 'csv-stringify/sync';
import { csvCells, csvOptions } from './csv.ts';
import type { CheckedDocument, DocumentKind } from '../schemas/kinds.ts';
import { site } from '../site.config.ts';
import type { ActionRecord, FindingRecord, Library, PlanRecord, ReviewRecord, UpdateRecord } from './library.ts';
import { absolute, urls } from './links.ts';

/** A licence as exports name it. */
export interface Licence {
  /** SPDX-style identifier. */
  id: string;
  name: string;
  url: string;
}

/** Ofsted's reports are Crown copyright, reused under the Open Government Licence. */
export const OGL: Licence = { id: 'OGL-UK-3.0', name: 'Open Government Licence v3.0', url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/' };
/** The attribution the Open Government Licence asks for, word for word. */
export const OGL_ATTRIBUTION = 'Contains public sector information licensed under the Open Government Licence v3.0';

export interface ExportOptions {
  /** The public address of the site, for absolute addresses. */
  siteUrl: string;
  /** The licence of the library's own data (`site.config.ts`). */
  licence: Licence;
}
const defaults: ExportOptions = { siteUrl: site.url, licence: site.dataLicence };

/** Whether a review's words are Ofsted's (and so under the Open Government Licence). */
const fromOfsted = (review: ReviewRecord) => /\bOfsted\b/i.test(review.data.conductedBy);
const licensing = (review: ReviewRecord | undefined, options: ExportOptions) =>
  review && fromOfsted(review) ? { licence: OGL.id, attribution: OGL_ATTRIBUTION } : { licence: options.licence.id, attribution: null };

export function reviewRow(review: ReviewRecord, options: ExportOptions = defaults) {
  return {
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
    report: review.data.report ?? null,
    inferred: review.data.inferred ?? {},
    address: absolute(review.url, options.siteUrl),
    ...licensing(review, options),
  };
}

export function findingRow(finding: FindingRecord, options: ExportOptions = defaults) {
  const assessment = finding.assessment;
  return {
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
    statusAsOf: assessment?.asOf ?? null,
    /** Actions whose status the finding's status rests on that the library inferred. */
    statusInferredFrom: assessment?.inferred ?? [],
    statusInferred: Boolean(assessment?.inferred.length),
    /** Actions without a status for longer than the stale limit before their plan's latest update. */
    statusStaleFrom: assessment?.stale ?? [],
    statusStale: Boolean(assessment?.stale.length),
    raisedBefore: finding.raisedBefore.map((r) => r.finding.ref),
    raisedAgain: finding.raisedAgain.map((r) => r.finding.ref),
    address: absolute(finding.url, options.siteUrl),
    ...licensing(finding.review, options),
  };
}

export function actionRow(action: ActionRecord, options: ExportOptions = defaults) {
  return {
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
    history: action.history.map((h) => ({ asOf: h.asOf, status: h.status, update: h.update, inferred: h.inferred ?? null, closed: h.closed ?? null, revisedDue: h.revisedDue ?? null })),
    inferred: action.inferred ?? {},
    /** How the latest status was inferred, when the library inferred it. */
    statusInferred: action.latest?.inferred ?? null,
    closed: action.latest?.closed ?? null,
    /** The due date in force: the latest revision, or the plan's. */
    currentDue: action.dueNow.due ?? null,
    dueRevisions: action.dueNow.revisions.map((r) => ({ due: r.due, asOf: r.asOf ?? null, update: r.update ?? null })),
    slipped: action.flags.slipped,
    overdue: action.flags.overdue,
    offTrack: action.flags.offTrack,
    stale: action.flags.stale,
    /** The date `overdue`, `offTrack`, `stale` and `slipped` are as at: the council's latest progress update. */
    flagsAsOf: action.flagsAsOf ?? null,
    address: absolute(action.url, options.siteUrl),
    licence: options.licence.id,
  };
}

export function planRow(plan: PlanRecord, options: ExportOptions = defaults) {
  return {
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
    updates: plan.updates.map((u) => ({ id: u.id, url: u.url, asOf: u.data.asOf, address: absolute(u.url, options.siteUrl) })),
    source: plan.data.source,
    inferred: plan.data.inferred ?? {},
    address: absolute(plan.url, options.siteUrl),
    licence: options.licence.id,
  };
}

export function updateRow(update: UpdateRecord, options: ExportOptions = defaults) {
  return {
    id: update.id,
    url: update.url,
    plan: update.plan.id,
    authority: update.authority.id,
    title: update.data.title,
    asOf: update.data.asOf,
    published: update.data.published ?? null,
    statuses: update.data.statuses.map((s) => ({ action: s.action, status: s.status, closed: s.closed ?? null, revisedDue: s.revisedDue ?? null, note: s.note ?? null, inferred: s.inferred ?? null })),
    declared: update.data.declared ?? null,
    reportedIn: update.data.reportedIn,
    source: update.data.source,
    inferred: update.data.inferred ?? {},
    address: absolute(update.url, options.siteUrl),
    licence: options.licence.id,
  };
}

export const reviewsExport = (library: Library, options = defaults) => library.reviews.map((r) => reviewRow(r, options));
export const findingsExport = (library: Library, options = defaults) => library.findings.map((f) => findingRow(f, options));
export const actionsExport = (library: Library, options = defaults) => library.actions.map((a) => actionRow(a, options));
export const plansExport = (library: Library, options = defaults) => library.plans.map((p) => planRow(p, options));
export const updatesExport = (library: Library, options = defaults) => library.updates.map((u) => updateRow(u, options));

/** The JSON beside a record's page: the record, with the records it holds. */
export const recordJson = {
  review: (review: ReviewRecord, options = defaults) => ({ ...reviewRow(review, options), findings: review.findings.map((f) => findingRow(f, options)) }),
  plan: (plan: PlanRecord, options = defaults) => ({ ...planRow(plan, options), actions: plan.actions.map((a) => actionRow(a, options)) }),
  update: (update: UpdateRecord, options = defaults) => updateRow(update, options),
  finding: (finding: FindingRecord, options = defaults) => ({ ...findingRow(finding, options), answeredBy: finding.actions.map((a) => actionRow(a, options)) }),
};

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

/** CSV for spreadsheet users: one row per record, every cell safe to open (src/lib/csv.ts). */
export function toCsv(rows: ReadonlyArray<Record<string, unknown>>, columns: readonly string[]): string {
  return stringify(csvCells(rows, columns), csvOptions(columns));
}

/** A CSV download: any rows (an export, a scrutiny view, a list of search results) and their columns. */
export function csvResponse(rows: ReadonlyArray<Record<string, unknown>>, columns: readonly string[]): Response {
  return new Response(toCsv(rows, columns), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}

/** The first columns stay where they always were; every other JSON field follows, so the CSV has every field. */
const columnsOf = (first: string[], row: Record<string, unknown>) => [...first, ...Object.keys(row).filter((key) => !first.includes(key))];
type FindingRow = ReturnType<typeof findingRow>;
type ActionRow = ReturnType<typeof actionRow>;
export const findingsCsvColumns = columnsOf(['id', 'url', 'review', 'reviewTitle', 'authority', 'type', 'itemId', 'text', 'themes', 'kloe', 'kloeTitle', 'status', 'actions'], {
  reviewKind: 0, addressee: 0, statusAsOf: 0, statusInferredFrom: 0, statusInferred: 0, statusStaleFrom: 0, statusStale: 0, raisedBefore: 0, raisedAgain: 0, address: 0, licence: 0, attribution: 0,
} satisfies Partial<Record<keyof FindingRow, 0>>);
export const actionsCsvColumns = columnsOf(['id', 'url', 'plan', 'authority', 'priority', 'priorityTitle', 'actionId', 'text', 'due', 'dueFrom', 'dueTo', 'owner', 'themes', 'addresses', 'status', 'statusAsOf'], {
  history: 0, inferred: 0, statusInferred: 0, closed: 0, currentDue: 0, dueRevisions: 0, slipped: 0, overdue: 0, offTrack: 0, stale: 0, flagsAsOf: 0, address: 0, licence: 0,
} satisfies Partial<Record<keyof ActionRow, 0>>);
