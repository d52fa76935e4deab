/**
 * Judgement tables: a row per judgement, the area in the first cell and the grade in the
 * last ("Overall effectiveness<TAB>Inadequate", "| Overall effectiveness | Good |", or
 * columns lined up with spaces). Grades are read against every framework's scale, and
 * sub-judgements are found by their numbering ("2.1" under "2") or their indentation.
 */
import type { Framework } from '../schemas/vocabularies.ts';
import type { SourceLine } from './lines.ts';

export interface ExtractedJudgement {
  id: string;
  area: string;
  /** Grade id, e.g. `requires-improvement`. */
  grade: string;
  /** The grade as written. */
  stated: string;
  line: number;
  sub?: ExtractedJudgement[];
}

const normal = (text: string) => text.toLowerCase().replace(/[.*:;,]+$/, '').replace(/[-–]/g, ' ').replace(/\s+/g, ' ').trim();

/** Grade labels and ids of every framework, mapped to grade ids. */
function gradeIndex(frameworks: readonly Framework[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const framework of frameworks) {
    for (const grade of framework.grades) {
      index.set(normal(grade.label), grade.id);
      index.set(normal(grade.id), grade.id);
    }
  }
  return index;
}

/** The grade id a cell states, if it states one. */
export function readGrade(cell: string, frameworks: readonly Framework[]): string | undefined {
  return gradeIndex(frameworks).get(normal(cell));
}

export function readJudgements(lines: readonly SourceLine[], frameworks: readonly Framework[]): ExtractedJudgement[] {
  const grades = gradeIndex(frameworks);
  const rows: Array<{ number?: string; area: string; grade: string; stated: string; line: number; indent: number }> = [];
  for (const line of lines) {
    const cells = line.cells.filter(Boolean);
    if (cells.length < 2) continue;
    const stated = cells.at(-1)!;
    const grade = grades.get(normal(stated));
    if (!grade) continue;
    const first = cells[0]!;
    if (!/[a-z]{3}/i.test(first) || grades.has(normal(first))) continue;
    const m = first.match(/^(\d{1,2}(?:\.\d{1,2})*)[.)]?\s+(.+)$/);
    rows.push({ number: m?.[1], area: (m?.[2] ?? first).replace(/^[-•·]\s*/, ''), grade, stated, line: line.no, indent: line.indent });
  }
  const judgements: ExtractedJudgement[] = [];
  const byNumber = new Map<string, ExtractedJudgement>();
  for (const row of rows) {
    const parentNumber = row.number?.includes('.') ? row.number.split('.').slice(0, -1).join('.') : undefined;
    const previous = judgements.at(-1);
    const parent = parentNumber ? byNumber.get(parentNumber) : previous && row.indent > (rows.find((r) => r.line === previous.line)?.indent ?? 0) + 1 ? previous : undefined;
    if (parent) {
      parent.sub ??= [];
      const sub = { id: `${parent.id}.${parent.sub.length + 1}`, area: row.area, grade: row.grade, stated: row.stated, line: row.line };
      parent.sub.push(sub);
      continue;
    }
    const judgement: ExtractedJudgement = { id: `J${judgements.length + 1}`, area: row.area, grade: row.grade, stated: row.stated, line: row.line };
    judgements.push(judgement);
    if (row.number) byNumber.set(row.number, judgement);
  }
  return judgements;
}

/**
 * The framework the judgements were made under: the one the paper names when its scale has
 * every grade, else the one in use in the year whose scale has every grade.
 */
export function chooseFramework(
  judgements: readonly ExtractedJudgement[],
  frameworks: readonly Framework[],
  named: string | undefined,
  year: number | undefined,
): string | undefined {
  const used = new Set(judgements.flatMap((j) => [j.grade, ...(j.sub ?? []).map((s) => s.grade)]));
  const fits = (f: Framework) => [...used].every((g) => f.grades.some((grade) => grade.id === g));
  const namedFramework = frameworks.find((f) => f.id === named);
  if (namedFramework && fits(namedFramework)) return namedFramework.id;
  const inYear = (f: Framework) => {
    if (year === undefined) return true;
    const [from, to] = f.years.split('-');
    return year >= Number(from) && (!to || year <= Number(to));
  };
  const candidates = frameworks.filter((f) => fits(f) && inYear(f)).sort((a, b) => b.years.localeCompare(a.years));
  return candidates[0]?.id ?? (used.size ? undefined : namedFramework?.id);
}

/**
 * Grades given in running text ("graded our services as adequate overall"), which are not
 * placed as judgements (the area is seldom clear) but reported for the author to add.
 */
export function gradesInProse(lines: readonly SourceLine[]): Array<{ line: number; sentence: string }> {
  const found: Array<{ line: number; sentence: string }> = [];
  for (const line of lines) {
    if (line.cells.filter(Boolean).length >= 2) continue;
    for (const sentence of line.body.split(/(?<=[.!?])\s+/)) {
      if (/\b(?:judged|graded|grading|rated|judgement|found)\b[^.]{0,80}\b(?:outstanding|good|requires improvement|adequate|inadequate)\b/i.test(sentence) && /\boverall\b|\binspect|\bofsted\b|\bjudgements?\b|\bcommission\b|\bCQC\b/i.test(sentence)) {
        found.push({ line: line.no, sentence: sentence.length > 120 ? `${sentence.slice(0, 120)}…` : sentence });
      }
    }
  }
  return found;
}
