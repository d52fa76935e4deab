/**
 * The scrutiny view: the questions a committee asks of a council's plans, as at a chosen
 * date. What was recommended and is still open, what answers it and how that stood at the
 * date; which actions are overdue, off track, stale or have slipped; which weaknesses came
 * back. Pure: built from the library's records, formatted by `src/pages/scrutiny/`.
 */
import type { Authority } from '../schemas/vocabularies.ts';
import { assessFinding, dueAt, isStale, lastDayOf, statusAt, type DueAt, type FindingAssessment, type StatusEntry } from './derive.ts';
import type { ActionRecord, FindingRecord, PlanRecord, ReviewRecord } from './library.ts';
import type { Recurrence } from './recurring.ts';

/** An action as it stood at the date. */
export interface ActionAt {
  action: ActionRecord;
  /** Its latest status on or before the date. */
  entry?: StatusEntry;
  /** Its plan's latest update on or before the date. */
  planLatest?: string;
  /** The due date in force at the date, with the plan's and every revision. */
  due: DueAt;
  /** The due date in force has passed and the action is neither green nor closed. */
  overdue: boolean;
  /** Rated red, and not closed. */
  offTrack: boolean;
  /** Neither green nor closed, and no status for longer than the stale limit (counted from the plan's publication when it never had one). */
  stale: boolean;
  /** An update revised its due date. */
  slipped: boolean;
}

/** `2016-05` → `2016-05-01`: the first day a partial date can mean. */
const firstDay = (date: string) => (date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);

/** Where an action stood at a date. */
export function actionAt(action: ActionRecord, asOf: string, staleMonths: number): ActionAt {
  const entry = statusAt(action.history, asOf);
  const planLatest = action.plan.updates.filter((u) => u.data.asOf <= asOf).at(-1)?.data.asOf;
  const due = dueAt(action.due, action.history, asOf);
  const done = entry?.status === 'green' || Boolean(entry?.closed);
  return {
    action,
    ...(entry ? { entry } : {}),
    ...(planLatest ? { planLatest } : {}),
    due,
    overdue: !done && Boolean(due.range) && asOf >= lastDayOf(due.range!.to),
    offTrack: entry?.status === 'red' && !entry.closed,
    stale: !done && isStale(entry?.asOf ?? firstDay(action.plan.data.published), asOf, staleMonths),
    slipped: due.slipped,
  };
}

/** A recommendation or area for improvement with its answering actions at the date. */
export interface FindingAt {
  finding: FindingRecord;
  assessment: FindingAssessment;
  actions: ActionAt[];
}

/** Every date a council's scrutiny can be seen as at: its plans' update dates, oldest first. */
export function scrutinyDates(plans: readonly PlanRecord[]): string[] {
  return [...new Set(plans.flatMap((p) => p.updates.map((u) => u.data.asOf)))].sort();
}

export interface ScrutinyInput {
  authority: Authority;
  reviews: readonly ReviewRecord[];
  plans: readonly PlanRecord[];
  /** The council's recurring findings (`recurrences` in `recurring.ts`). */
  recurring: readonly Recurrence<FindingRecord>[];
}

export interface ScrutinyView {
  authority: Authority;
  asOf: string;
  /** Every date the view can be seen as at (the council's update dates). */
  dates: string[];
  staleAfterMonths: number;
  /** Open recommendations and areas for improvement of reviews by the date: off track first, then newest review. */
  open: FindingAt[];
  /** Actions of plans published by the date, in each list by due date. */
  overdue: ActionAt[];
  offTrack: ActionAt[];
  stale: ActionAt[];
  slipped: ActionAt[];
  /** Weaknesses raised again by a review on or before the date. */
  recurring: Recurrence<FindingRecord>[];
}

const byDue = (a: ActionAt, b: ActionAt) =>
  (a.due.range?.to ?? '9999').localeCompare(b.due.range?.to ?? '9999') || a.action.ref.localeCompare(b.action.ref, 'en', { numeric: true });

/**
 * A council's scrutiny view as at a date (its latest update's date, or its latest review's
 * when it has no update, by default).
 */
