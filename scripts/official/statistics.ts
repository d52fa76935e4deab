/**
 * `npm run official:statistics [-- --csc-repo <dir>]`: turns Ofsted's statistics of council
 * inspections into the committed tables of `content/official/` (columns: src/official/tables.ts).
 *
 * Sources (CSC_outcomes_and_enablers `data-raw/`, Crown copyright, OGL v3.0):
 * - `Childrens_social_care_in_England_2023_underlying_data.ods`, sheet `LA_inspections_2009-2023`:
 *   one row per council (and a second table of councils gone in reorganisations), one group of
 *   columns per kind of inspection, publication dates only. SLAC, child protection, targeted
 *   looked after children and SIF inspections come from here.
 * - `LA_Inspection_Outcomes_as_at_31_March_2025.ods`: `ILACS_inspection_history` (every ILACS
 *   inspection 2018-2025, with its start and publication dates; the ILACS columns of the 2023
 *   sheet are the same inspections and are only cross-checked), `In-year_inspections` (the
 *   focused and monitoring visits of 2024-25 come from here; its inspections are cross-checked
 *   against the history), `Inspections_as_at_31_March` (its own table).
 *
 * Councils: an inspection belongs to the council that existed on its date (its start, else its
 * publication), so the 2014 inspection the 2023 sheet lists under "Buckinghamshire" is
 * Buckinghamshire County Council's. A name or code that resolves to no council, or to two,
 * stops the script.
 *
 * Grades: the sheets write every grade on today's four-point scale ("Requires improvement to
 * be good" for the third grade, even for SLAC and the 2012-13 child protection inspections,
 * whose third grade was "adequate"). A grade is read as its place on that scale (words or
 * 1-4) and written as the grade id at that place on its own framework's scale; the sheet's
 * words stay in `sourceGrade`. "-" is the sheet's mark for a judgement not given: no row. Any
 * other value stops the script, naming file, sheet, row and column.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { parse as parseYaml } from 'yaml';
import XLSX from 'xlsx';
import { z } from 'astro/zod';
import { authoritySchema, frameworkSchema, type Authority, type Framework } from '../../src/schemas/vocabularies.ts';
import { councilSlug } from '../../src/official/slug.ts';
import {
  eventKinds,
  inspectionColumns,
  inspectionRowSchema,
  latestJudgementAreas,
  latestJudgementColumns,
  latestJudgementRowSchema,
  type EventKind,
  type InspectionRow,
  type LatestJudgementRow,
} from '../../src/official/tables.ts';
import { readSource, SOURCE_FILES, sourceRepos } from './sources.ts';

/** A sheet's cells as rows, each knowing its spreadsheet row number, its cells by heading and their column letters. */
interface SheetRow {
  row: number;
  cells: unknown[];
}

class Sheet {
  readonly rows: SheetRow[];
  readonly firstColumn: number;
  constructor(
    readonly file: string,
    readonly name: string,
    workbook: XLSX.WorkBook,
  ) {
    const sheet = workbook.Sheets[name];
    if (!sheet) throw new Error(`${file}: no sheet ${name}`);
    const range = XLSX.utils.decode_range(sheet['!ref'] ?? 'A1');
    this.firstColumn = range.s.c;
    this.rows = XLSX.utils
      .sheet_to_json<unknown[]>(sheet, { header: 1, raw: true, defval: null, blankrows: true })
      .map((cells, index) => ({ row: range.s.r + index + 1, cells }));
  }
  column(index: number): string {
    return XLSX.utils.encode_col(this.firstColumn + index);
  }
  where(row: number, column?: number): string {
    return `${this.file}, sheet ${this.name}, row ${row}${column === undefined ? '' : `, column ${this.column(column)}`}`;
  }
  refuse(row: number, column: number | undefined, message: string): never {
    throw new Error(`${this.where(row, column)}: ${message}`);
  }
  /** A table: its heading row (the first row whose cells include `firstHeading`) and the data rows under it, to the first blank row. */
  table(firstHeading: string, after = 0): { headings: string[]; rows: SheetRow[]; index: (heading: string) => number } {
    const at = this.rows.findIndex((r, i) => i >= after && r.cells.some((c) => tidy(c) === firstHeading));
    if (at < 0) throw new Error(`${this.file}, sheet ${this.name}: no table headed "${firstHeading}"`);
    const headings = this.rows[at]!.cells.map(tidy);
    const end = this.rows.findIndex((r, i) => i > at && r.cells.every((c) => tidy(c) === ''));
    const rows = this.rows.slice(at + 1, end < 0 ? undefined : end);
    const index = (heading: string) => {
      const i = headings.indexOf(heading);
      if (i < 0) this.refuse(this.rows[at]!.row, undefined, `no column headed "${heading}"`);
      return i;
    };
    return { headings, rows, index };
  }
}

