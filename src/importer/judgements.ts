/**
 * Judgement tables: a row per judgement, the area in the first cell and the grade in the
 * last ("Overall effectiveness<TAB>Inadequate", "| Overall effectiveness | Good |", or
 * columns lined up with spaces). Grades are read against every framework's scale, and
 * sub-judgements are found by their numbering ("2.1" under "2") or their indentation.
 */
import type { Framework } from '../schemas/vocabularies.ts';
import { isTableRow, type SourceLine } from './lines.ts';

export interface ExtractedJudgement {
  id: string;
  area: string;
  /** Grade id, e.g. `requires-improvement`. */
  grade: string;
  /** The grade as written. */
  stated: string;
  line: number;
  sub?: ExtractedJudgement[];
  /** Read from a sentence recalling what a body found ("The CQC found … to be inadequate"): no sign of what the paper is. */
  recalled?: boolean;
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

/** "required improvement", "requires improvement to be good": the grade as running text words it. */
const GRADE_WORDS = "outstanding|good|adequate|inadequate|requires? improvement(?: to be good)?|required improvement";
const gradeOf = (words: string) => {
  const w = words.toLowerCase();
  return /requir/.test(w) ? 'requires-improvement' : w;
};
/** An area as a judgement names it: "the effectiveness of help" → "Effectiveness of help". */
const areaOf = (text: string) => {
  const area = text.trim().replace(/^(?:the|its)\s+/i, '').replace(/[.,;:]+$/, '').replace(/\s+categor(?:y|ies)$/i, '');
  return area.charAt(0).toUpperCase() + area.slice(1);
};

/** "the effectiveness of help and leadership and governance": the areas of a list, single words kept together ("leadership and governance"). */
function splitAreas(list: string): string[] {
  if (list.includes(';')) return list.split(/\s*;\s*(?:and\s+)?/).filter(Boolean);
  const parts = list.split(/,\s*(?:and\s+)?|\s+and\s+/).filter(Boolean);
  const areas: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const next = parts[i + 1];
    if (!part.includes(' ') && next !== undefined && !next.includes(' ')) {
      areas.push(`${part} and ${next}`);
      i++;
    } else areas.push(part);
  }
  return areas;
}

/**
 * Judgements stated in running text or bullets: an overall judgement ("the outcome was
 * ‘Requires Improvement’", "judged overall … as “requires improvement to be good”"), grades
 * given to areas ("judged to be adequate in X and Y and inadequate in respect of Z", "rated
 * as good in the following areas – a; b; and c") and graded bullets ("the impact of leaders
 * was good,").
 */
export function judgementsInProse(lines: readonly SourceLine[]): ExtractedJudgement[] {
  const found: ExtractedJudgement[] = [];
  const add = (area: string, stated: string, line: number, asWritten = false, recalled = false) => {
    const name = asWritten ? area.trim() : areaOf(area);
    if (!name || name.split(' ').length > 14 || found.some((j) => j.area.toLowerCase() === name.toLowerCase())) return;
    found.push({ id: '', area: name, grade: gradeOf(stated), stated, line, ...(recalled ? { recalled } : {}) });
  };
  const G = `[‘'"“]?(${GRADE_WORDS})[’'"”]?`;
  for (const line of lines) {
    if (isTableRow(line)) continue;
    for (const sentence of line.body.split(/(?<=[.!?])\s+/)) {
      const overall =
        sentence.match(new RegExp(`\\boverall (?:judgement|effectiveness|grade|rating)\\b[^.]{0,80}?\\b(?:was|of|as|is)\\s+(?:that the service\\s+|judged\\s+)?${G}`, 'i')) ??
        sentence.match(new RegExp(`\\bjudged overall\\b[^.]{0,80}?\\bas\\s+${G}`, 'i')) ??
        (/\b(?:inspection|ofsted)\b/i.test(sentence) ? sentence.match(new RegExp(`\\b(?:the )?outcome was\\s+${G}`, 'i')) : null);
      if (overall && /\b(?:ofsted|inspection|judg|overall)/i.test(line.text)) add('Overall effectiveness', overall[1]!, line.no);
      // "judged to be adequate in the effectiveness of help and … categories and inadequate in respect of quality of practice"
      if (/\b(?:judged|rated|graded)\b/i.test(sentence)) {
        for (const m of sentence.matchAll(new RegExp(`${G}\\s+(?:in (?:respect of|the following areas\\s*[–—:-]\\s*)?|for\\s+)([^.]+?)(?=,?\\s+and\\s+(?:(?:rated|judged|graded)\\s+(?:as\\s+|to be\\s+)?)?(?:${GRADE_WORDS})\\b|\\.|$)`, 'gi'))) {
          const list = m[2]!.replace(/\s+categor(?:y|ies)$/i, '');
          // "good in each of their most recent Ofsted inspections" says when, not in what.
          if (/\b(?:country|authority|local authorities|one|all|inspections?|visits?)\b/i.test(list) && !/;/.test(list)) continue;
          for (const area of splitAreas(list)) add(area, m[1]!, line.no);
        }
      }
    }
    // "The Care Quality Commission found the health support to looked after children to be inadequate."
    for (const sentence of line.body.split(/(?<=[.!?])\s+/)) {
      if (!/\b(?:ofsted|inspect\w*|care quality commission|cqc|hmi\w*|reviewers?)\b/i.test(sentence)) continue;
      const m = sentence.match(new RegExp(`\\b(?:found|judged|rated|graded|assessed|considered)\\s+(the\\s+[^.;]{3,90}?)\\s+to be\\s+${G}(?=[\\s.,;]|$)`, 'i'));
      if (m) add(m[1]!, m[2]!, line.no, false, true);
    }
    // Ofsted's headline: "Children’s services in Northmoor require improvement to be good".
    const headline = line.body.match(new RegExp(`^Children[’']s (?:social care )?services in\\b.{2,60}?\\s+(?:are\\s+|is\\s+)?${G}\\.?$`, 'i'));
    if (headline) add('Overall effectiveness', headline[1]!, line.no);
    // A heading that states a grade: "The Local Safeguarding Children Board is good", "The experiences … of care leavers: good".
    const graded = line.heading ? line.body.match(new RegExp(`^(.{5,120}?)(?:\\s+(?:is|are)|:)\\s+${G}$`, 'i')) : null;
    if (graded && !headline && !/\b(?:is|are|that|it)\b/i.test(graded[1]!)) add(graded[1]!, graded[2]!, line.no, true);
    // "The graded judgment for adoption performance is that it is good"
    const judgment = line.body.match(new RegExp(`^the graded judge?ment (?:for|about|on) (?:the\\s+)?(.{3,100}?) is that (?:it|they) (?:is|are|requires?)\\s+${G}`, 'i'));
    if (judgment) add(judgment[1]!, judgment[2]!, line.no);
    // "• the impact of leaders was good,"
    if (line.marker?.family === 'bullet') {
      const m = line.body.match(new RegExp(`^(?:that\\s+)?(the\\s+.{3,100}?)\\s+(?:was|were|is|are)\\s+(?:judged\\s+(?:to be\\s+|as\\s+)?)?${G}[,.;]?(?:\\s+and)?$`, 'i'));
      if (m) add(m[1]!.replace(/^the\s+(?=overall\b)/i, ''), m[2]!, line.no, true);
    }
  }
  return found;
}

