/**
 * What the official record says: a council's judgement history, every council's latest overall
 * effectiveness, the spread of grades by year and framework, and how long councils took to
 * move from inadequate to good. Pure functions over the rows of `inspections.csv`.
 */
import type { Authority, Framework } from '../schemas/vocabularies.ts';
import type { EventKind, InspectionRow } from './tables.ts';

export interface Judgement {
  area: string;
  overall: boolean;
  grade?: string;
  sourceGrade: string;
}

/** One inspection or visit with its judgements, in the order the sheet gives them. */
export interface InspectionEvent {
  event: string;
  council: string;
  kind: EventKind;
  framework: string;
  inspectionStart?: string;
  published?: string;
  theme: string;
  judgements: Judgement[];
}

/** The day an event is dated by: its start where given, else its publication. */
export const eventDate = (event: Pick<InspectionEvent, 'inspectionStart' | 'published'>) => event.inspectionStart ?? event.published ?? '';

/** The rows grouped into inspections and visits, oldest first. */
export function inspectionEvents(rows: readonly InspectionRow[]): InspectionEvent[] {
  const events = new Map<string, InspectionEvent>();
  for (const row of rows) {
    let event = events.get(row.event);
    if (!event) {
      event = { event: row.event, council: row.council, kind: row.kind, framework: row.framework, inspectionStart: row.inspectionStart, published: row.published, theme: row.theme, judgements: [] };
      events.set(row.event, event);
    }
    if (row.area) event.judgements.push({ area: row.area, overall: row.overall, grade: row.grade, sourceGrade: row.sourceGrade });
  }
  return [...events.values()].sort((a, b) => eventDate(a).localeCompare(eventDate(b)) || a.event.localeCompare(b.event));
}

/**
 * A council's inspections and visits since 2009, oldest first. With the authorities vocabulary,
 * those of the councils it succeeded are included (Dorset's history starts with Dorset County
 * Council's inspections).
 */
export function councilHistory(rows: readonly InspectionRow[], council: string, authorities?: readonly Authority[]): InspectionEvent[] {
  const byId = new Map((authorities ?? []).map((a) => [a.id, a]));
  const lineage = new Set<string>();
  const visit = (id: string) => {
    if (lineage.has(id)) return;
    lineage.add(id);
    for (const predecessor of byId.get(id)?.predecessors ?? []) visit(predecessor);
  };
  visit(council);
  return inspectionEvents(rows.filter((row) => lineage.has(row.council)));
}

/** The event's one overall effectiveness grade; none for a visit, or for a SLAC inspection, which made two. */
export function overallGrade(event: InspectionEvent): string | undefined {
  const overall = event.judgements.filter((j) => j.overall);
  return overall.length === 1 ? overall[0]!.grade : undefined;
}

export interface LatestOverall {
  /** The council the judgement stands for (with the vocabulary, a current council carrying its predecessor's). */
  council: string;
  grade: string;
  event: InspectionEvent;
}

/**
 * Every council's latest overall effectiveness (of an inspection that made one) among the
 * inspections dated by `asOf`, as Ofsted's "as at 31 March" tables count them (an inspection
 * in March published in April counts).
 */
export function latestOverallEffectiveness(rows: readonly InspectionRow[], asOf = '9999-12-31', authorities?: readonly Authority[]): Map<string, LatestOverall> {
  const own = new Map<string, LatestOverall>();
  for (const event of inspectionEvents(rows)) {
    const grade = overallGrade(event);
    if (grade === undefined || eventDate(event) > asOf) continue;
    own.set(event.council, { council: event.council, grade, event });
  }
  if (!authorities) return own;
  // With the vocabulary, a current council not yet inspected itself carries its predecessor's
  // latest judgement, as Ofsted's tables do (Somerset Council, 2023, carries Somerset County
  // Council's of 2022).
  const byId = new Map(authorities.map((a) => [a.id, a]));
  const latestOf = (id: string): LatestOverall | undefined =>
    [own.get(id), ...(byId.get(id)?.predecessors ?? []).map(latestOf)]
      .filter((l): l is LatestOverall => l !== undefined)
      .sort((a, b) => eventDate(b.event).localeCompare(eventDate(a.event)))[0];
  const latest = new Map<string, LatestOverall>();
  for (const council of authorities) {
    if (council.status === 'former') continue;
    const found = latestOf(council.id);
    if (found) latest.set(council.id, { ...found, council: council.id });
  }
  return latest;
}

/** How many of each grade. */
export function gradeCounts(grades: Iterable<string | undefined>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const grade of grades) if (grade !== undefined) counts[grade] = (counts[grade] ?? 0) + 1;
  return counts;
}

