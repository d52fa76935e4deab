/**
 * From an Ofsted report's lines to its record: what kind of report it is, whose, when, the
 * judgements it gives and the items it lists, quoted as printed. Pure functions over line
 * arrays, so each is tested on lines built by hand as well as on PDFs we generate.
 *
 * Reports covered: the single inspection framework's inspections and re-inspections
 * (2013-2018; a judgement table on the first page, "Recommendations" or "What does the local
 * authority need to improve?"), and ILACS inspections (2018-; a "Judgement | Grade" table and
 * "What needs to improve?"). Focused and monitoring visits are recognised by their titles.
 */
import { blocksOf, cleanLines, HEADING_SIZE, type Block } from './blocks.ts';
import type { PdfLine } from './pdf.ts';

/** Why a report could not be read; the ingest report lists each with its file. */
export class ReportError extends Error {
  override name = 'ReportError';
}

export type ReportKind = 'sif-inspection' | 're-inspection' | 'standard-inspection' | 'short-inspection' | 'focused-visit' | 'monitoring-visit';

export interface ReportJudgement {
  area: string;
  /** The grade as printed ("Requires improvement to be good"). */
  grade: string;
  sub?: Array<{ area: string; grade: string }>;
}

export interface ReportItem {
  text: string;
  /** Paragraph numbers the item refers to, as printed. */
  paragraphs?: string[];
  /** Whom the item is addressed to, when not the council (the safeguarding board). */
  addressee?: string;
}

