/**
 * Derived data: everything the library computes and authors never type. Pure functions
 * over validated documents, tested without Astro (tests/derive.test.ts); pages and
 * exports only format what these return.
 */
import type { PlanData } from '../schemas/plan.ts';
import { CLOSED_STATES, RAG_OR_UNKNOWN, type ClosedState, type FindingStatus, type RagOrUnknown, type RagStatus } from '../schemas/scales.ts';
import type { UpdateData } from '../schemas/update.ts';
export type { FindingStatus } from '../schemas/scales.ts';
import { formatDueRange, parseDue, type DueRange } from '../schemas/due.ts';

export interface Doc<T> {
  id: string;
  data: T;
}

/** One status of one action, from one update. */
export interface StatusEntry {
  asOf: string;
  status: RagStatus;
  update: string;
  note?: string;
  inferred?: string;
  /** How the action was closed at this update, when it was. */
  closed?: ClosedState;
  /** A due date this update gave the action, as worded. */
  revisedDue?: string;
}

interface UpdateIndex {
  byPlan: Map<string, Doc<UpdateData>[]>;
  history: Map<string, StatusEntry[]>;
}

// Derived figures are asked for many times over the same list of updates (every action of
// every plan, on every page): index it once per list instead of scanning it every time.
const indexes = new WeakMap<ReadonlyArray<Doc<UpdateData>>, UpdateIndex>();

function indexOf(updates: ReadonlyArray<Doc<UpdateData>>): UpdateIndex {
  let index = indexes.get(updates);
  if (index) return index;
  const byPlan = new Map<string, Doc<UpdateData>[]>();
  for (const update of updates) {
    const list = byPlan.get(update.data.plan) ?? [];
    list.push(update);
    byPlan.set(update.data.plan, list);
  }
  const history = new Map<string, StatusEntry[]>();
  for (const [planId, list] of byPlan) {
    list.sort((a, b) => a.data.asOf.localeCompare(b.data.asOf));
    for (const update of list) {
      for (const entry of update.data.statuses) {
        const key = `${planId}#${entry.action}`;
        const entries = history.get(key) ?? [];
        entries.push({
          asOf: update.data.asOf,
          status: entry.status,
          update: update.id,
          ...(entry.note ? { note: entry.note } : {}),
          ...(entry.inferred ? { inferred: entry.inferred } : {}),
          ...(entry.closed ? { closed: entry.closed } : {}),
          ...(entry.revisedDue ? { revisedDue: entry.revisedDue } : {}),
        });
        history.set(key, entries);
      }
    }
  }
  index = { byPlan, history };
  indexes.set(updates, index);
  return index;
}

/** Updates for a plan, oldest first. */
export function updatesFor(planId: string, updates: ReadonlyArray<Doc<UpdateData>>): Doc<UpdateData>[] {
  return indexOf(updates).byPlan.get(planId) ?? [];
}

/** An action's status across updates, oldest first. */
export function statusHistory(planId: string, actionId: string, updates: ReadonlyArray<Doc<UpdateData>>): StatusEntry[] {
  return indexOf(updates).history.get(`${planId}#${actionId}`) ?? [];
}

/** The latest status on or before `asOf` (or the latest of all without a date). */
export function statusAt(history: ReadonlyArray<StatusEntry>, asOf?: string): StatusEntry | undefined {
  let latest: StatusEntry | undefined;
  for (const entry of history) {
    if (asOf && entry.asOf > asOf) break;
    latest = entry;
  }
  return latest;
}

const outcomeOf = new Map(CLOSED_STATES.map((state) => [state.id as ClosedState, state.outcome]));

/** What a finding's status is worked out from: one action's latest status, as an update gave it. */
export type Evidence = Pick<StatusEntry, 'status' | 'inferred' | 'closed'> | undefined;

/**
 * A finding's status from the latest statuses of the actions that answer it. Actions closed
 * as superseded no longer speak for it; then:
 * none left → no-action; any open action red → off-track; every action green in a stated
 * (not inferred) status or closed as completed → complete; every action so done or closed
 * and one closed without the work (not implemented, dropped) → closed-incomplete; any
 * amber or green (inferred included) → on-track; otherwise (no status yet, white) → planned.
 */
export function findingStatus(statuses: ReadonlyArray<Evidence | RagStatus>): FindingStatus {
  // A bare RAG status is a stated one.
  const evidence = statuses.map((e): Evidence => (typeof e === 'string' ? { status: e } : e));
  const live = evidence.filter((e) => !e?.closed || outcomeOf.get(e.closed) !== 'replaced');
  if (live.length === 0) return 'no-action';
  const open = live.filter((e) => !e?.closed);
  if (open.some((e) => e?.status === 'red')) return 'off-track';
  const done = (e: Evidence) => !e?.inferred && (e?.closed ? outcomeOf.get(e.closed) === 'done' : e?.status === 'green');
  if (live.every(done)) return 'complete';
  const notDone = (e: Evidence) => Boolean(e?.closed) && outcomeOf.get(e!.closed!) === 'not-done';
  if (live.every((e) => done(e) || e?.closed) && live.some(notDone)) return 'closed-incomplete';
  if (live.some((e) => e?.status === 'amber' || e?.status === 'green' || e?.closed)) return 'on-track';
  return 'planned';
}

