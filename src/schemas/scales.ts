/**
 * The lists the library knows, as data: RAG statuses, derived finding statuses, finding
 * types and review kinds. Each entry holds its id, the words readers see, its order (the
 * order of the list) and a colour token (a GOV.UK tag colour: a second cue only, the words
 * always carry the meaning). Schemas, labels, search facets, charts and check rules derive
 * from these lists, so adding a state is one entry here; a state without its label does
 * not compile, because every entry must have the fields of `ScaleEntry`.
 *
 * Pure data: imports nothing but types, so everything may import it.
 */

/** GOV.UK Frontend tag colours (`govuk-tag--<colour>`). */
export type ColourToken = 'grey' | 'blue' | 'turquoise' | 'green' | 'yellow' | 'orange' | 'red' | 'purple' | 'pink';

export interface ScaleEntry<Id extends string = string> {
  /** The id written in documents and exports. */
  id: Id;
  /** What readers see in full, e.g. "Red: not progressed". */
  label: string;
  /** What readers see where space is short, e.g. "Red". */
  shortLabel: string;
  /** Tag colour: a second cue beside the words. */
  colour: ColourToken;
}

/** A scale's entries by id, for labels and lookups. */
export function byId<const T extends readonly ScaleEntry[]>(scale: T): { [K in T[number]['id']]: Extract<T[number], { id: K }> } {
  return Object.fromEntries(scale.map((entry) => [entry.id, entry])) as never;
}

/** The ids of a scale, in its order, as a non-empty tuple for `z.enum`. */
export function idsOf<const T extends readonly ScaleEntry[]>(scale: T): [T[number]['id'], ...T[number]['id'][]] {
  return scale.map((entry) => entry.id) as never;
}

/**
 * RAG ratings as the councils define them (red = not progressed, amber = in progress,
 * green = completed, white = not planned to start yet). `chart` is the bar colour on the
 * plan page's chart; a status with `chart: null` is not drawn there.
 */
export const RAG_STATUSES = [
  { id: 'red', label: 'Red: not progressed', shortLabel: 'Red', colour: 'red', meaning: 'not progressed', chart: '#d4351c' },
  { id: 'amber', label: 'Amber: in progress', shortLabel: 'Amber', colour: 'orange', meaning: 'in progress', chart: '#f47738' },
  { id: 'green', label: 'Green: completed', shortLabel: 'Green', colour: 'green', meaning: 'completed', chart: '#00703c' },
  { id: 'white', label: 'White: not started yet', shortLabel: 'White', colour: 'grey', meaning: 'not planned to start yet', chart: null },
] as const satisfies readonly (ScaleEntry & { meaning: string; chart: string | null })[];
export type RagStatus = (typeof RAG_STATUSES)[number]['id'];

/** An action named in a plan that no update has rated yet. */
export const NO_STATUS = { id: 'unknown', label: 'No status reported', shortLabel: 'No status', colour: 'grey' } as const satisfies ScaleEntry;
export type RagOrUnknown = RagStatus | typeof NO_STATUS.id;
/** RAG statuses and "no status", in the order summaries count them. */
export const RAG_OR_UNKNOWN = [...RAG_STATUSES, NO_STATUS] as const;

/**
 * How an update can record an action as closed, in the words the councils' trackers use.
 * `outcome` says what the closure means for the findings the action answers: `done` counts
 * as completed; `not-done` closes it without the work (the finding cannot be complete);
 * `replaced` hands it to another action, so it no longer speaks for the finding.
 */
export const CLOSED_STATES = [
  { id: 'completed', label: 'Closed: completed', shortLabel: 'Completed', colour: 'green', outcome: 'done' },
  { id: 'not-implemented', label: 'Closed: not implemented', shortLabel: 'Not implemented', colour: 'red', outcome: 'not-done' },
  { id: 'superseded', label: 'Closed: superseded', shortLabel: 'Superseded', colour: 'grey', outcome: 'replaced' },
  { id: 'dropped', label: 'Closed: dropped', shortLabel: 'Dropped', colour: 'grey', outcome: 'not-done' },
] as const satisfies readonly (ScaleEntry & { outcome: 'done' | 'not-done' | 'replaced' })[];
export type ClosedState = (typeof CLOSED_STATES)[number]['id'];
export type ClosureOutcome = (typeof CLOSED_STATES)[number]['outcome'];