export interface ReportRecord {
  /** The report's title as printed on its first page. */
  title: string;
  /** The council as the report names it ("Norfolk County Council", "Dorset"). */
  council: string;
  kind: ReportKind;
  /** How the kind was told when the report does not say it in words. */
  kindInferred?: string;
  framework: 'sif' | 'ilacs';
  fieldwork: { from: string; to?: string };
  /** Publication date, when the report prints it. */
  published?: string;
  judgements: ReportJudgement[];
  recommendations: ReportItem[];
  areasForImprovement: ReportItem[];
  strengths: ReportItem[];
  /** The report's opening summary, paragraph by paragraph, as printed. */
  summary: string[];
  /** Names of the inspectors the report lists: they must appear nowhere in the record. */
  inspectorNames: string[];
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** Months in full or shortened ("Feb", "Sept"). */
const MONTH = `(${MONTHS.map((m) => `${m.slice(0, 3)}(?:${m.slice(3)}|t)?`).join('|')})\\.?`;
const pad = (n: number) => String(n).padStart(2, '0');

function isoDate(day: string, month: string, year: string): string {
  const m = MONTHS.findIndex((name) => name.startsWith(month.toLowerCase().slice(0, 3))) + 1;
  const date = `${year}-${pad(m)}-${pad(Number(day))}`;
  if (m < 1 || new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date) throw new ReportError(`"${day} ${month} ${year}" is not a calendar date`);
  return date;
}

/**
 * Fieldwork dates as the first page prints them: "27 September to 8 October 2021",
 * "7 to 18 October 2024", "6 July 2015 – 30 July 2015", "14 January 2014- 5 February 2014".
 */
export function readDateRange(text: string): { from: string; to?: string } {
  const spaced = text.replace(/(\d)(st|nd|rd|th)\b/g, '$1').replace(/\s+/g, ' ');
  const range = new RegExp(`(\\d{1,2})(?: ${MONTH})?(?: (\\d{4}))?\\s*(?:to|–|-|and)\\s*(\\d{1,2}) ${MONTH} (\\d{4})`, 'i');
  const m = spaced.match(range);
  if (m) {
    const [, d1, m1, y1, d2, m2, y2] = m;
    const to = isoDate(d2!, m2!, y2!);
    let fromYear = y1 ?? y2!;
    // "29 December to 9 January 2020": the start is in the year before.
    const monthNo = (name: string) => MONTHS.findIndex((full) => full.startsWith(name.toLowerCase().slice(0, 3)));
    if (!y1 && m1 && monthNo(m1) > monthNo(m2!)) fromYear = String(Number(y2) - 1);
    const from = isoDate(d1!, m1 ?? m2!, fromYear);
    if (from > to) throw new ReportError(`fieldwork "${text}" ends before it begins`);
    return { from, to };
  }
  const numeric = spaced.match(/(\d{1,2})\/(\d{1,2})\/(\d{4})\s*(?:to|–|-)\s*(\d{1,2})\/(\d{1,2})\/(\d{4})/);
  if (numeric) {
    const [, d1, m1, y1, d2, m2, y2] = numeric;
    return { from: isoDate(d1!, MONTHS[Number(m1) - 1] ?? '', y1!), to: isoDate(d2!, MONTHS[Number(m2) - 1] ?? '', y2!) };
  }
  const single = spaced.match(new RegExp(`(\\d{1,2}) ${MONTH} (\\d{4})`, 'i'));
  if (single) return { from: isoDate(single[1]!, single[2]!, single[3]!) };
  throw new ReportError(`no fieldwork dates in "${text}"`);
}

/** A single printed date ("19 October 2015") as YYYY-MM-DD. */
export function readDate(text: string): string | undefined {
  const m = text.replace(/(\d)(st|nd|rd|th)\b/g, '$1').match(new RegExp(`(\\d{1,2}) ${MONTH},? (\\d{4})`, 'i'));
  return m ? isoDate(m[1]!, m[2]!, m[3]!) : undefined;
}

const NOT_JUDGED = 'Not judged';

/** Ofsted's grades as printed, in any of their forms, to the words of the framework's scale. */
const GRADE_WORDS: Array<[RegExp, string]> = [
  [/^outstanding\.?$/i, 'Outstanding'],
  [/^good\.?$/i, 'Good'],
  [/^requires?\s+improvement(\s+to\s+be\s+good)?\.?$/i, 'Requires improvement to be good'],
  [/^inadequate\.?$/i, 'Inadequate'],
  // A row the inspection did not grade (a service the council did not run at the time).
  [/^not judged\.?$/i, NOT_JUDGED],
];
export function gradeOf(text: string): string | undefined {
  const clean = text.trim();
  return GRADE_WORDS.find(([pattern]) => pattern.test(clean))?.[1];
}

/** "(paragraphs 33, 34)", "(see paragraph 25)", "(paragraphs 100 to 102)". */
export function paragraphsOf(text: string): string[] | undefined {
  const found: string[] = [];
  for (const m of text.matchAll(/\((?:see\s+)?(?:pages?\s+\d{1,3}(?:\s*(?:,|and)\s*\d{1,3})*,\s*)?paragraphs?\s+([\d,\s–-]+(?:(?:and|to|&)\s*[\d,\s–-]+)*)\)/gi)) {
    for (const part of m[1]!.split(/,|\band\b|&/)) {
      const range = part.trim().match(/^(\d{1,4})\s*(?:–|-|to)\s*(\d{1,4})$/);
      if (range && Number(range[2]) > Number(range[1]) && Number(range[2]) - Number(range[1]) < 30) {
        for (let n = Number(range[1]); n <= Number(range[2]); n++) found.push(String(n));
      } else if (/^\d{1,4}$/.test(part.trim())) found.push(part.trim());
    }
  }
  const unique = [...new Set(found)];
  return unique.length ? unique : undefined;
}

// ---------------------------------------------------------------------------------------

/** Title, council and kind from the first page's large type. */
export function readIdentity(lines: readonly PdfLine[]): { title: string; council: string; kind: ReportKind; framework: 'sif' | 'ilacs' } {
  const first = lines.filter((l) => l.page === 1);
  const top = first.slice(0, 8).map((l) => l.text).join(' ').replace(/\s+/g, ' ');
  let m: RegExpMatchArray | null;
  if ((m = top.match(/^(.+?)\s+(Re-?inspection|Inspection) of services for children in need of help and protection, children looked after and care leavers/i))) {
    const re = /^re/i.test(m[2]!);
    return { title: `${m[2]} of services for children in need of help and protection, children looked after and care leavers`, council: m[1]!.trim(), kind: re ? 're-inspection' : 'sif-inspection', framework: 'sif' };
  }
  if ((m = top.match(/^(Focused visit|Monitoring visit) to (.+?) (?:local authority )?children[’']s services/i))) {
    return { title: m[0], council: m[2]!.trim(), kind: /^focused/i.test(m[1]!) ? 'focused-visit' : 'monitoring-visit', framework: 'ilacs' };
  }
  if ((m = top.match(/^(.+?)\s+Inspection of (?:local authority )?children[’']s (?:social care )?services/i))) {
    return { title: m[0].slice(m[1]!.length).trim(), council: m[1]!.trim(), kind: 'standard-inspection', framework: 'ilacs' };
  }
  if ((m = top.match(/^Inspection of (.+?) (?:local )?(?:authority )?children[’']s services/i))) {
    return { title: m[0], council: m[1]!.replace(/^the\s+/i, '').trim(), kind: 'standard-inspection', framework: 'ilacs' };
  }
  if (/^.{0,80}?Review of the effectiveness of the Local Safeguarding Children Board Inspection date/i.test(top)) {
    throw new ReportError('a review of the Local Safeguarding Children Board on its own, not an inspection of the council\'s services');
  }
  if (/^Inspection of (looked after children|safeguarding|local authority arrangements)/i.test(top)) {
    throw new ReportError(`an inspection under the frameworks before 2013 ("${top.slice(0, 60)}…"), which this ingest does not read`);
  }
  throw new ReportError(`not a report of a kind this ingest reads (single inspection framework or ILACS): its first page begins "${top.slice(0, 120)}"`);
}

/** The first-page line that states the fieldwork, and the publication date when printed. */
export function readDates(lines: readonly PdfLine[]): { fieldwork: { from: string; to?: string }; published?: string } {
  const first = lines.filter((l) => l.page <= 2);
  const index = first.findIndex((l) => /^(?:Inspection|Visit)\s+dates?\s*:?/i.test(l.text));
  if (index < 0) throw new ReportError('no "Inspection dates" line on the first page');
  // The dates can wrap onto the next line ("Inspection dates: 27 September to 8 / October 2021").
  let text = first[index]!.text.replace(/^(?:Inspection|Visit)\s+dates?\s*:?\s*/i, '');
  if (!/\d{4}\s*$/.test(text) && first[index + 1]) text += ` ${first[index + 1]!.text}`;
  const fieldwork = readDateRange(text);
  const publishedLine = first.find((l) => /^(?:Report\s+)?published\s*:?/i.test(l.text));
  return { fieldwork, published: publishedLine ? readDate(publishedLine.text) : undefined };
}

/**
 * The judgement table. ILACS prints "Judgement | Grade" rows; the single inspection
 * framework numbers its rows "1.", "2.", "2.1", with the overall effectiveness in a sentence
 * above ("Children's services in Norfolk are inadequate"). Row text can wrap, and a grade
 * can sit beside the middle of its row: grades are given to the row nearest them.
 */
export function readJudgements(lines: readonly PdfLine[], framework: 'sif' | 'ilacs'): ReportJudgement[] {
  const first = lines.filter((l) => l.page === 1 || (framework === 'ilacs' && l.page === 2));
  let start: number;
  let end: number;
  if (framework === 'ilacs') {
    start = first.findIndex((l) => /^Judgement\s+Grade$/i.test(l.text)) + 1;
    if (start <= 0) throw new ReportError('no "Judgement | Grade" table on the first page');
    end = first.findIndex((l, i) => i >= start && /^Overall effectiveness\b/i.test(l.text));
    if (end < 0) throw new ReportError('the judgement table has no "Overall effectiveness" row');
    end += 1;
    // The end of a grade printed on the line below "Overall effectiveness" ("… to" / "be good").
    while (first[end] && first[end]!.cells.every((c) => c.x > 250) && first[end - 1]!.y - first[end]!.y < 24) end += 1;
  } else {
    start = first.findIndex((l) => /^1\.\s/.test(l.text) && /children who need help and protection/i.test(l.text));
    if (start < 0) throw new ReportError('no numbered judgement table ("1. Children who need help and protection") on the first page');
    // A grade set over two lines is centred on its row: its first line can sit above the row's.
    while (start > 0 && first[start - 1]!.cells.every((c) => c.x > 250) && first[start - 1]!.y - first[start]!.y < 24) start--;
    end = start + 1;
    while (end < first.length && first[end]!.size < HEADING_SIZE && first[end]!.size > 10.5 && first[start]!.y - first[end]!.y < 200 && !/^(The )?(effectiveness|Local Safeguarding)/i.test(first[end]!.text)) end++;
  }
  const rows = tableRows(first.slice(start, end));
  if (framework === 'sif' && !rows.some((row) => /^3\./.test(row.area))) {
    // The table runs over onto the next page: its rows stand at the top of page 2.
    const next = lines.filter((l) => l.page === 2);
    let stop = 0;
    while (stop < next.length && (/^\d\.\d?\s/.test(next[stop]!.text) || next[stop]!.cells.every((c) => c.x > 250) || (stop > 0 && next[stop]!.x > 80 && next[stop - 1]!.y - next[stop]!.y < 24))) stop++;
    if (stop) rows.push(...tableRows(next.slice(0, stop)));
  }
  const judgements: ReportJudgement[] = [];
  if (framework === 'sif') {
    const headline = first.slice(0, start).map((l) => l.text).join(' ').replace(/\s+/g, ' ');
    const at = headline.search(/overall judgement is|Children[’']s services (?:in |are |is |requires? )/i);
    const overall = at < 0 ? null : headline.slice(at).match(/\b(outstanding|good|inadequate|requires? improvement(?: to be good)?|requiring improvement)\b/i);
    if (!overall) throw new ReportError('no overall judgement above the judgement table (e.g. "Children’s services in … are good")');
    judgements.push({ area: 'Overall effectiveness', grade: gradeOf(overall[1]!.replace(/requiring/i, 'requires'))! });
    for (const row of rows) {
      const sub = row.area.match(/^(\d)\.(\d)\s+(.+)$/);
      const main = row.area.match(/^(\d)\.\s*(.+)$/);
      if (sub && judgements.length > 1) (judgements.at(-1)!.sub ??= []).push({ area: sub[3]!, grade: row.grade });
      else if (main) judgements.push({ area: main[2]!, grade: row.grade });
      else throw new ReportError(`judgement row "${row.area}" has no number`);
    }
  } else {
    for (const row of rows) judgements.push({ area: row.area, grade: row.grade });
  }
  if (!judgements.length) throw new ReportError('the judgement table has no rows');
  return judgements
    .filter((j) => j.grade !== NOT_JUDGED)
    .map((j) => (j.sub ? { ...j, sub: j.sub.filter((s) => s.grade !== NOT_JUDGED) } : j))
    .map((j) => (j.sub && !j.sub.length ? { area: j.area, grade: j.grade } : j));
}

/**
 * The single inspection framework's review of the Local Safeguarding Children Board, graded
 * in a heading of its own ("The effectiveness of the Local Safeguarding Children Board (LSCB)
 * is good", "The Local Safeguarding Children Board requires improvement").
 */
export function readLscbJudgement(blocks: readonly Block[]): ReportJudgement | undefined {
  // The grade stands alone as a heading, set large or in bold body type: the sentence is all the block.
  for (const block of blocks) {
    const m = block.text.match(/^(?:The effectiveness of the |The )?(?:[A-Z][\w’' -]+ )?(?:Local Safeguarding Children Board|LSCB)(?: \(LSCB\))?(?: in [A-Z][\w ,&’'-]+?)? (?:is |are )?(outstanding|good|inadequate|requires? improvement(?: to be good)?)\.?$/i);
    if (m) return { area: 'The effectiveness of the Local Safeguarding Children Board', grade: gradeOf(m[1]!)! };
  }
  return undefined;
}

/** Rows of a two-column table: wrapped area text joined, each grade given to its nearest row. */
export function tableRows(lines: readonly PdfLine[]): Array<{ area: string; grade: string }> {
  const areas: Array<{ y: number; text: string; size: number }> = [];
  const grades: Array<{ y: number; text: string }> = [];
  const gradeX = Math.min(...lines.flatMap((l) => l.cells.filter((c) => c.x > 250).map((c) => c.x)), Infinity);
  for (const line of lines) {
    for (const cell of line.cells) {
      if (cell.x >= gradeX - 5 && cell.x > 250) grades.push({ y: line.y, text: cell.text });
      else {
        // A grade set too close to its row's words to make a cell of its own.
        const glued = cell.text.match(/^(.*\S)\s+(Outstanding|Good|Requires improvement(?: to be good)?|Inadequate)$/);
        if (glued && line.cells.length === 1) {
          areas.push({ y: line.y, text: glued[1]!, size: line.size });
          grades.push({ y: line.y, text: glued[2]! });
        } else areas.push({ y: line.y, text: cell.text, size: line.size });
      }
    }
  }
  // Grades broken over two lines ("Requires" / "Improvement") are joined.
  const joined: Array<{ y: number; text: string; lowest: number; count: number }> = [];
  for (const g of grades) {
    const last = joined.at(-1);
    if (last && /^requires?(\s+improvement)?(\s+to)?(\s+be)?$/i.test(last.text) && /^(improvement|to|be|good)\b/i.test(g.text) && last.lowest - g.y < 24) {
      last.text = `${last.text} ${g.text}`;
      last.y = (last.y * last.count + g.y) / (last.count + 1);
      last.count += 1;
      last.lowest = g.y;
    } else joined.push({ ...g, lowest: g.y, count: 1 });
  }
  // A row starts with a number (SIF) or after a gap wider than the spacing of wrapped lines (ILACS).
  const numbered = areas.some((a) => /^\d\.\d?/.test(a.text));
  const gaps = areas.slice(1).map((a, i) => areas[i]!.y - a.y);
  // Wrapped lines are set at the line spacing; with no wrapped row to measure it, body text's is taken.
  const spacing = Math.min(...gaps.filter((g) => g > 0), (areas[0]?.size ?? 12) * 1.25);
  const rows: Array<{ top: number; bottom: number; parts: string[] }> = [];
  areas.forEach((area, i) => {
    const startsRow = i === 0 || (numbered ? /^\d\.\d?/.test(area.text) : areas[i - 1]!.y - area.y > spacing * 1.4);
    if (startsRow) rows.push({ top: area.y, bottom: area.y, parts: [area.text] });
    else {
      rows.at(-1)!.parts.push(area.text);
      rows.at(-1)!.bottom = area.y;
    }
  });
  const result = rows.map((row) => ({ area: row.parts.join(' ').replace(/\s+/g, ' ').trim(), grade: '' }));
  for (const grade of joined) {
    const words = gradeOf(grade.text);
    if (!words) throw new ReportError(`"${grade.text}" in the judgement table is not a grade`);
    const distance = (r: (typeof rows)[number]) => (grade.y > r.top ? grade.y - r.top : grade.y < r.bottom ? r.bottom - grade.y : 0);
    const nearest = rows.reduce((best, r, i) => (distance(r) < distance(rows[best]!) ? i : best), 0);
    if (result[nearest]!.grade) throw new ReportError(`two grades for the judgement "${result[nearest]!.area}"`);
    result[nearest]!.grade = words;
  }
  const ungraded = result.find((r) => !r.grade);
  if (ungraded) throw new ReportError(`no grade for the judgement "${ungraded.area}"`);
  return result;
}

// ---------------------------------------------------------------------------------------

const item = (text: string, addressee?: string): ReportItem => {
  const paragraphs = paragraphsOf(text);
  return { text, ...(paragraphs ? { paragraphs } : {}), ...(addressee ? { addressee } : {}) };
};

const LSCB = 'Local Safeguarding Children Board';

type ListKind = 'recommendations' | 'areasForImprovement' | 'strengths';

/** What a heading (large, or a short unmarked line) opens: a list of one kind, or none. */
function listOpenedBy(text: string): ListKind | 'keep' | undefined {
  if (/^Recommendations?$/i.test(text)) return 'recommendations';
  if (/^What needs to improve\b|^What does the (local authority|LSCB|Board) need to improve\b|^Areas for improvement$/i.test(text)) return 'areasForImprovement';
  if (/^Priority and immediate action$/i.test(text)) return 'keep';
  // Only a list that the report itself introduces as the reasons for a good or better grade is one of strengths.
  if (/\b(is|are) (good|outstanding) because:?$/i.test(text)) return 'strengths';
  if (/^The local authority[’']s strengths$/i.test(text)) return 'strengths';
  return undefined;
}

/**
 * Recommendations, areas for improvement and strengths, in the report's order: the numbered
 * paragraphs or bullets under "Recommendations", "What needs to improve?" (and the single
 * inspection framework's "What does the local authority need to improve?" with its "Areas
 * for improvement"), and under "This local authority is good because:". Bullets indented
 * under a numbered item stay in it ("Implement the following…: • … • …"). Items in the
 * safeguarding board's part of a SIF report are addressed to the board.
 */
export function readItems(blocks: readonly Block[], framework: 'sif' | 'ilacs' = 'sif'): Pick<ReportRecord, ListKind> {
  const lists: Pick<ReportRecord, ListKind> = { recommendations: [], areasForImprovement: [], strengths: [] };
  let mode: ListKind | undefined;
  let inLscb = false;
  let last: { item: ReportItem; x: number; marker: string } | undefined;
  for (const block of blocks) {
    // The table of contents repeats the headings, each with its page number.
    if (block.heading && /\s\d{1,3}$/.test(block.text)) continue;
    const unmarkedShort = !block.marker && block.text.length < 90 && !/\.$/.test(block.text);
    if (block.heading || unmarkedShort) {
      // The board's part of the report opens with its own section title (the grade sentence on
      // page 1 is not one); the council's part with "The local authority".
      if (block.heading && /^(Section 2: )?The (effectiveness of the )?Local Safeguarding Children Board( \(LSCB\))?$/i.test(block.text)) inLscb = true;
      if (block.heading && /^(Section 1: )?The local authority\b/i.test(block.text)) inLscb = false;
      const opened = listOpenedBy(block.text);
      // In a SIF report a smaller heading inside a list ("Priority and immediate action",
      // "Capacity") groups its items; ILACS reports set their headings in body size, so there
      // one ends the list.
      const grouping = !/\b(strengths|weaknesses|findings|summary|judgements?|information|inspection)\b/i.test(block.text);
      if (opened === 'keep' || (!opened && !block.heading && framework === 'sif' && grouping)) continue;
      mode = opened;
      last = undefined;
      continue;
    }
    if (!mode) continue;
    if (!block.marker) {
      // An introduction before the list, or prose after it, which ends it.
      if (last) mode = undefined;
      continue;
    }
    if (block.marker === '•' && last && last.marker !== '•' && block.x > last.x + 8) {
      last.item.text = `${last.item.text} • ${block.text}`;
      const paragraphs = paragraphsOf(last.item.text);
      if (paragraphs) last.item.paragraphs = paragraphs;
      continue;
    }
    const entry = item(block.text, inLscb ? LSCB : undefined);
    lists[mode].push(entry);
    last = { item: entry, x: block.x, marker: block.marker };
  }
  return lists;
}

/** The opening summary: the paragraphs of the first page between the judgements and the next heading. */
export function readSummary(lines: readonly PdfLine[], framework: 'sif' | 'ilacs'): string[] {
  const blocks = blocksOf(lines.filter((l) => l.page <= 2));
  if (framework === 'ilacs') {
    const afterTable = lines.findIndex((l) => /^Overall effectiveness\b/i.test(l.text));
    const paragraphs: string[] = [];
    for (const block of blocks) {
      if (block.line <= afterTable) continue;
      if (block.heading || block.page > 2) break;
      if (block.marker || gradeOf(block.text)) continue;
      paragraphs.push(block.text);
    }
    return paragraphs;
  }
  // SIF: the headline sentence set large and the paragraphs below it, down to the table.
  const paragraphs: string[] = [];
  let on = false;
  for (const block of blocks) {
    if (block.page > 1) break;
    if (/overall judgement is|Children[’']s services (?:in .+ )?(?:are|is|requires?) /i.test(block.text)) on = true;
    if (!on) continue;
    // The table starts with a numbered row, or with a grade set above its first row.
    if (block.marker || block.x > 200 || /^The judgements on areas/i.test(block.text)) break;
    paragraphs.push(block.text);
  }
  return paragraphs;
}

/**
 * Inspectors' names as the report lists them ("Lead inspector: Jane Smith, His Majesty's
 * Inspector", "Reporting inspector Jane Smith HMI", and the team list at the end), so that
 * the record can be checked to hold none of them.
 */
export function readInspectorNames(lines: readonly PdfLine[]): string[] {
  const names = new Set<string>();
  const NAME = /([A-Z][a-zA-Z’'-]+(?:\s+[A-Z][a-zA-Z’'-]+){1,3})/;
  for (const line of lines) {
    const m = line.text.match(new RegExp(`^(?:Lead|Reporting|Deputy lead|Team|Shadow|Senior)?\\s*(?:inspector|inspectors|HMI)s?\\s*:?\\s*${NAME.source}`, 'i'));
    if (!m) continue;
    for (const part of line.text.replace(/^[^:]*:\s*/, '').replace(/^(?:Lead|Reporting)\s+inspector\s+/i, '').split(/,|;|\band\b/)) {
      const name = part.replace(/\b(?:HMI|Her Majesty[’']s Inspector|His Majesty[’']s Inspector|Ofsted Inspector|OI|Social Care Regulatory Inspector|Senior HMI)\b/gi, '').trim();
      if (/^[A-Z][a-z’'-]+(?:\s+[A-Z][a-zA-Z’'-]+){1,3}$/.test(name) && !/\b(Inspector|Majesty|Ofsted|Board|Council|Service)/.test(name)) names.add(name);
    }
  }
  return [...names];
}

/** Reads a whole report. Throws ReportError saying what was missing. */
export function readReport(rawLines: readonly PdfLine[]): ReportRecord {
  const lines = cleanLines(rawLines);
  const identity = readIdentity(lines);
  const { fieldwork, published } = readDates(lines);
  const blocks = blocksOf(lines);
  const judgements = readJudgements(lines, identity.framework);
  const lscb = identity.framework === 'sif' ? readLscbJudgement(blocks) : undefined;
  if (lscb) judgements.push(lscb);
  const items = readItems(blocks, identity.framework);
  const summary = readSummary(lines, identity.framework);
  if (!summary.length) throw new ReportError('no opening summary on the first page');
  let kind = identity.kind;
  let kindInferred: string | undefined;
  if (kind === 'standard-inspection' && fieldwork.to) {
    // ILACS reports do not say which; a short inspection's fieldwork is one week, a standard one's two.
    const days = (Date.parse(fieldwork.to) - Date.parse(fieldwork.from)) / 86_400_000;
    kind = days <= 7 ? 'short-inspection' : 'standard-inspection';
    kindInferred = `The report does not name its type; fieldwork of ${days + 1} days (${fieldwork.from} to ${fieldwork.to}) is ${kind === 'short-inspection' ? 'one week: an ILACS short inspection' : 'two weeks: an ILACS standard inspection'}.`;
  }
  return { ...identity, kind, kindInferred, fieldwork, published, judgements, ...items, summary, inspectorNames: readInspectorNames(lines) };
}
