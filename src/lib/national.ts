/**
 * The national record for pages: every council's latest overall effectiveness (Ofsted's own
 * "as at 31 March 2025" table), the spread of grades over time, movement from inadequate to
 * good, each council's judgement history from 2009 with the library's document of each
 * inspection where it has one (one inspection on the site, not two), and its statistical
 * neighbours' latest grades. Pure: built once from the library's data; pages format it.
 */
import { councilHistory, eventDate, gradeSpreadByYear, movement, overallGrade, type InspectionEvent, type Movement, type YearSpread } from '../official/history.ts';
import { eventKinds, type LatestJudgementRow, type OfficialTables } from '../official/tables.ts';
import type { Authority, Framework } from '../schemas/vocabularies.ts';
import type { ReviewRecord } from './library.ts';

export const REGIONS = ['North East', 'North West', 'Yorkshire and The Humber', 'East Midlands', 'West Midlands', 'East of England', 'London', 'South East', 'South West'] as const;
export type Region = (typeof REGIONS)[number];

/** A region's slug in addresses: "Yorkshire and The Humber" → `yorkshire-and-the-humber`. */
export const regionSlug = (region: string) => region.toLowerCase().replace(/[^a-z0-9]+/g, '-');

export interface CouncilLatest {
  authority: Authority;
  /** Ofsted's row for the council, as at 31 March 2025. */
  row: LatestJudgementRow;
}

export interface HistoryEntry {
  event: InspectionEvent;
  label: string;
  date: string;
  /** The overall grade, when the event made one. */
  overall?: string;
  /** The library's document of this inspection or visit, when it has one. */
  review?: ReviewRecord;
}

export interface NationalView {
  /** Every current council, by name, with its latest judgements. */
  latest: CouncilLatest[];
  /** Current councils by latest overall grade id. */
  counts: Record<string, number>;
  spread: YearSpread[];
  movement: Movement;
  /** Date the latest judgements are as at. */
  asAt: string;
}

const kindLabel = new Map(eventKinds.map((kind) => [kind.id as string, kind.label]));
const DAY = 86_400_000;

export interface National {
  view: NationalView;
  /** A council's judgement history, oldest first, with the documents of its inspections. */
  history(council: string): HistoryEntry[];
  /** A council's latest judgements (current councils only). */
  latestOf(council: string): CouncilLatest | undefined;
  /** A council's statistical neighbours with their latest judgements. */
  neighbours(council: Authority): CouncilLatest[];
}

/**
 * A document is the inspection when it is a review of the same council, of an Ofsted kind,
 * whose fieldwork began within three weeks of the event's start (or, with no start, whose
 * publication is within three weeks of the event's).
 */
function documentOf(event: InspectionEvent, reviews: readonly ReviewRecord[]): ReviewRecord | undefined {
  const near = (a: string | undefined, b: string | undefined) => Boolean(a && b && a.length >= 10 && b.length >= 10 && Math.abs(Date.parse(a) - Date.parse(b)) <= 21 * DAY);
  return reviews.find((review) => /ofsted/i.test(review.data.conductedBy) && (near(event.inspectionStart, review.data.fieldwork.from) || (!event.inspectionStart && near(event.published, review.data.published))));
}

export function createNational(official: OfficialTables, authorities: readonly Authority[], frameworks: readonly Framework[], reviewsOf: (council: string) => readonly ReviewRecord[]): National {
  const byId = new Map(authorities.map((a) => [a.id, a]));
  const latestRows = new Map(official.latest.map((row) => [row.council, row]));
  const latest = authorities
    .filter((a) => a.status !== 'former' && latestRows.has(a.id))
    .map((authority) => ({ authority, row: latestRows.get(authority.id)! }))
    .sort((a, b) => a.authority.shortName.localeCompare(b.authority.shortName));
  const counts: Record<string, number> = {};
  for (const { row } of latest) counts[row.overallEffectiveness] = (counts[row.overallEffectiveness] ?? 0) + 1;
  const histories = new Map<string, HistoryEntry[]>();
  return {
    view: {
      latest,
      counts,
      spread: gradeSpreadByYear(official.inspections),
      movement: movement(official.inspections, frameworks),
      asAt: '2025-03-31',
    },
    history(council) {
      let entries = histories.get(council);
      if (!entries) {
        const reviews = reviewsOf(council);
        entries = councilHistory(official.inspections, council).map((event) => ({
          event,
          label: kindLabel.get(event.kind) ?? event.kind,
          date: eventDate(event),
          ...(overallGrade(event) ? { overall: overallGrade(event) } : {}),
          ...(documentOf(event, reviews) ? { review: documentOf(event, reviews) } : {}),
        }));
        histories.set(council, entries);
      }
      return entries;
    },
    latestOf: (council) => (latestRows.has(council) && byId.get(council)?.status !== 'former' ? { authority: byId.get(council)!, row: latestRows.get(council)! } : undefined),
    neighbours: (council) =>
      (council.statisticalNeighbours ?? []).flatMap((id) => {
        const row = latestRows.get(id);
        const authority = byId.get(id);
        return row && authority ? [{ authority, row }] : [];
      }),
  };
}
