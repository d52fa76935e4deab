/**
 * Whether two reviews record the same inspection or visit: the same council, kinds of one
 * family (`family` in `REVIEW_KINDS`: a council paper's "inspection" and Ofsted's report of
 * its "sif-inspection" are one) and fieldwork that overlaps. Dates are as precise as their
 * sources, so a month or a year spans all its days. Used by the checker (one document per
 * inspection) and by the ingest (a report already in the library is not written twice).
 */
import { REVIEW_KINDS } from '../schemas/scales.ts';

export interface InspectionFacts {
  authority: string;
  kind: string;
  fieldwork: { from: string; to?: string };
}

const families = new Map<string, string>(REVIEW_KINDS.map((kind) => [kind.id, kind.family]));

/** The family of a review kind: the kinds that may name one event. */
export const kindFamily = (kind: string): string => families.get(kind) ?? kind;

const firstDay = (date: string) => (date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);
// The day before the next month's first: `2016-02` → `2016-02-29`.
const lastOfMonth = (month: string) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);
const lastDay = (date: string) => (date.length === 4 ? `${date}-12-31` : date.length === 7 ? lastOfMonth(date) : date);

/** Whether two spans of fieldwork share a day. */
export function fieldworkOverlaps(a: InspectionFacts['fieldwork'], b: InspectionFacts['fieldwork']): boolean {
  return firstDay(a.from) <= lastDay(b.to ?? b.from) && firstDay(b.from) <= lastDay(a.to ?? a.from);
}

export function sameInspection(a: InspectionFacts, b: InspectionFacts): boolean {
  return a.authority === b.authority && kindFamily(a.kind) === kindFamily(b.kind) && fieldworkOverlaps(a.fieldwork, b.fieldwork);
}
