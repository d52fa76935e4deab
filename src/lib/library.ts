/**
 * The library as records: reviews, findings, plans, actions and updates, cross-linked,
 * with derived statuses and URLs. Built once per build from validated data (by Astro's
 * collections or by the checker) and shared by every page and export. Pure.
 */
import type { CheckedDocument, LibraryData } from '../schemas/kinds.ts';
import type { PlanData } from '../schemas/plan.ts';
import type { ReviewData } from '../schemas/review.ts';
import type { UpdateData } from '../schemas/update.ts';
import type { Authority, Framework, Theme } from '../schemas/vocabularies.ts';
import { parseDue } from '../schemas/due.ts';
import type { OfficialTables } from '../official/tables.ts';
import { reviewKindLabel } from './labels.ts';
import { createNational, type National } from './national.ts';
import { urls } from './links.ts';
import { FINDING_TYPES, type FindingType } from '../schemas/scales.ts';
import { recurrences, type Recurrence } from './recurring.ts';
import { actionAt, scrutinyView, type ScrutinyView } from './scrutiny.ts';
import {
  assessFinding,
  DEFAULT_STALE_MONTHS,
  dueAt,
  overdueActions,
  statusAt,
  statusHistory,
  summaryByDue,
  summaryByPriority,
  summaryByStatus,
  type DueAt,
  type FindingAssessment,
  type FindingStatus,
  type OverdueAction,
  type PrioritySummary,
  type StatusCount,
  type StatusEntry,
} from './derive.ts';

export type { FindingType } from '../schemas/scales.ts';

export interface FindingRecord {
  /** `<review id>#<item id>`: the permalink reference. */
  ref: string;
  id: string;
  url: string;
  review: ReviewRecord;
  authority: Authority;
  type: FindingType;
  text: string;
  themes: Theme[];
  kloe?: { id: string; title: string };
  addressee?: string;
  note?: string;
  /** Actions answering this finding (recommendations and areas only). */
  actions: ActionRecord[];
  /** Derived from the actions' latest statuses; undefined for strengths. */
  status?: FindingStatus;
  /** The status with how old and how sure it is (its as-at date, inferred and stale evidence); undefined for strengths. */
  assessment?: FindingAssessment;
  /** Findings of the council's earlier reviews this one raises again (`recurring.ts`). */
  raisedBefore: RecurrenceLink[];
  /** Findings of the council's later reviews that raise this one again. */
  raisedAgain: RecurrenceLink[];
}

export interface RecurrenceLink {
  finding: FindingRecord;
  /** Jaccard index of their stemmed content words. */
  similarity: number;
}

/** Where an action stands as at its council's latest progress update, as the scrutiny view shows it (all false before any update). */
export interface ActionFlags {
  overdue: boolean;
  offTrack: boolean;
  stale: boolean;
  slipped: boolean;
}

export interface ActionRecord {
  /** `<plan id>#<council's number>`. */
  ref: string;
  id: string;
  url: string;
  plan: PlanRecord;
  authority: Authority;
  priority: { id: string; title: string };
  text?: string;
  due?: string;
  dueFrom?: string;
  dueTo?: string;
  owner?: string;
  themes: Theme[];
  addresses: string[];
  note?: string;
  inferred?: Record<string, string>;
  history: StatusEntry[];
  latest?: StatusEntry;
  /** The due date in force now (a later update may have revised the plan's), with every revision. */
  dueNow: DueAt;
  flags: ActionFlags;
  /** The date `flags` are as at: the latest update of any of the council's plans. */
  flagsAsOf?: string;
}

export interface ReviewRecord {
  id: string;
  url: string;
  file: string;
  body: string;
  data: ReviewData;
  authority: Authority;
  framework?: Framework;
  findings: FindingRecord[];
  /** Reviews that follow this one (monitoring visits of an inspection). */
  followUps: ReviewRecord[];
  /** Plans answering this review. */
  plans: PlanRecord[];
}

export interface PlanRecord {
  id: string;
  url: string;
  file: string;
  body: string;
  data: PlanData;
  authority: Authority;
  answers: ReviewRecord[];
  actions: ActionRecord[];
  /** Updates on this plan, oldest first. */
  updates: UpdateRecord[];
}