/** `date` moved by whole months (the day kept, or the month's last day when it has fewer). */
export function addMonths(date: string, months: number): string {
  const [year, month, day = 1] = date.split('-').map(Number) as [number, number, number?];
  const first = new Date(Date.UTC(year, month - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(day, last));
  return first.toISOString().slice(0, 10);
}

/** Whether a status of `date` is more than `months` months older than `reference`. */
export function isStale(date: string, reference: string, months: number): boolean {
  return date < addMonths(reference, -months);
}

/** One action answering a finding, with its status as at the date asked for and its plan's latest update by then. */
export interface AnsweringAction {
  ref: string;
  entry?: StatusEntry;
  /** The plan's latest update on or before the date: what "stale" is measured against. */
  planLatest?: string;
}

export interface FindingAssessment {
  status: FindingStatus;
  /** The newest status it rests on (its as-at date). */
  asOf?: string;
  /** The oldest status it rests on. */
  oldest?: string;
  /** Actions whose status it rests on was inferred by the library, not stated by the council. */
  inferred: string[];
  /** Actions whose latest status is more than the stale limit older than their plan's latest update. */
  stale: string[];
}

/** Months after which a status is stale unless configured otherwise (`site.config.ts`). */
export const DEFAULT_STALE_MONTHS = 6;

/** A finding's status with how old and how sure it is. */
export function assessFinding(actions: ReadonlyArray<AnsweringAction>, staleMonths = DEFAULT_STALE_MONTHS): FindingAssessment {
  const dates = actions.flatMap((a) => (a.entry ? [a.entry.asOf] : [])).sort();
  return {
    status: findingStatus(actions.map((a) => a.entry)),
    ...(dates.length ? { asOf: dates.at(-1)!, oldest: dates[0]! } : {}),
    inferred: actions.filter((a) => a.entry?.inferred).map((a) => a.ref),
    stale: actions.filter((a) => a.entry && a.planLatest && isStale(a.entry.asOf, a.planLatest, staleMonths)).map((a) => a.ref),
  };
}

export interface DueAt {
  /** The due date in force, as worded: the latest revision on or before the date, else the plan's. */
  due?: string;
  range?: DueRange;
  /** Every due date the action has had, oldest first: the plan's, then each revision with its update's date. */
  revisions: Array<{ due: string; asOf?: string; update?: string }>;
  /** A later update revised the due date to a different one. */
  slipped: boolean;
}

/** An action's due date as at a date, keeping the plan's and every revision. */
export function dueAt(plannedDue: string | undefined, history: ReadonlyArray<StatusEntry>, asOf?: string): DueAt {
  const revisions: DueAt['revisions'] = plannedDue ? [{ due: plannedDue }] : [];
  for (const entry of history) {
    if (asOf && entry.asOf > asOf) break;
    if (entry.revisedDue && entry.revisedDue !== revisions.at(-1)?.due) revisions.push({ due: entry.revisedDue, asOf: entry.asOf, update: entry.update });
  }
  const due = revisions.at(-1)?.due;
  const range = due ? parseDue(due) : undefined;
  return { ...(due ? { due } : {}), ...(range ? { range } : {}), revisions, slipped: revisions.some((r) => r.update) };
}

/** Status of every action of a plan as at a date (carrying each action's latest known status forward). */
export function statusesAt(plan: Doc<PlanData>, updates: ReadonlyArray<Doc<UpdateData>>, asOf?: string): Map<string, StatusEntry | undefined> {
  const result = new Map<string, StatusEntry | undefined>();
  for (const action of plan.data.actions) {
    result.set(action.id, statusAt(statusHistory(plan.id, action.id, updates), asOf));
  }
  return result;
}

/** The update that speaks for a date: the latest on or before it. */
function updateAt(planId: string, updates: ReadonlyArray<Doc<UpdateData>>, asOf?: string): Doc<UpdateData> | undefined {
  return updatesFor(planId, updates).filter((u) => !asOf || u.data.asOf <= asOf).at(-1);
}

export interface PriorityRow {
  priority: string;
  title: string;
  /** Actions due by the date, as the council declares it in the governing update (the plan's figure when no update exists). */
  due?: number;
  /** Actions red as at the date. */
  red: number;
}

export interface PrioritySummary {
  /** The date the figures are as at (the governing update's asOf), if any update exists. */
  asOf?: string;
  /** `actions` when counted from action-level statuses, `declared` when the update gives only counts. */
  basis: 'actions' | 'declared' | 'none';
  rows: PriorityRow[];
  totalDue?: number;
  totalRed: number;
  /** Share of due actions that are red, as a whole percentage (the source's "6%"). */
  redPercent?: number;
}

const percent = (part: number, whole: number) => Math.round((part / whole) * 100);

/**
 * Actions due and actions not progressed (red) by priority, as at a date: the exception
 * report's Table 1, and each column of its Table 2. Red counts come from action-level
 * statuses when the governing update has them, otherwise from its declared counts.
 */
export function summaryByPriority(plan: Doc<PlanData>, updates: ReadonlyArray<Doc<UpdateData>>, asOf?: string): PrioritySummary {
  const update = updateAt(plan.id, updates, asOf);
  const declaredRows = new Map((update?.data.declared?.byPriority ?? []).map((row) => [row.priority, row]));
  const basis: PrioritySummary['basis'] = !update ? 'none' : update.data.statuses.length > 0 ? 'actions' : 'declared';
  const statuses = update && basis === 'actions' ? statusesAt(plan, updates, update.data.asOf) : new Map();
  const priorityOf = new Map(plan.data.actions.map((a) => [a.id, a.priority]));

  const rows = plan.data.priorities.map((priority): PriorityRow => {
    const declared = declaredRows.get(priority.id);
    const red =
      basis === 'actions'
        ? [...statuses].filter(([id, s]) => priorityOf.get(id) === priority.id && s?.status === 'red').length
        : (declared?.red ?? 0);
    // Due counts belong to a date: take the update's own, and the plan's only when no update exists.
    const due = update ? declared?.due : priority.declaredActions;
    return { priority: priority.id, title: priority.title, ...(due !== undefined ? { due } : {}), red };
  });
  const totalRed = rows.reduce((sum, row) => sum + row.red, 0);
  const totalDue = update ? update.data.declared?.actionsDue : plan.data.declaredActions;
  return {
    ...(update ? { asOf: update.data.asOf } : {}),
    basis,
    rows,
    ...(totalDue !== undefined ? { totalDue, redPercent: percent(totalRed, totalDue) } : {}),
    totalRed,
  };
}

export interface StatusCount {
  status: RagOrUnknown;
  count: number;
}

/** Actions by RAG status as at a date. `unknown` counts named actions with no status yet. */
export function summaryByStatus(plan: Doc<PlanData>, updates: ReadonlyArray<Doc<UpdateData>>, asOf?: string): StatusCount[] {
  const counts = new Map<StatusCount['status'], number>(RAG_OR_UNKNOWN.map((s) => [s.id, 0]));
  for (const entry of statusesAt(plan, updates, asOf).values()) {
    const key = entry?.status ?? 'unknown';
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([status, count]) => ({ status, count }));
}

export interface DueRow {
  /** The range as a label: "March 2017", "January - March 2017". */
  label: string;
  range: DueRange;
  count: number;
  /** Whole percentage of the total. */
  percent: number;
  actions: string[];
}

/**
 * Actions with a given status (red by default) as at a date, grouped by due range, latest
 * first: the exception report's Table 3. Actions without a due date are grouped last.
 */
export function summaryByDue(
  plan: Doc<PlanData>,
  updates: ReadonlyArray<Doc<UpdateData>>,
  asOf?: string,
  status: RagStatus = 'red',
): { rows: DueRow[]; total: number; undated: string[] } {
  const statuses = statusesAt(plan, updates, asOf);
  const groups = new Map<string, DueRow>();
  const undated: string[] = [];
  let total = 0;
  for (const action of plan.data.actions) {
    if (statuses.get(action.id)?.status !== status) continue;
    total++;
    const range = action.due ? parseDue(action.due) : undefined;
    if (!range) {
      undated.push(action.id);
      continue;
    }
    const key = `${range.from}/${range.to}`;
    const row = groups.get(key) ?? { label: formatDueRange(range), range, count: 0, percent: 0, actions: [] };
    row.count++;
    row.actions.push(action.id);
    groups.set(key, row);
  }
  const rows = [...groups.values()]
    .map((row) => ({ ...row, percent: percent(row.count, total) }))
    .sort((a, b) => b.range.to.localeCompare(a.range.to) || b.range.from.localeCompare(a.range.from));
  return { rows, total, undated };
}

/** `2017-03` → `2017-03-31`. */
export function lastDayOf(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, m, 0)).toISOString().slice(0, 10);
}

export interface OverdueAction {
  id: string;
  /** The due date in force at the date (a revised one when an update revised it). */
  due: string;
  range: DueRange;
  status?: RagStatus;
}

/**
 * Actions overdue as at a date: the last day of the due range in force (the plan's, or the
 * latest an update revised it to) has been reached, and they were neither completed (green)
 * nor closed by then.
 */
export function overdueActions(plan: Doc<PlanData>, updates: ReadonlyArray<Doc<UpdateData>>, asOf: string): OverdueAction[] {
  const result: OverdueAction[] = [];
  for (const action of plan.data.actions) {
    const history = statusHistory(plan.id, action.id, updates);
    const { due, range } = dueAt(action.due, history, asOf);
    if (!due || !range || asOf < lastDayOf(range.to)) continue;
    const latest = statusAt(history, asOf);
    if (latest?.status === 'green' || latest?.closed) continue;
    result.push({ id: action.id, due, range, ...(latest ? { status: latest.status } : {}) });
  }
  return result.sort((a, b) => a.range.to.localeCompare(b.range.to) || a.id.localeCompare(b.id, 'en', { numeric: true }));
}