export function scrutinyView(input: ScrutinyInput, staleMonths: number, asOf?: string): ScrutinyView {
  const dates = scrutinyDates(input.plans);
  const date = asOf ?? dates.at(-1) ?? input.reviews.map((r) => firstDay(r.data.fieldwork.from)).sort().at(-1) ?? '';
  const plans = input.plans.filter((p) => firstDay(p.data.published) <= date);
  const actions = new Map(plans.flatMap((p) => p.actions).map((a) => [a.ref, actionAt(a, date, staleMonths)]));
  const reviews = input.reviews.filter((r) => firstDay(r.data.fieldwork.from) <= date);
  const open = reviews
    .flatMap((r) => r.findings)
    .filter((f) => f.type !== 'strength')
    .map((finding): FindingAt => {
      const answering = finding.actions.flatMap((a) => actions.get(a.ref) ?? []);
      return { finding, actions: answering, assessment: assessFinding(answering.map((a) => ({ ref: a.action.ref, ...(a.entry ? { entry: a.entry } : {}), ...(a.planLatest ? { planLatest: a.planLatest } : {}) })), staleMonths) };
    })
    .filter((f) => f.assessment.status !== 'complete')
    .sort(
      (a, b) =>
        Number(b.assessment.status === 'off-track') - Number(a.assessment.status === 'off-track') ||
        b.finding.review.data.fieldwork.from.localeCompare(a.finding.review.data.fieldwork.from) ||
        a.finding.ref.localeCompare(b.finding.ref, 'en', { numeric: true }),
    );
  const all = [...actions.values()];
  return {
    authority: input.authority,
    asOf: date,
    dates,
    staleAfterMonths: staleMonths,
    open,
    overdue: all.filter((a) => a.overdue).sort(byDue),
    offTrack: all.filter((a) => a.offTrack).sort(byDue),
    stale: all.filter((a) => a.stale).sort(byDue),
    slipped: all.filter((a) => a.slipped).sort(byDue),
    recurring: input.recurring.filter((r) => firstDay(r.later.review.data.fieldwork.from) <= date),
  };
}

/** The view as rows for a spreadsheet: one per open finding and answering action, then one per flagged action. */
export type ScrutinyRow = Record<(typeof scrutinyCsvColumns)[number], string | boolean | null>;

/** `address` turns a site-relative link into the address the rows give (absolute, for a download). */
export function scrutinyRows(view: ScrutinyView, address: (url: string) => string = (url) => url): ScrutinyRow[] {
  const actionRow = (a: ActionAt): Record<string, string | boolean | null> => ({
    action: a.action.ref,
    actionUrl: address(a.action.url),
    actionText: a.action.text ?? null,
    due: a.due.due ?? null,
    plannedDue: a.action.due ?? null,
    status: a.entry?.status ?? null,
    closed: a.entry?.closed ?? null,
    statusAsOf: a.entry?.asOf ?? null,
    statusInferred: Boolean(a.entry?.inferred),
    overdue: a.overdue,
    offTrack: a.offTrack,
    stale: a.stale,
    slipped: a.slipped,
  });
  const none = { action: null, actionUrl: null, actionText: null, due: null, plannedDue: null, status: null, closed: null, statusAsOf: null, statusInferred: false, overdue: false, offTrack: false, stale: false, slipped: false };
  const findingCells = (f: FindingAt): Record<string, string | boolean | null> => ({
    finding: f.finding.ref,
    findingUrl: address(f.finding.url),
    findingType: f.finding.type,
    findingText: f.finding.text,
    findingStatus: f.assessment.status,
    findingStatusAsOf: f.assessment.asOf ?? null,
    findingStatusInferred: f.assessment.inferred.length > 0,
    findingStatusStale: f.assessment.stale.length > 0,
  });
  const noFinding = { finding: null, findingUrl: null, findingType: null, findingText: null, findingStatus: null, findingStatusAsOf: null, findingStatusInferred: false, findingStatusStale: false };
  const flagged = new Set([...view.overdue, ...view.offTrack, ...view.stale, ...view.slipped]);
  const answering = new Set(view.open.flatMap((f) => f.actions));
  const head = { asOf: view.asOf, authority: view.authority.id };
  const rows = [
    ...view.open.flatMap((f) => (f.actions.length ? f.actions.map((a) => ({ ...head, ...findingCells(f), ...actionRow(a) })) : [{ ...head, ...findingCells(f), ...none }])),
    ...[...flagged].filter((a) => !answering.has(a)).sort(byDue).map((a) => ({ ...head, ...noFinding, ...actionRow(a) })),
  ];
  return rows as ScrutinyRow[];
}

export const scrutinyCsvColumns = [
  // One column per field of `scrutinyRows`: the CSV carries every field.
  'asOf', 'authority', 'finding', 'findingUrl', 'findingType', 'findingText', 'findingStatus', 'findingStatusAsOf', 'findingStatusInferred', 'findingStatusStale',
  'action', 'actionUrl', 'actionText', 'due', 'plannedDue', 'status', 'closed', 'statusAsOf', 'statusInferred', 'overdue', 'offTrack', 'stale', 'slipped',
] as const;