const areaWords = (area: string) => area.toLowerCase().replace(/[^a-z ]/g, ' ').split(/\s+/).filter((w) => w && !['the', 'of', 'and', 'for', 'in', 'to'].includes(w)).map((w) => w.replace(/s$/, ''));

/**
 * Whether two areas are one judgement's, as a report names it in its table and again in its
 * section ("Children who need help and protection", "The experiences and progress of
 * children who need help and protection"): the words of one, all in the other.
 */
export function sameArea(a: string, b: string): boolean {
  const [short, long] = [areaWords(a), areaWords(b)].sort((x, y) => x.length - y.length) as [string[], string[]];
  if (!short.length) return false;
  if (short.length === long.length) return short.join(' ') === long.join(' ');
  return short.length >= 3 && short.every((w) => long.includes(w));
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
  // A row whose grade the converter put on a line of its own ("Children looked after …" / "Requires" / "improvement").
  lines.forEach((line, index) => {
    const cells = line.cells.filter(Boolean);
    if (cells.length !== 1 || line.marker?.family === 'section' || /[.:;,]$/.test(line.text) || line.text.split(' ').length > 10 || grades.has(normal(line.text))) return;
    const following = lines.slice(index + 1, index + 6).filter((l) => !l.blank);
    for (let n = 1; n <= Math.min(3, following.length); n++) {
      const stated = following.slice(0, n).map((l) => l.text).join(' ');
      const grade = grades.get(normal(stated));
      if (!grade) continue;
      if (rows.some((r) => r.line === line.no)) return;
      rows.push({ area: line.body.replace(/^[-•·]\s*/, ''), grade, stated, line: line.no, indent: line.indent });
      return;
    }
  });
  rows.sort((a, b) => a.line - b.line);
  // A report that repeats a judgement in its section's own table states it once.
  const unique = rows.filter((row, i) => !rows.slice(0, i).some((earlier) => earlier.grade === row.grade && sameArea(earlier.area, row.area)));
  const judgements: ExtractedJudgement[] = [];
  const byNumber = new Map<string, ExtractedJudgement>();
  for (const row of unique) {
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
    if (isTableRow(line)) continue;
    for (const sentence of line.body.split(/(?<=[.!?])\s+/)) {
      if (/\b(?:judged|graded|grading|rated|judgement|found)\b[^.]{0,80}\b(?:outstanding|good|requires improvement|adequate|inadequate)\b/i.test(sentence) && /\boverall\b|\binspect|\bofsted\b|\bjudgements?\b|\bcommission\b|\bCQC\b/i.test(sentence)) {
        found.push({ line: line.no, sentence: sentence.length > 120 ? `${sentence.slice(0, 120)}…` : sentence });
      }
    }
  }
  return found;
}