export interface UpdateRecord {
  id: string;
  url: string;
  file: string;
  body: string;
  data: UpdateData;
  authority: Authority;
  plan: PlanRecord;
}

export interface Library {
  /** Every URL of the site, under its base path. */
  url: ReturnType<typeof urls>;
  reviews: ReviewRecord[];
  plans: PlanRecord[];
  updates: UpdateRecord[];
  findings: FindingRecord[];
  actions: ActionRecord[];
  authorities: Authority[];
  themes: Theme[];
  frameworks: Framework[];
  review(id: string): ReviewRecord | undefined;
  plan(id: string): PlanRecord | undefined;
  finding(ref: string): FindingRecord | undefined;
  update(id: string): UpdateRecord | undefined;
  authority(id: string): Authority | undefined;
  theme(id: string): Theme | undefined;
  /** An authority's documents, timeline, graded reviews and open findings (built once per authority). */
  authorityView(id: string): AuthorityView;
  /** Findings on a theme in reading order, and the actions tagged with it (built once per theme). */
  themeView(id: string): ThemeView;
  /** Recommendations and areas for improvement on a theme, newest review first. */
  answerableOnTheme(id: string): FindingRecord[];
  /** Documents of every kind, newest first, as lists show them. */
  latestDocuments(): DocumentListing[];
  /** Ofsted's national record (`content/official/`), when the library has it. */
  national?: National;
  /** A plan's derived tables and chart series, as at its latest update (built once per plan). */
  planView(id: string): PlanView;
  /** Months without a status after which an action, or the status of a finding resting on it, is stale. */
  staleAfterMonths: number;
  /** A council's scrutiny view as at a date (default: its latest update); built once per council and date. */
  scrutinyView(authority: string, asOf?: string): ScrutinyView;
  /** Documents of kinds beyond the built-in three, by collection (exported as data, not yet given pages). */
  others: Record<string, CheckedDocument<unknown>[]>;
}

/** A document as lists and timelines show it. */
export interface DocumentListing {
  date: string;
  /** Its kind as readers see it: "Inspection", "Plan", "Progress update". */
  label: string;
  title: string;
  authority: Authority;
  url: string;
}

export interface AuthorityView {
  reviews: ReviewRecord[];
  plans: PlanRecord[];
  updates: UpdateRecord[];
  /** Every document, oldest first, by the date it is listed by. */
  timeline: DocumentListing[];
  /** Reviews with judgements, oldest first. */
  graded: ReviewRecord[];
  /** Recommendations and areas not complete: off track first, then newest. */
  open: FindingRecord[];
  /** Findings raised again by a later review of the council, oldest first. */
  recurring: Recurrence<FindingRecord>[];
}

export interface PlanView {
  /** The latest update's date: what the tables are as at. */
  asOf?: string;
  /** Due and red by priority, as at the latest update. */
  current: PrioritySummary;
  /** The same summary as at each update, oldest first. */
  columns: Array<{ update: UpdateRecord; summary: PrioritySummary }>;
  /** Red actions by due range, as at the latest update. */
  due: ReturnType<typeof summaryByDue>;
  byStatus: StatusCount[];
  overdue: OverdueAction[];
  /** Red, amber and green counts per update, for the chart. */
  chart: Array<{ asOf: string; red: number; amber: number; green: number }>;
}

export interface ThemeView {
  /** Findings by type (strengths, areas, recommendations), then authority, newest first. */
  findings: FindingRecord[];
  actions: ActionRecord[];
}

/** Groups records by a key, keeping their order. */
function groupBy<T>(records: readonly T[], keys: (record: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const record of records) {
    for (const key of keys(record)) {
      const list = groups.get(key);
      if (list) list.push(record);
      else groups.set(key, [record]);
    }
  }
  return groups;
}

const newestReviewFirst = (a: FindingRecord, b: FindingRecord) => b.review.data.fieldwork.from.localeCompare(a.review.data.fieldwork.from);

export interface LibraryOptions {
  /** Months without a status after which it is stale (default 6; `site.config.ts` sets it for the site). */
  staleAfterMonths?: number;
}