/** A finding's status, derived from the latest statuses of the actions answering it. */
export const FINDING_STATUSES = [
  { id: 'no-action', label: 'No action recorded', shortLabel: 'No action', colour: 'grey' },
  { id: 'planned', label: 'Actions planned', shortLabel: 'Planned', colour: 'blue' },
  { id: 'on-track', label: 'On track', shortLabel: 'On track', colour: 'yellow' },
  { id: 'off-track', label: 'Off track', shortLabel: 'Off track', colour: 'red' },
  { id: 'complete', label: 'All actions complete', shortLabel: 'Complete', colour: 'green' },
  { id: 'closed-incomplete', label: 'Closed with actions not done', shortLabel: 'Closed, not done', colour: 'pink' },
] as const satisfies readonly ScaleEntry[];
export type FindingStatus = (typeof FINDING_STATUSES)[number]['id'];

/**
 * The kinds of finding a review holds. `list` is the review's frontmatter field holding
 * them; `plural` heads their section; `answerable` says whether a plan's action may answer one.
 */
export const FINDING_TYPES = [
  { id: 'strength', label: 'Strength', shortLabel: 'Strength', plural: 'Strengths', colour: 'green', list: 'strengths', answerable: false },
  { id: 'area-for-improvement', label: 'Area for improvement', shortLabel: 'Area', plural: 'Areas for improvement', colour: 'orange', list: 'areasForImprovement', answerable: true },
  { id: 'recommendation', label: 'Recommendation', shortLabel: 'Recommendation', plural: 'Recommendations', colour: 'blue', list: 'recommendations', answerable: true },
] as const satisfies readonly (ScaleEntry & { plural: string; list: string; answerable: boolean })[];
export type FindingType = (typeof FINDING_TYPES)[number]['id'];
export type FindingList = (typeof FINDING_TYPES)[number]['list'];

/**
 * Kinds of review. A new kind is one entry here: its label, file-name word and everything else follow.
 * `family` groups the kinds that name the same event differently: a council paper's "inspection"
 * and Ofsted's report of the same "sif-inspection" are one inspection (the checker refuses two
 * documents of a council in one family with overlapping fieldwork).
 */
export const REVIEW_KINDS = [
  { id: 'inspection', label: 'Inspection', shortLabel: 'Inspection', colour: 'purple', family: 'inspection' },
  { id: 'peer-review', label: 'Peer review', shortLabel: 'Peer review', colour: 'blue', family: 'peer-review' },
  { id: 'diagnostic', label: 'Diagnostic', shortLabel: 'Diagnostic', colour: 'blue', family: 'diagnostic' },
  { id: 'monitoring-visit', label: 'Monitoring visit', shortLabel: 'Monitoring visit', colour: 'grey', family: 'monitoring-visit' },
  { id: 'focused-visit', label: 'Focused visit', shortLabel: 'Focused visit', colour: 'grey', family: 'focused-visit' },
  { id: 'thematic-review', label: 'Thematic review', shortLabel: 'Thematic review', colour: 'blue', family: 'thematic-review' },
  // Ofsted's inspections of children's services, as their reports name them.
  { id: 'standard-inspection', label: 'Standard inspection', shortLabel: 'Standard inspection', colour: 'purple', family: 'inspection' },
  { id: 'short-inspection', label: 'Short inspection', shortLabel: 'Short inspection', colour: 'purple', family: 'inspection' },
  { id: 'sif-inspection', label: 'SIF inspection', shortLabel: 'SIF inspection', colour: 'purple', family: 'inspection' },
  { id: 're-inspection', label: 'Re-inspection', shortLabel: 'Re-inspection', colour: 'purple', family: 'inspection' },
] as const satisfies readonly (ScaleEntry & { family: string })[];
export type ReviewKind = (typeof REVIEW_KINDS)[number]['id'];

/** Colour of a grade on any framework (frameworks' scales are vocabulary data; this is the cue beside them). */
export const GRADE_COLOURS: Record<string, ColourToken> = {
  outstanding: 'green',
  good: 'turquoise',
  adequate: 'yellow',
  'requires-improvement': 'yellow',
  inadequate: 'red',
};