const tidy = (value: unknown) => (value === null || value === undefined ? '' : String(value).replace(/\s+/g, ' ').trim());

/** A date cell: a spreadsheet serial number or "dd/mm/yyyy"; empty when blank. */
function dateOf(sheet: Sheet, row: SheetRow, column: number): string | undefined {
  const value = row.cells[column];
  if (value === null || value === undefined || tidy(value) === '') return undefined;
  if (typeof value === 'number') {
    const date = XLSX.SSF.parse_date_code(value);
    return `${date.y}-${String(date.m).padStart(2, '0')}-${String(date.d).padStart(2, '0')}`;
  }
  const match = tidy(value).match(/^(\d{2})\/(\d{2})\/(\d{4})$/);
  if (match) return `${match[3]}-${match[2]}-${match[1]}`;
  return sheet.refuse(row.row, column, `"${tidy(value)}" is not a date`);
}

/** The sheets' words for the four places of the scale. */
const PLACES: Record<string, number> = { outstanding: 1, good: 2, 'requires improvement to be good': 3, 'requires improvement': 3, adequate: 3, inadequate: 4 };
const NOT_GIVEN = new Set(['-', '']);

function gradeOf(sheet: Sheet, row: SheetRow, column: number, framework: Framework): { grade: string; sourceGrade: string } | undefined {
  const sourceGrade = tidy(row.cells[column]);
  if (NOT_GIVEN.has(sourceGrade)) return undefined;
  const place = /^[1-4]$/.test(sourceGrade) ? Number(sourceGrade) : PLACES[sourceGrade.toLowerCase()];
  if (!place) sheet.refuse(row.row, column, `"${sourceGrade}" is not a grade (write Outstanding, Good, Requires improvement to be good, Inadequate or 1-4)`);
  if (framework.grades.length !== 4) sheet.refuse(row.row, column, `framework ${framework.id} has no four-point scale for "${sourceGrade}"`);
  return { grade: framework.grades[place - 1]!.id, sourceGrade };
}

function loadVocabulary<T>(file: string, schema: z.ZodType<T>): T[] {
  return z.array(schema).parse(parseYaml(readFileSync(file, 'utf8')));
}

/** Finds the council a sheet means on a date, by ONS code or by name. */
class Councils {
  private readonly byId: Map<string, Authority>;
  constructor(readonly all: Authority[]) {
    this.byId = new Map(all.map((a) => [a.id, a]));
  }
  private existing(council: Authority, date: string) {
    return (council.from ?? '0000') <= date && (council.until ?? '9999') >= date;
  }
  /** The council a code names, or, given a date before it began, its one predecessor of that date. */
  byCode(sheet: Sheet, row: SheetRow, column: number, date?: string): Authority {
    const code = tidy(row.cells[column]);
    const found = this.all.filter((a) => a.onsCode === code);
    if (found.length !== 1) sheet.refuse(row.row, column, `area code "${code}" names ${found.length} councils of the authorities vocabulary`);
    return date ? this.onDate(sheet, row, column, found[0]!, date) : found[0]!;
  }
  /** The council a name means on a date: its ONS-rule slug, or a former county's `-county-council`. */
  byName(sheet: Sheet, row: SheetRow, column: number, date: string): Authority {
    const name = tidy(row.cells[column]);
    const key = NAME_ALIASES[name] ?? councilSlug(name);
    const found = [key, `${key}-county-council`].map((id) => this.byId.get(id)).filter((a): a is Authority => Boolean(a));
    if (found.length === 0) sheet.refuse(row.row, column, `"${name}" is no council of the authorities vocabulary (slug "${key}")`);
    const onDate = found.filter((a) => this.existing(a, date));
    return onDate.length === 1 ? onDate[0]! : this.onDate(sheet, row, column, found[0]!, date);
  }
  private onDate(sheet: Sheet, row: SheetRow, column: number, council: Authority, date: string): Authority {
    if (this.existing(council, date)) return council;
    const before = (council.predecessors ?? []).map((id) => this.byId.get(id)!).filter((a) => this.existing(a, date));
    if (before.length !== 1) sheet.refuse(row.row, column, `${council.id} did not exist on ${date}, and ${before.length} of its predecessors did`);
    return before[0]!;
  }
}