export function createLibrary(data: LibraryData, base = '/', options: LibraryOptions = {}): Library {
  const staleAfterMonths = options.staleAfterMonths ?? DEFAULT_STALE_MONTHS;
  const url = urls(base);
  const authorities = new Map(data.authorities.map((a) => [a.id, a]));
  const themes = new Map(data.themes.map((t) => [t.id, t]));
  const frameworks = new Map(data.frameworks.map((f) => [f.id, f]));
  // The checker refuses an unknown authority before any build; a library made without it
  // must not invent one (it would reach the pages and the open data).
  const authorityOf = (id: string, document: string): Authority => {
    const authority = authorities.get(id);
    if (!authority) throw new Error(`${document}: authority "${id}" is not in the authorities vocabulary — run \`npm run check\` for the located problem`);
    return authority;
  };
  const themesOf = (ids: string[]) => ids.map((id) => themes.get(id)).filter((t): t is Theme => Boolean(t));

  const reviews: ReviewRecord[] = data.reviews.map((doc: CheckedDocument<ReviewData>) => ({
    id: doc.id,
    url: url.review(doc.id),
    file: doc.file,
    body: doc.body,
    data: doc.data,
    authority: authorityOf(doc.data.authority, doc.file),
    ...(doc.data.framework && frameworks.has(doc.data.framework) ? { framework: frameworks.get(doc.data.framework)! } : {}),
    findings: [],
    followUps: [],
    plans: [],
  }));
  const reviewById = new Map(reviews.map((r) => [r.id, r]));

  const findings: FindingRecord[] = [];
  const findingByRef = new Map<string, FindingRecord>();
  for (const review of reviews) {
    const kloes = new Map(review.data.kloes.map((k) => [k.id, k]));
    for (const { list, id: type } of FINDING_TYPES) {
      for (const item of review.data[list]) {
        const kloe = item.kloe ? kloes.get(item.kloe) : undefined;
        const record: FindingRecord = {
          ref: `${review.id}#${item.id}`,
          id: item.id,
          url: url.finding(review.id, item.id, type),
          review,
          authority: review.authority,
          type,
          text: item.text,
          themes: themesOf(item.themes),
          ...(kloe ? { kloe: { id: kloe.id, title: kloe.title } } : {}),
          ...(item.addressee ? { addressee: item.addressee } : {}),
          ...(item.note ? { note: item.note } : {}),
          actions: [],
          raisedBefore: [],
          raisedAgain: [],
        };
        review.findings.push(record);
        findings.push(record);
        findingByRef.set(record.ref, record);
      }
    }
    if (review.data.follows) reviewById.get(review.data.follows)?.followUps.push(review);
  }

  const plans: PlanRecord[] = data.plans.map((doc) => ({
    id: doc.id,
    url: url.plan(doc.id),
    file: doc.file,
    body: doc.body,
    data: doc.data,
    authority: authorityOf(doc.data.authority, doc.file),
    answers: doc.data.answers.map((id) => reviewById.get(id)).filter((r): r is ReviewRecord => Boolean(r)),
    actions: [],
    updates: [],
  }));
  const planById = new Map(plans.map((p) => [p.id, p]));
  for (const plan of plans) for (const review of plan.answers) review.plans.push(plan);

  const updates: UpdateRecord[] = data.updates
    .filter((doc) => planById.has(doc.data.plan))
    .map((doc) => ({
      id: doc.id,
      url: url.update(doc.id),
      file: doc.file,
      body: doc.body,
      data: doc.data,
      authority: authorityOf(doc.data.authority, doc.file),
      plan: planById.get(doc.data.plan)!,
    }))
    .sort((a, b) => a.data.asOf.localeCompare(b.data.asOf));
  for (const update of updates) update.plan.updates.push(update);

  const updateDocs = data.updates.map((u) => ({ id: u.id, data: u.data }));
  const actions: ActionRecord[] = [];
  for (const plan of plans) {
    const priorities = new Map(plan.data.priorities.map((p) => [p.id, p]));
    for (const action of plan.data.actions) {
      const range = action.due ? parseDue(action.due) : undefined;
      const history = statusHistory(plan.id, action.id, updateDocs);
      const latest = statusAt(history);
      const priority = priorities.get(action.priority);
      const record: ActionRecord = {
        ref: `${plan.id}#${action.id}`,
        id: action.id,
        url: url.action(plan.id, action.id),
        plan,
        authority: plan.authority,
        priority: { id: action.priority, title: priority?.title ?? action.priority },
        ...(action.text ? { text: action.text } : {}),
        ...(action.due ? { due: action.due } : {}),
        ...(range ? { dueFrom: range.from, dueTo: range.to } : {}),
        ...(action.owner ? { owner: action.owner } : {}),
        themes: themesOf(action.themes),
        addresses: action.addresses,
        ...(action.note ? { note: action.note } : {}),
        ...(action.inferred ? { inferred: action.inferred } : {}),
        history,
        ...(latest ? { latest } : {}),
        dueNow: dueAt(action.due, history),
        flags: { overdue: false, offTrack: false, stale: false, slipped: false },
      };
      plan.actions.push(record);
      actions.push(record);
      for (const ref of action.addresses) findingByRef.get(ref)?.actions.push(record);
    }
  }
  const councilLatest = new Map<string, string>();
  for (const update of updates) if (update.data.asOf > (councilLatest.get(update.authority.id) ?? '')) councilLatest.set(update.authority.id, update.data.asOf);
  for (const action of actions) {
    const asOf = councilLatest.get(action.authority.id);
    if (!asOf || action.plan.data.published > asOf) continue;
    const { overdue, offTrack, stale, slipped } = actionAt(action, asOf, staleAfterMonths);
    action.flags = { overdue, offTrack, stale, slipped };
    action.flagsAsOf = asOf;
  }
  for (const finding of findings) {
    if (finding.type === 'strength') continue;
    finding.assessment = assessFinding(
      finding.actions.map((a) => ({ ref: a.ref, ...(a.latest ? { entry: a.latest } : {}), ...(a.plan.updates.length ? { planLatest: a.plan.updates.at(-1)!.data.asOf } : {}) })),
      staleAfterMonths,
    );
    finding.status = finding.assessment.status;
  }

  const updateById = new Map(updates.map((u) => [u.id, u]));
  const listing = {
    review: (r: ReviewRecord): DocumentListing => ({ date: r.data.fieldwork.from, label: reviewKindLabel[r.data.kind], title: r.data.title, authority: r.authority, url: r.url }),
    plan: (p: PlanRecord): DocumentListing => ({ date: p.data.published, label: 'Plan', title: p.data.title, authority: p.authority, url: p.url }),
    update: (u: UpdateRecord): DocumentListing => ({ date: u.data.asOf, label: 'Progress update', title: u.data.title, authority: u.authority, url: u.url }),
  };

  // Views pages ask for, each built on first use and kept: a page formats them, it never
  // filters the whole library itself.
  const once = <T>(build: (id: string) => T) => {
    const cache = new Map<string, T>();
    return (id: string): T => {
      let value = cache.get(id);
      if (value === undefined) cache.set(id, (value = build(id)));
      return value;
    };
  };
  const reviewsOf = groupBy(reviews, (r) => [r.authority.id]);
  const plansOf = groupBy(plans, (p) => [p.authority.id]);
  const updatesOf = groupBy(updates, (u) => [u.authority.id]);
  const findingsOf = groupBy(findings, (f) => [f.authority.id]);
  // Recurrences are found council by council: each finding meets only its own council's earlier findings.
  const recurringOf = new Map<string, Recurrence<FindingRecord>[]>();
  for (const [id, own] of findingsOf) {
    const found = recurrences(
      own.filter((f) => f.type !== 'strength').map((f) => ({ ref: f.ref, review: f.review.id, date: f.review.data.fieldwork.from, themes: f.themes.map((t) => t.id), text: f.text, finding: f })),
    ).map(({ earlier, later, similarity }) => ({ earlier: earlier.finding, later: later.finding, similarity }));
    for (const { earlier, later, similarity } of found) {
      later.raisedBefore.push({ finding: earlier, similarity });
      earlier.raisedAgain.push({ finding: later, similarity });
    }
    if (found.length) recurringOf.set(id, found);
  }
  const authorityView = once((id): AuthorityView => {
    const own = { reviews: reviewsOf.get(id) ?? [], plans: plansOf.get(id) ?? [], updates: updatesOf.get(id) ?? [] };
    return {
      ...own,
      timeline: [...own.reviews.map(listing.review), ...own.plans.map(listing.plan), ...own.updates.map(listing.update)].sort((a, b) => a.date.localeCompare(b.date)),
      graded: own.reviews.filter((r) => r.data.judgements.length > 0).sort((a, b) => a.data.fieldwork.from.localeCompare(b.data.fieldwork.from)),
      open: (findingsOf.get(id) ?? [])
        .filter((f) => f.status && f.status !== 'complete')
        .sort((a, b) => Number(b.status === 'off-track') - Number(a.status === 'off-track') || newestReviewFirst(a, b)),
      recurring: recurringOf.get(id) ?? [],
    };
  });
  const scrutinyCache = new Map<string, ScrutinyView>();
  const scrutiny = (id: string, asOf?: string): ScrutinyView => {
    const key = `${id}@${asOf ?? ''}`;
    let view = scrutinyCache.get(key);
    if (!view) {
      const authority = authorities.get(id);
      if (!authority) throw new Error(`scrutiny view: "${id}" is not an authority of the library`);
      const own = authorityView(id);
      scrutinyCache.set(key, (view = scrutinyView({ authority, reviews: own.reviews, plans: own.plans, recurring: own.recurring }, staleAfterMonths, asOf)));
    }
    return view;
  };
  /** One theme index for the library: findings newest first, and actions. */
  const findingsOnTheme = groupBy([...findings].sort(newestReviewFirst), (f) => f.themes.map((t) => t.id));
  const actionsOnTheme = groupBy(actions, (a) => a.themes.map((t) => t.id));
  const typeOrder: string[] = FINDING_TYPES.map((t) => t.id);
  const themeView = once((id): ThemeView => ({
    findings: [...(findingsOnTheme.get(id) ?? [])].sort(
      (a, b) => typeOrder.indexOf(a.type) - typeOrder.indexOf(b.type) || a.authority.shortName.localeCompare(b.authority.shortName) || newestReviewFirst(a, b),
    ),
    actions: actionsOnTheme.get(id) ?? [],
  }));
  const answerableOnTheme = once((id) => (findingsOnTheme.get(id) ?? []).filter((f) => f.type !== 'strength'));
  let latest: DocumentListing[] | undefined;
  const planView = once((id): PlanView => {
    const plan = planById.get(id)!;
    const doc = { id: plan.id, data: plan.data };
    const asOf = plan.updates.at(-1)?.data.asOf;
    const columns = plan.updates.map((update) => ({ update, summary: summaryByPriority(doc, updateDocs, update.data.asOf) }));
    return {
      ...(asOf ? { asOf } : {}),
      current: summaryByPriority(doc, updateDocs, asOf),
      columns,
      due: summaryByDue(doc, updateDocs, asOf),
      byStatus: summaryByStatus(doc, updateDocs, asOf),
      overdue: asOf ? overdueActions(doc, updateDocs, asOf) : [],
      // Amber and green are drawn only where the update rates actions one by one; declared counts give red alone.
      chart: columns.map(({ update, summary }) => {
        const counts = summaryByStatus(doc, updateDocs, update.data.asOf);
        const count = (status: string) => (summary.basis === 'actions' ? (counts.find((c) => c.status === status)?.count ?? 0) : 0);
        return { asOf: update.data.asOf, red: summary.totalRed, amber: count('amber'), green: count('green') };
      }),
    };
  });

  const national = data.official ? createNational(data.official as OfficialTables, data.authorities, data.frameworks, (id) => reviewsOf.get(id) ?? []) : undefined;

  return {
    url,
    ...(national ? { national } : {}),
    reviews,
    plans,
    updates,
    findings,
    actions,
    authorities: data.authorities,
    themes: data.themes,
    frameworks: data.frameworks,
    review: (id) => reviewById.get(id),
    plan: (id) => planById.get(id),
    update: (id) => updateById.get(id),
    authorityView,
    themeView,
    planView,
    answerableOnTheme,
    staleAfterMonths,
    scrutinyView: scrutiny,
    latestDocuments: () =>
      (latest ??= [
        ...reviews.map((r) => ({ ...listing.review(r), date: r.data.published ?? r.data.reportedIn[0]?.date ?? r.data.fieldwork.from })),
        ...plans.map(listing.plan),
        ...updates.map(listing.update),
      ].sort((a, b) => b.date.localeCompare(a.date))),
    finding: (ref) => findingByRef.get(ref),
    authority: (id) => authorities.get(id),
    theme: (id) => themes.get(id),
    others: data.others ?? {},
  };
}
