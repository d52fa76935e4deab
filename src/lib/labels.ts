/**
 * Words readers see for the model's ids: kinds, finding types, statuses. Derived from the
 * scales in `src/schemas/scales.ts`, so pages, exports and search agree and a new entry
 * there needs no edit here.
 */
import {
  CLOSED_STATES,
  FINDING_STATUSES,
  FINDING_TYPES,
  GRADE_COLOURS,
  RAG_OR_UNKNOWN,
  REVIEW_KINDS,
  type ClosedState,
  type ColourToken,
  type FindingStatus,
  type FindingType,
  type RagOrUnknown,
  type ReviewKind,
  type ScaleEntry,
} from '../schemas/scales.ts';

const field = <Id extends string, K extends keyof ScaleEntry>(scale: readonly ScaleEntry<Id>[], key: K) =>
  Object.fromEntries(scale.map((entry) => [entry.id, entry[key]])) as unknown as Record<Id, ScaleEntry[K]>;

export const reviewKindLabel: Record<ReviewKind, string> = field(REVIEW_KINDS, 'label');
export const findingTypeLabel: Record<FindingType, string> = field(FINDING_TYPES, 'label');
export const findingTypePlural = Object.fromEntries(FINDING_TYPES.map((t) => [t.id, t.plural])) as Record<FindingType, string>;
export const findingStatusLabel: Record<FindingStatus, string> = field(FINDING_STATUSES, 'label');
export const findingStatusColour: Record<FindingStatus, ColourToken> = field(FINDING_STATUSES, 'colour');
export const ragLabel: Record<RagOrUnknown, string> = field(RAG_OR_UNKNOWN, 'label');
export const ragShortLabel: Record<RagOrUnknown, string> = field(RAG_OR_UNKNOWN, 'shortLabel');
export const ragColour: Record<RagOrUnknown, ColourToken> = field(RAG_OR_UNKNOWN, 'colour');
export const gradeColour = GRADE_COLOURS;
export const closedLabel: Record<ClosedState, string> = field(CLOSED_STATES, 'label');
export const closedColour: Record<ClosedState, ColourToken> = field(CLOSED_STATES, 'colour');

/** A grade's words on its framework's scale ("Requires improvement to be good"); the id when the framework does not know it. */
export function gradeLabel(framework: { grades: ReadonlyArray<{ id: string; label: string }> } | undefined, grade: string): string {
  return framework?.grades.find((g) => g.id === grade)?.label ?? grade;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2016-05-05" → "5 May 2016"; "2016-05" → "May 2016"; "2011" → "2011". (No Intl: it is called for every item.) */
export function formatDate(date: string | undefined): string {
  if (!date) return '';
  const [year, month, day] = date.split('-');
  if (!month) return year!;
  const name = MONTH_NAMES[Number(month) - 1]!;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/** "2016-04-11" to "2016-05-05" → "11 April 2016 to 5 May 2016". */
export function formatRange(from: string, to?: string): string {
  return to && to !== from ? `${formatDate(from)} to ${formatDate(to)}` : formatDate(from);
}