/** Names the 2023 sheet writes otherwise than ONS. */
const NAME_ALIASES: Record<string, string> = { 'Bedford Borough': 'bedford', Durham: 'county-durham' };

/** The 2023 sheet's groups of columns: a publication date and the judgements published then. */
const GROUPS_2023: ReadonlyArray<{ kind: EventKind; date: string; judgements: ReadonlyArray<{ heading: string; overall?: true }> }> = [
  {
    kind: 'slac',
    date: 'Safeguarding & Looked After Children (SLAC) Inspection publication date',
    judgements: [
      { heading: 'SLAC Safeguarding Overall effectiveness (OE)', overall: true },
      { heading: 'SLAC Looked After Children Overall Effectiveness (OE)', overall: true },
    ],
  },
  { kind: 'slac-reinspection', date: 'SLAC re-inspection of Safeguarding publication date', judgements: [{ heading: 'SLAC re-inspection Safeguarding OE', overall: true }] },
  {
    kind: 'slac-reinspection',
    date: 'SLAC re-inspection of services for Children Looked After publication date',
    judgements: [{ heading: 'SLAC re-inspection of services Children Looked After OE', overall: true }],
  },
  { kind: 'child-protection', date: 'Child Protection Inspections (CPI) publication date', judgements: [{ heading: 'CPI Overall Effectiveness (OE)', overall: true }] },
  { kind: 'child-protection-reinspection', date: 'Child Protection Re-Inspection (CPRI) publication date', judgements: [{ heading: 'CPRI Overall Effectiveness (OE)', overall: true }] },
  { kind: 'looked-after', date: 'Targeted Looked After Children (TLAC) inspection publication date', judgements: [{ heading: 'TLAC Overall Effectiveness (OE)', overall: true }] },
  {
    kind: 'sif',
    date: "Single Inspection of LA Children's Services (SIF) First SIF publication date",
    judgements: [
      { heading: 'First SIF Overall Judgement (OE)', overall: true },
      { heading: 'First SIF children who need help and protection' },
      { heading: 'First SIF children looked after and achieving permanence' },
      { heading: 'First SIF CLA Sub: Adoption Performance' },
      { heading: 'First SIF CLA Sub: Experiences and progress of care leavers' },
      { heading: 'First SIF leadership, management and governance' },
      { heading: 'LSCB Overall Effectiveness' },
    ],
  },
  {
    kind: 'sif-reinspection',
    date: "Single Inspection of LA Children's Services (SIF) SIF Re-inspection publication date",
    judgements: [
      { heading: 'SIF Re-inspection Overall Judgement (OE)', overall: true },
      { heading: 'SIF Re-inspection children who need help and protection' },
      { heading: 'SIF Re-inspection children looked after and achieving permanence' },
      { heading: 'SIF Re-inspection CLA Sub: Adoption Performance' },
      { heading: 'SIF Re-inspection CLA Sub: Experiences and progress of care leavers' },
      { heading: 'SIF Re-inspection leadership, management and governance' },
    ],
  },
];

/** The 2023 sheet's ILACS columns, only cross-checked against the 2025 history. */
const ILACS_2023 = [
  { type: 'First ILACS framework inspection type', date: 'First ILACS framework publication date', overall: 'First ILACS framework overall effectiveness' },
  { type: 'Second ILACS framework inspection type', date: 'Second ILACS framework publication date', overall: 'Second ILACS framework overall effectiveness' },
];

const TYPES_2025: Record<string, EventKind> = {
  'ILACS Standard Inspection': 'ilacs-standard',
  'ILACS Short Inspection': 'ilacs-short',
  'ILACS Focused Visit': 'focused-visit',
  'LA Monitoring visit': 'monitoring-visit',
};

const frameworkOf = (kind: EventKind) => eventKinds.find((k) => k.id === kind)!.framework;

