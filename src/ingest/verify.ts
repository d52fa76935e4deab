/**
 * `npm run ingest -- --verify`: every review read from an Ofsted report (ingested, or written
 * from a council's paper and naming the report under `report`), set against
 * Ofsted's official statistics (content/official/inspections.csv): the same council (the
 * same DfE code: a former council's inspections stay with its successor's reports), the same
 * kind of inspection, fieldwork starting the same day (or, where the statistics give only
 * publication, published within a week), then each judgement's grade. Agreement is the share
 * of judgements on either side that the other side gives with the same grade.
 */
import { loadLibrary } from '../authoring/library.ts';
import { loadOfficialTables } from '../official/load.ts';
import type { InspectionRow } from '../official/tables.ts';
import type { ReviewData } from '../schemas/review.ts';

/** The official kinds each of our kinds corresponds to. */
const OFFICIAL_KIND: Record<string, InspectionRow['kind']> = {
  'sif-inspection': 'sif',
  're-inspection': 'sif-reinspection',
  'standard-inspection': 'ilacs-standard',
  'short-inspection': 'ilacs-short',
};
/** A document written by hand from a council's paper may say only "inspection": any inspection under its framework matches. */
const INSPECTIONS_UNDER: Record<string, InspectionRow['kind'][]> = { sif: ['sif', 'sif-reinspection'], ilacs: ['ilacs-standard', 'ilacs-short'] };
const officialKinds = (data: ReviewData): InspectionRow['kind'][] =>
  OFFICIAL_KIND[data.kind] ? [OFFICIAL_KIND[data.kind]!] : data.kind === 'inspection' && data.framework ? (INSPECTIONS_UNDER[data.framework] ?? []) : [];

/**
 * The judgement an area's words name, the same on both sides: Ofsted's reports and its
 * statistics word them differently ("First SIF CLA Sub: Adoption Performance").
 */
export function judgementKey(area: string): string | undefined {
  if (/LSCB|Safeguarding Children Board/i.test(area)) return 'lscb';
  if (/overall/i.test(area)) return 'overall';
  if (/adoption/i.test(area)) return 'adoption';
  if (/help and protection/i.test(area)) return 'help-and-protection';
  if (/looked after|children in care/i.test(area)) return 'children-in-care';
  if (/care leavers/i.test(area)) return 'care-leavers';
  if (/leadership|impact of leaders/i.test(area)) return 'leaders';
  return undefined;
}

const DAY = 86_400_000;
const daysApart = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / DAY;

export interface Disagreement {
  review: string;
  judgement: string;
  reason: string;
}

export interface Verification {
  reviews: number;
  matched: number;
  unmatched: Array<{ review: string; reason: string }>;
  /** Reviews matched to an inspection the statistics file under the other SIF kind. */
  kindDifferences: Array<{ review: string; reason: string }>;
  judgements: number;
  agreed: number;
  disagreements: Disagreement[];
}

type Review = { id: string; data: ReviewData };

