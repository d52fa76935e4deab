/**
 * Rules across the official tables and the vocabularies: every row's council, framework and
 * grade exist, and agree with each other; every current council has its latest judgements;
 * successors, predecessors and neighbours in the authorities vocabulary name councils that
 * exist, both ways. Pure: the checker hands it loaded tables and vocabularies.
 */
import type { Problem } from '../checker/problem.ts';
import type { Authority, Framework } from '../schemas/vocabularies.ts';
import { eventKinds, officialTables, type InspectionRow, type LatestJudgementRow, type OfficialTables } from './tables.ts';

/** A problem located in a file: the checker's own `Problem`, so that it formats the same. */
export type OfficialProblem = Problem;

export interface OfficialVocabularies {
  authorities: readonly Authority[];
  frameworks: readonly Framework[];
}

const AUTHORITIES_FILE = 'content/vocabularies/authorities.yaml';

export function checkOfficialTables(tables: OfficialTables, vocabularies: OfficialVocabularies): OfficialProblem[] {
  const problems: OfficialProblem[] = [];
  const councils = new Map(vocabularies.authorities.map((a) => [a.id, a]));
  const frameworks = new Map(vocabularies.frameworks.map((f) => [f.id, f]));

  const at = <T extends object>(table: keyof typeof officialTables, row: T & { line?: number }, index: number, field: keyof T & string) => ({
    file: `content/official/${officialTables[table].file}`,
    line: row.line ?? index + 2,
    column: (officialTables[table].columns as readonly string[]).indexOf(field) + 1,
    field,
  });

  tables.inspections.forEach((row, index) => {
    const where = (field: keyof InspectionRow) => at('inspections', row, index, field);
    const council = councils.get(row.council);
    if (!council) {
      problems.push({ ...where('council'), message: `"${row.council}" is not in the authorities vocabulary`, fix: `add it to ${AUTHORITIES_FILE} (npm run official:authorities) or correct the row` });
    } else {
      if (council.dfeCode !== row.dfeCode) problems.push({ ...where('dfeCode'), message: `"${row.dfeCode}" is not ${council.id}'s DfE code (${council.dfeCode ?? 'none'} in the vocabulary)` });
      const date = row.inspectionStart ?? row.published;
      if (date && ((council.from && date < council.from) || (council.until && date > council.until))) {
        problems.push({ ...where('council'), message: `${council.id} did not exist on ${date} (${council.from ?? '…'} to ${council.until ?? '…'})`, fix: 'the inspection belongs to the council of its date' });
      }
      if (!row.event.startsWith(`${row.council}/`)) problems.push({ ...where('event'), message: `"${row.event}" is not an event of ${row.council}` });
    }
    const kind = eventKinds.find((k) => k.id === row.kind);
    if (kind && kind.framework !== row.framework) problems.push({ ...where('framework'), message: `a ${row.kind} is under ${kind.framework}, not "${row.framework}"` });
    const framework = frameworks.get(row.framework);
    if (!framework) {
      problems.push({ ...where('framework'), message: `"${row.framework}" is not in the frameworks vocabulary`, fix: 'use a framework id from content/vocabularies/frameworks.yaml' });
    } else if (row.grade !== undefined && !framework.grades.some((g) => g.id === row.grade)) {
      problems.push({ ...where('grade'), message: `"${row.grade}" is not on the ${framework.shortName} scale`, fix: `use one of ${framework.grades.map((g) => g.id).join(', ')}` });
    }
    if (row.grade === undefined && row.area !== '') problems.push({ ...where('grade'), message: `the judgement "${row.area}" has no grade` });
  });

  const ilacs = frameworks.get('ilacs');
  const seen = new Map<string, number>();
  tables.latest.forEach((row, index) => {
    const where = (field: keyof LatestJudgementRow) => at('latest', row, index, field);
    const council = councils.get(row.council);
    if (!council) {
      problems.push({ ...where('council'), message: `"${row.council}" is not in the authorities vocabulary`, fix: `add it to ${AUTHORITIES_FILE} (npm run official:authorities) or correct the row` });
    } else {
      if (council.status === 'former') problems.push({ ...where('council'), message: `${council.id} is a former council and has no latest judgements` });
      if (council.onsCode !== row.areaCode) problems.push({ ...where('areaCode'), message: `"${row.areaCode}" is not ${council.id}'s ONS code (${council.onsCode})` });
      if (council.dfeCode !== row.dfeCode) problems.push({ ...where('dfeCode'), message: `"${row.dfeCode}" is not ${council.id}'s DfE code (${council.dfeCode ?? 'none'} in the vocabulary)` });
    }
    const earlier = seen.get(row.council);
    if (earlier !== undefined) problems.push({ ...where('council'), message: `${row.council} has latest judgements twice (also line ${earlier})` });
    seen.set(row.council, row.line ?? index + 2);
    for (const field of ['overallEffectiveness', 'impactOfLeaders', 'helpAndProtection', 'childrenInCare', 'careLeavers'] as const) {
      const grade = row[field];
      if (grade !== undefined && ilacs && !ilacs.grades.some((g) => g.id === grade)) {
        problems.push({ ...where(field), message: `"${grade}" is not on the ILACS scale`, fix: `use one of ${ilacs.grades.map((g) => g.id).join(', ')}` });
      }
    }
  });
  if (tables.latest.length) {
    for (const council of vocabularies.authorities) {
      // Only a council the vocabulary marks current (from Ofsted's lists) must have a row: one added by hand, or for a test, need not.
      if (council.status === 'current' && !seen.has(council.id)) {
        problems.push({ file: `content/official/${officialTables.latest.file}`, line: 1, column: 1, field: '-', message: `current council ${council.id} has no latest judgements` });
      }
    }
  }
  return [...problems, ...checkAuthorityLinks(vocabularies.authorities)];
}

/** Successors, predecessors and neighbours name councils of the vocabulary, and successors and predecessors mirror each other. */
export function checkAuthorityLinks(authorities: readonly Authority[]): OfficialProblem[] {
  const byId = new Map(authorities.map((a) => [a.id, a]));
  const problems: OfficialProblem[] = [];
  authorities.forEach((a, index) => {
    const where = (field: string) => ({ file: AUTHORITIES_FILE, line: 1, column: 1, field: `[${index}].${field}` });
    for (const [field, mirror] of [['successors', 'predecessors'], ['predecessors', 'successors']] as const) {
      for (const id of a[field] ?? []) {
        const other = byId.get(id);
        if (!other) problems.push({ ...where(field), message: `"${id}" is not in the authorities vocabulary` });
        else if (!(other[mirror] ?? []).includes(a.id)) problems.push({ ...where(field), message: `names ${id}, whose ${mirror} do not name ${a.id}`, fix: `add ${a.id} to ${id}'s ${mirror}` });
      }
    }
    for (const id of a.statisticalNeighbours ?? []) {
      if (!byId.has(id)) problems.push({ ...where('statisticalNeighbours'), message: `"${id}" is not in the authorities vocabulary` });
    }
    if (a.status === 'former' && !a.until) problems.push({ ...where('until'), message: `former council ${a.id} has no end date` });
  });
  return problems;
}