export function buildStatistics(repos = sourceRepos()) {
  const authorities = loadVocabulary('content/vocabularies/authorities.yaml', authoritySchema);
  const frameworks = new Map(loadVocabulary('content/vocabularies/frameworks.yaml', frameworkSchema).map((f) => [f.id, f]));
  const framework = (kind: EventKind) => frameworks.get(frameworkOf(kind)) ?? (() => { throw new Error(`content/vocabularies/frameworks.yaml: no framework ${frameworkOf(kind)} for ${kind}`); })();
  const councils = new Councils(authorities);
  const rows: InspectionRow[] = [];
  const notes: string[] = [];

  const event = (council: Authority, date: string, kind: EventKind) => `${council.id}/${date}-${kind}`;
  const base = (sheet: Sheet, row: SheetRow, council: Authority, sourceName: string) => ({
    council: council.id,
    dfeCode: council.dfeCode ?? sheet.refuse(row.row, undefined, `${council.id} has no DfE code in the authorities vocabulary`),
    sourceName,
    sourceFile: path.basename(sheet.file),
    sourceSheet: sheet.name,
    sourceRow: row.row,
  });

  // 1. 2009-2023: SLAC, child protection, looked after, SIF.
  const underlying = XLSX.read(readSource(repos.csc, SOURCE_FILES.underlying2023));
  const history2023 = new Sheet(SOURCE_FILES.underlying2023, 'LA_inspections_2009-2023', underlying);
  const tables2023 = [history2023.table('Web link')];
  tables2023.push(history2023.table('Web link', history2023.rows.indexOf(tables2023[0]!.rows.at(-1)!) + 1));
  const ilacs2023: Array<{ council: string; published: string; kind: EventKind; overall: string; where: string }> = [];
  for (const table of tables2023) {
    const nameColumn = table.index('Local authority name');
    for (const row of table.rows) {
      const sourceName = tidy(row.cells[nameColumn]);
      for (const group of GROUPS_2023) {
        const dateColumn = table.index(group.date);
        const published = dateOf(history2023, row, dateColumn);
        const graded = group.judgements.map((j) => ({ ...j, column: table.index(j.heading) })).map((j) => ({ ...j, grade: gradeOf(history2023, row, j.column, framework(group.kind)) }));
        if (!published) {
          const stray = graded.find((j) => j.grade);
          if (stray) history2023.refuse(row.row, stray.column, `a grade with no publication date in column ${history2023.column(dateColumn)}`);
          continue;
        }
        const council = councils.byName(history2023, row, nameColumn, published);
        const given = graded.filter((j) => j.grade);
        if (given.length === 0) notes.push(`${history2023.where(row.row, dateColumn)}: ${group.kind} published ${published} with no judgement given`);
        for (const j of given.length ? given : [{ heading: '', overall: undefined, column: dateColumn, grade: undefined }]) {
          rows.push({
            ...base(history2023, row, council, sourceName),
            event: event(council, published, group.kind),
            kind: group.kind,
            framework: frameworkOf(group.kind),
            inspectionStart: undefined,
            published,
            area: j.heading,
            overall: j.overall ?? false,
            grade: j.grade?.grade,
            sourceGrade: j.grade?.sourceGrade ?? '',
            theme: '',
            sourceColumn: history2023.column(j.column),
          });
        }
      }
      for (const ilacs of ILACS_2023) {
        const type = tidy(row.cells[table.headings.findIndex((h) => h === ilacs.type || h === ilacs.type.replace(/^First /, ''))]);
        const dateColumn = table.headings.findIndex((h) => h === ilacs.date || h === ilacs.date.replace(/^First /, ''));
        const overallColumn = table.headings.findIndex((h) => h === ilacs.overall || h === ilacs.overall.replace(/^First /, ''));
        if (dateColumn < 0 || overallColumn < 0) continue;
        const published = dateOf(history2023, row, dateColumn);
        if (!published) continue;
        const kind = TYPES_2025[type] ?? history2023.refuse(row.row, undefined, `"${type}" is not an ILACS inspection type`);
        ilacs2023.push({ council: councils.byName(history2023, row, nameColumn, published).id, published, kind, overall: tidy(row.cells[overallColumn]), where: history2023.where(row.row) });
      }
    }
  }

  // 2. 2018-2025: every ILACS inspection, then the 2024-25 visits.
  const outcomes = XLSX.read(readSource(repos.csc, SOURCE_FILES.outcomes2025));
  const ilacsArea = (heading: string) => latestJudgementAreas.find((a) => a.area === heading);
  const readIlacs = (sheetName: string, keep: (kind: EventKind) => boolean) => {
    const sheet = new Sheet(SOURCE_FILES.outcomes2025, sheetName, outcomes);
    const table = sheet.table('Local authority area code');
    const startColumn = table.headings.findIndex((h) => h === 'Inspection date' || h === 'Inspection/Visit date');
    const publishedColumn = table.index('Publication date');
    const typeColumn = table.headings.findIndex((h) => h === 'Inspection type' || h === 'Inspection/Visit type');
    const codeColumn = table.index('Local authority area code');
    const nameColumn = table.index('Local authority name');
    const themeColumn = table.headings.indexOf('Visit Theme');
    const judgementColumns = table.headings.map((h, i) => ({ heading: h, column: i })).filter(({ heading }) => ilacsArea(heading));
    const out: InspectionRow[] = [];
    for (const row of table.rows) {
      const type = tidy(row.cells[typeColumn]);
      const kind = TYPES_2025[type] ?? sheet.refuse(row.row, typeColumn, `"${type}" is not a kind of inspection or visit this script knows`);
      if (!keep(kind)) continue;
      const inspectionStart = dateOf(sheet, row, startColumn) ?? sheet.refuse(row.row, startColumn, 'no inspection date');
      const published = dateOf(sheet, row, publishedColumn);
      const council = councils.byCode(sheet, row, codeColumn, inspectionStart);
      const theme = themeColumn < 0 ? '' : tidy(row.cells[themeColumn]);
      const graded = judgementColumns.map((j) => ({ ...j, grade: gradeOf(sheet, row, j.column, framework(kind)) })).filter((j) => j.grade);
      const visit = kind === 'focused-visit' || kind === 'monitoring-visit';
      if (visit && graded.length) sheet.refuse(row.row, graded[0]!.column, `a ${kind} is not graded, but this row has "${graded[0]!.grade!.sourceGrade}"`);
      if (!visit && graded.length === 0) sheet.refuse(row.row, undefined, `an inspection with no judgement`);
      for (const j of visit ? [{ heading: '', column: startColumn, grade: undefined }] : graded) {
        out.push({
          ...base(sheet, row, council, tidy(row.cells[nameColumn])),
          event: event(council, inspectionStart, kind),
          kind,
          framework: frameworkOf(kind),
          inspectionStart,
          published,
          area: j.heading,
          overall: j.heading === 'Overall effectiveness',
          grade: j.grade?.grade,
          sourceGrade: j.grade?.sourceGrade ?? '',
          theme,
          sourceColumn: sheet.column(j.column),
        });
      }
    }
    return out;
  };
  const isInspection = (kind: EventKind) => kind === 'ilacs-standard' || kind === 'ilacs-short';
  const ilacsHistory = readIlacs('ILACS_inspection_history', isInspection);
  rows.push(...ilacsHistory, ...readIlacs('In-year_inspections', (kind) => !isInspection(kind)));

  // Cross-checks: the same inspections in other tables must agree with the history.
  const historyOverall = new Map(ilacsHistory.filter((r) => r.overall).map((r) => [`${r.council} ${r.published} ${r.kind}`, r]));
  // The 2023 release and the 2025 one may differ (the later carries revisions): the 2025 history
  // is taken, and every difference is printed for the README.
  const differences: string[] = [];
  for (const i of ilacs2023) {
    const match = historyOverall.get(`${i.council} ${i.published} ${i.kind}`);
    if (!match) differences.push(`${i.where}: ${i.council}'s ${i.kind} published ${i.published} is not in ILACS_inspection_history`);
    else if (match.sourceGrade !== i.overall) differences.push(`${i.where}: ${i.council}'s ${i.kind} published ${i.published} is "${i.overall}" here, "${match.sourceGrade}" in ILACS_inspection_history`);
  }
  // Within the 2025 release the tables must agree.
  const disagreements: string[] = [];
  const inYear = readIlacs('In-year_inspections', isInspection);
  const historyKeys = new Set(ilacsHistory.map((r) => `${r.event} ${r.area} ${r.grade} ${r.published}`));
  for (const r of inYear) if (!historyKeys.has(`${r.event} ${r.area} ${r.grade} ${r.published}`)) disagreements.push(`In-year_inspections row ${r.sourceRow}: ${r.event} ${r.area} is not in ILACS_inspection_history as given`);

  // 3. The latest judgements as at 31 March 2025.
  const asAtSheet = new Sheet(SOURCE_FILES.outcomes2025, 'Inspections_as_at_31_March', outcomes);
  const asAt = asAtSheet.table('Local authority area code');
  const latest: LatestJudgementRow[] = asAt.rows.map((row) => {
    const inspectionStart = dateOf(asAtSheet, row, asAt.index('Inspection date')) ?? asAtSheet.refuse(row.row, asAt.index('Inspection date'), 'no inspection date');
    // The row is the current council's, even where the inspection was of its predecessor (Somerset's of 2022).
    const council = councils.byCode(asAtSheet, row, asAt.index('Local authority area code'));
    const grades = Object.fromEntries(latestJudgementAreas.map(({ id, area }) => [id, gradeOf(asAtSheet, row, asAt.index(area), frameworks.get('ilacs')!)?.grade]));
    const entry = {
      council: council.id,
      dfeCode: council.dfeCode!,
      areaCode: tidy(row.cells[asAt.index('Local authority area code')]),
      sourceName: tidy(row.cells[asAt.index('Local authority name')]),
      inspectionStart,
      published: dateOf(asAtSheet, row, asAt.index('Publication date')) ?? asAtSheet.refuse(row.row, asAt.index('Publication date'), 'no publication date'),
      ...grades,
      sourceFile: path.basename(asAtSheet.file),
      sourceSheet: asAtSheet.name,
      sourceRow: row.row,
    };
    return latestJudgementRowSchema.parse(entry);
  });
  const lineage = (id: string): string[] => [id, ...(authorities.find((a) => a.id === id)?.predecessors ?? []).flatMap(lineage)];
  for (const l of latest) {
    const last = ilacsHistory.filter((r) => lineage(l.council).includes(r.council) && r.overall).sort((a, b) => a.inspectionStart!.localeCompare(b.inspectionStart!)).at(-1);
    if (!last || last.inspectionStart !== l.inspectionStart || last.grade !== l.overallEffectiveness) {
      disagreements.push(`Inspections_as_at_31_March row ${l.sourceRow}: ${l.council}'s latest (${l.inspectionStart}, ${l.overallEffectiveness}) is not the last in ILACS_inspection_history (${last?.inspectionStart}, ${last?.grade})`);
    }
  }

  // One row per judgement: the same event and area twice is an error in our reading.
  const seen = new Map<string, InspectionRow>();
  for (const r of rows) {
    const key = `${r.event} ${r.area}`;
    const before = seen.get(key);
    if (before) throw new Error(`${r.sourceFile}, sheet ${r.sourceSheet}, row ${r.sourceRow}: ${key} is also at row ${before.sourceRow} of ${before.sourceSheet}`);
    seen.set(key, r);
  }
  const order = (r: InspectionRow) => `${r.council} ${r.inspectionStart ?? r.published} ${r.event} ${r.sourceColumn.padStart(3)}`;
  rows.sort((a, b) => order(a).localeCompare(order(b)));
  for (const r of rows) inspectionRowSchema.parse(csvRecord(r, inspectionColumns));
  latest.sort((a, b) => a.council.localeCompare(b.council));
  return { inspections: rows, latest, disagreements, differences, notes, ilacs2023: ilacs2023.length };
}