/** Pure: our reviews against the official rows, given each council's DfE code. */
export function verify(reviews: readonly Review[], rows: readonly InspectionRow[], dfeCodeOf: (council: string) => string | undefined): Verification {
  const events = Map.groupBy(rows, (row) => row.event);
  const result: Verification = { reviews: reviews.length, matched: 0, unmatched: [], kindDifferences: [], judgements: 0, agreed: 0, disagreements: [] };
  for (const review of reviews) {
    const kinds = officialKinds(review.data);
    const kind = kinds.join(' or ');
    if (!kinds.length) {
      result.unmatched.push({ review: review.id, reason: `the statistics have no kind for "${review.data.kind}"` });
      continue;
    }
    const dfeCode = dfeCodeOf(review.data.authority);
    const candidates = [...events.values()].filter((event) => kinds.includes(event[0]!.kind) && (event[0]!.council === review.data.authority || (dfeCode && event[0]!.dfeCode === dfeCode)));
    const sameEvent = candidates.find((event) => event[0]!.inspectionStart === review.data.fieldwork.from) ??
      candidates.find((event) => !event[0]!.inspectionStart && review.data.published && event[0]!.published && daysApart(event[0]!.published, review.data.published) <= 7);
    // A report that does not call itself a re-inspection may be one in the statistics (and the reverse).
    const sibling = kind === 'sif' ? 'sif-reinspection' : kind === 'sif-reinspection' ? 'sif' : undefined;
    const siblingEvent = sameEvent
      ? undefined
      : [...events.values()].find(
          (event) => event[0]!.kind === sibling && (event[0]!.council === review.data.authority || (dfeCode && event[0]!.dfeCode === dfeCode)) && review.data.published && event[0]!.published && daysApart(event[0]!.published, review.data.published) <= 7,
        );
    if (siblingEvent) result.kindDifferences.push({ review: review.id, reason: `the report reads as a ${review.data.kind}; the statistics file it as ${siblingEvent[0]!.kind} (${siblingEvent[0]!.event})` });
    const matchedEvent = sameEvent ?? siblingEvent;
    if (!matchedEvent) {
      const near = candidates.map((event) => event[0]!.inspectionStart ?? `published ${event[0]!.published}`).join(', ');
      result.unmatched.push({ review: review.id, reason: `no ${kind} of ${review.data.authority} starting ${review.data.fieldwork.from}${review.data.published ? ` or published near ${review.data.published}` : ''} in the statistics${near ? ` (it has: ${near})` : ''}` });
      continue;
    }
    const event = matchedEvent;
    result.matched += 1;
    const ours = new Map<string, { area: string; grade: string }>();
    for (const judgement of review.data.judgements) {
      for (const j of [judgement, ...(judgement.sub ?? [])]) {
        const key = judgementKey(j.area);
        if (key) ours.set(key, j);
      }
    }
    const theirs = new Map(event.filter((row) => row.grade).map((row) => [judgementKey(row.area) ?? row.area, row] as const));
    for (const key of new Set([...ours.keys(), ...theirs.keys()])) {
      result.judgements += 1;
      const mine = ours.get(key);
      const official = theirs.get(key);
      if (mine && official && mine.grade === official.grade) {
        result.agreed += 1;
        continue;
      }
      const reason = !official
        ? `the statistics give no grade for it (event ${event[0]!.event}); the report grades it ${mine!.grade}`
        : !mine
          ? `the report as read has no such judgement; the statistics grade "${official.area}" ${official.grade} (row ${official.sourceRow} of ${official.sourceSheet})`
          : `the report grades it ${mine.grade}; the statistics ${official.grade} ("${official.sourceGrade}", row ${official.sourceRow} of ${official.sourceSheet})`;
      result.disagreements.push({ review: review.id, judgement: mine?.area ?? official!.area, reason });
    }
  }
  return result;
}

export function verifyLibrary(root: string): { ok: boolean; text: string } {
  const library = loadLibrary(root);
  const { tables, problems } = loadOfficialTables(root);
  if (problems.length) return { ok: false, text: `the official tables have problems:\n${problems.map((p) => `  ${p.file}:${p.line}  ${p.field}  ${p.message}`).join('\n')}\n` };
  // Read from a report: ingested (the PDF is the source), or written from a council's paper with the report read too (`report`).
  const reviews = library.reviews.filter((r) => r.data.conductedBy === 'Ofsted' && (r.data.source.sha256 || r.data.report?.sha256));
  const handWritten = reviews.filter((r) => !r.data.source.sha256).map((r) => r.id);
  const dfe = new Map(library.authorities.map((a) => [a.id, (a as { dfeCode?: string }).dfeCode]));
  const v = verify(reviews, tables.inspections, (council) => dfe.get(council));
  const percent = v.judgements ? (100 * v.agreed) / v.judgements : 0;
  const lines = [
    `${v.reviews} reviews read from Ofsted's reports${handWritten.length ? ` (${handWritten.join(', ')} written from the council's papers, its report read too)` : ''}; ${v.matched} matched to an inspection in Ofsted's statistics, ${v.unmatched.length} not.`,
    `Judgements of the matched reviews: ${v.agreed} of ${v.judgements} agree (${percent.toFixed(2)}%).`,
    '',
    `Disagreements (${v.disagreements.length}):`,
    ...v.disagreements.map((d) => `  ${d.review}  ${d.judgement}: ${d.reason}`),
    '',
    `Reviews matched to an inspection of the other SIF kind (${v.kindDifferences.length}):`,
    ...v.kindDifferences.map((k) => `  ${k.review}: ${k.reason}`),
    '',
    `Reviews with no matching inspection in the statistics (${v.unmatched.length}):`,
    ...v.unmatched.map((u) => `  ${u.review}: ${u.reason}`),
    '',
  ];
  return { ok: percent >= 99, text: lines.join('\n') };
}