export interface YearSpread {
  /** Calendar year of publication. */
  year: number;
  framework: string;
  /** The overall judgement's area as the sheet names it (SLAC's two are counted apart). */
  area: string;
  counts: Record<string, number>;
  total: number;
}

/** The spread of overall effectiveness grades, year by year of publication and framework by framework. */
export function gradeSpreadByYear(rows: readonly InspectionRow[]): YearSpread[] {
  const spreads = new Map<string, YearSpread>();
  for (const row of rows) {
    if (!row.overall || row.grade === undefined || !row.published) continue;
    const year = Number(row.published.slice(0, 4));
    const key = `${year} ${row.framework} ${row.area}`;
    const spread = spreads.get(key) ?? { year, framework: row.framework, area: row.area, counts: {}, total: 0 };
    spread.counts[row.grade] = (spread.counts[row.grade] ?? 0) + 1;
    spread.total++;
    spreads.set(key, spread);
  }
  return [...spreads.values()].sort((a, b) => a.year - b.year || a.framework.localeCompare(b.framework) || a.area.localeCompare(b.area));
}

/** How many inspections (not judgements) of the given kinds each year, by the year they began (else were published). */
export function inspectionsPerYear(rows: readonly InspectionRow[], kinds: readonly EventKind[]): Record<number, number> {
  const perYear: Record<number, number> = {};
  for (const event of inspectionEvents(rows)) {
    if (!kinds.includes(event.kind)) continue;
    const year = Number(eventDate(event).slice(0, 4));
    perYear[year] = (perYear[year] ?? 0) + 1;
  }
  return perYear;
}

export interface Move {
  council: string;
  /** The inspection that first judged the council inadequate in this spell. */
  from: InspectionEvent;
  /** The first inspection after it to judge the council good or better. */
  to: InspectionEvent;
  /** Days from the one's publication to the other's. */
  days: number;
}

export interface Movement {
  /** Every spell from inadequate to good or better. */
  moves: Move[];
  /** How many councils made at least one such move. */
  councils: number;
  /** Councils judged inadequate whose later inspections have not (yet) judged them good or better. */
  notYet: string[];
  /** Median, shortest and longest time taken, in days; undefined with no move. */
  medianDays?: number;
  minDays?: number;
  maxDays?: number;
}

const days = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/**
 * Councils that moved from an inadequate overall effectiveness to good or better, and how long
 * it took, from one publication to the other. A spell starts at an inadequate judgement and
 * ends at the next good or outstanding one (requires improvement in between does not end it).
 * Each council is counted apart: a former council's spell does not pass to its successors.
 * Only frameworks with a single overall judgement count (SIF and ILACS by default); grades are
 * read on each framework's own scale (its last grade is inadequate).
 */
export function movement(rows: readonly InspectionRow[], frameworks: readonly Framework[], counted: readonly string[] = ['sif', 'ilacs']): Movement {
  const scales = new Map(frameworks.map((f) => [f.id, f.grades.map((g) => g.id)]));
  const place = (framework: string, grade: string) => scales.get(framework)?.indexOf(grade) ?? -1;
  const byCouncil = new Map<string, InspectionEvent[]>();
  for (const event of inspectionEvents(rows)) {
    if (!counted.includes(event.framework) || overallGrade(event) === undefined || !event.published) continue;
    byCouncil.set(event.council, [...(byCouncil.get(event.council) ?? []), event]);
  }
  const moves: Move[] = [];
  const notYet: string[] = [];
  for (const [council, events] of byCouncil) {
    let spell: InspectionEvent | undefined;
    for (const event of events.sort((a, b) => a.published!.localeCompare(b.published!))) {
      const grade = overallGrade(event)!;
      const scale = scales.get(event.framework) ?? [];
      const inadequate = grade === scale.at(-1);
      const goodOrBetter = place(event.framework, grade) >= 0 && place(event.framework, grade) <= place(event.framework, 'good');
      if (inadequate && !spell) spell = event;
      else if (goodOrBetter && spell) {
        moves.push({ council, from: spell, to: event, days: days(spell.published!, event.published!) });
        spell = undefined;
      }
    }
    if (spell) notYet.push(council);
  }
  const sorted = moves.map((m) => m.days).sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return {
    moves,
    councils: new Set(moves.map((m) => m.council)).size,
    notYet: notYet.sort(),
    medianDays: sorted.length ? (sorted.length % 2 ? sorted[middle] : (sorted[middle - 1]! + sorted[middle]!) / 2) : undefined,
    minDays: sorted[0],
    maxDays: sorted.at(-1),
  };
}