/** A row as CSV cells: undefined is an empty cell. */
function csvRecord<T extends object>(row: T, columns: ReadonlyArray<keyof T>): Record<string, string> {
  return Object.fromEntries(columns.map((c) => [c, row[c] === undefined ? '' : String(row[c])]));
}

export function toCsv<T extends object>(rows: T[], columns: ReadonlyArray<keyof T>): string {
  return stringify(rows.map((r) => csvRecord(r, columns)), { header: true, columns: [...columns] as string[], record_delimiter: '\n' });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { inspections, latest, disagreements, differences, notes, ilacs2023 } = buildStatistics();
  mkdirSync('content/official', { recursive: true });
  writeFileSync('content/official/inspections.csv', toCsv(inspections, inspectionColumns));
  writeFileSync('content/official/latest-judgements-2025-03-31.csv', toCsv(latest, latestJudgementColumns));
  const events = new Set(inspections.map((r) => r.event)).size;
  console.log(`wrote content/official/inspections.csv: ${inspections.length} rows, ${events} inspections and visits`);
  console.log(`wrote content/official/latest-judgements-2025-03-31.csv: ${latest.length} councils`);
  for (const note of notes) console.log(`note: ${note}`);
  console.log(`${ilacs2023 - differences.length} of the 2023 sheet's ${ilacs2023} ILACS inspections match ILACS_inspection_history; the history is taken where they differ:`);
  for (const d of differences) console.log(`  ${d}`);
  if (disagreements.length) {
    for (const d of disagreements) console.error(`disagreement: ${d}`);
    process.exitCode = 1;
  } else {
    console.log('the 2024-25 in-year inspections and the latest judgements agree with ILACS_inspection_history');
  }
}
