/**
 * The library as records: reviews, findings, plans, actions and updates, cross-linked,
 * with derived statuses and URLs. Built once per build from validated data (by Astro's
 * collections or by the checker) and shared by every page and export. Pure.
 */
import type { CheckedDocument, LibraryData } from '../checker/check-library.ts';
import type { PlanData } from '../schemas/plan.ts';
import type { ReviewData } from '../schemas/review.ts';
import type { UpdateData } from '../schemas/update.ts';
import type { Authority, Framework, Theme } from '../schemas/vocabularies.ts';
import { parseDue } from './due.ts';
import { findingStatus, statusHistory, statusAt, type FindingStatus, type StatusEntry } from './derive.ts';

export type FindingType = 'strength' | 'area-for-improvement' | 'recommendation';

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
  authority(id: string): Authority | undefined;
  theme(id: string): Theme | undefined;
  /** Raw documents in the shape the derived functions take. */
  docs: { plans: Array<{ id: string; data: PlanData }>; updates: Array<{ id: string; data: UpdateData }> };
}

/** URL helpers: every page and fragment of the site, under the deployment's base path. */
export function urls(base = '/') {
  const root = base.endsWith('/') ? base : `${base}/`;
  return {
    home: root,
    recommendations: `${root}recommendations/`,
    review: (id: string) => `${root}reviews/${id}/`,
    finding: (reviewId: string, itemId: string, type: FindingType) =>
      type === 'strength' ? `${root}reviews/${reviewId}/#${itemId}` : `${root}recommendations/${reviewId}/${itemId}/`,
    plan: (id: string) => `${root}plans/${id}/`,
    action: (planId: string, actionId: string) => `${root}plans/${planId}/#action-${actionId}`,
    update: (id: string) => `${root}updates/${id}/`,
    theme: (id: string) => `${root}themes/${id}/`,
    authority: (id: string) => `${root}authorities/${id}/`,
  };
}

const LISTS = [
  ['strengths', 'strength'],
  ['areasForImprovement', 'area-for-improvement'],
  ['recommendations', 'recommendation'],
] as const;

export function createLibrary(data: LibraryData, base = '/'): Library {
  const url = urls(base);
  const authorities = new Map(data.authorities.map((a) => [a.id, a]));
  const themes = new Map(data.themes.map((t) => [t.id, t]));
  const frameworks = new Map(data.frameworks.map((f) => [f.id, f]));
  const authorityOf = (id: string): Authority =>
    authorities.get(id) ?? { id, name: id, shortName: id, onsCode: 'E00000000', region: 'London', type: 'unitary' };
  const themesOf = (ids: string[]) => ids.map((id) => themes.get(id)).filter((t): t is Theme => Boolean(t));

  const reviews: ReviewRecord[] = data.reviews.map((doc: CheckedDocument<ReviewData>) => ({
    id: doc.id,
    url: url.review(doc.id),
    file: doc.file,
    body: doc.body,
    data: doc.data,
    authority: authorityOf(doc.data.authority),
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
    for (const [list, type] of LISTS) {
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
    authority: authorityOf(doc.data.authority),
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
      authority: authorityOf(doc.data.authority),
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
      };
      plan.actions.push(record);
      actions.push(record);
      for (const ref of action.addresses) findingByRef.get(ref)?.actions.push(record);
    }
  }
  for (const finding of findings) {
    if (finding.type !== 'strength') finding.status = findingStatus(finding.actions.map((a) => a.latest?.status));
  }

  return {
    url,
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
    finding: (ref) => findingByRef.get(ref),
    authority: (id) => authorities.get(id),
    theme: (id) => themes.get(id),
    docs: { plans: data.plans.map((p) => ({ id: p.id, data: p.data })), updates: updateDocs },
  };
}
