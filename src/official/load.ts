/**
 * Reads the official tables of `content/official/` and validates every row against its schema
 * (src/official/tables.ts). Parsing is pure (`parseOfficialTable`); only `loadOfficialTables`
 * touches the file system.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { officialTables, type OfficialTables } from './tables.ts';
import type { OfficialProblem } from './check.ts';

type TableName = keyof typeof officialTables;

/** One table's rows that passed their schema, and a located problem for every one that did not. */
export function parseOfficialTable<N extends TableName>(name: N, text: string, file = `content/official/${officialTables[name].file}`) {
  const table = officialTables[name];
  const problems: OfficialProblem[] = [];
  const rows: Array<OfficialTables[N][number]> = [];
  let records: Array<{ record: Record<string, string>; info: { lines: number } }>;
  try {
    records = parse(text, { columns: true, info: true, bom: true, skip_empty_lines: true });
  } catch (error) {
    return { rows, problems: [{ file, line: 1, column: 1, field: '-', message: `is not valid CSV: ${(error as Error).message}` }] };
  }
  const header = Object.keys(records[0]?.record ?? {});
  const columns = table.columns as readonly string[];
  if (records.length && header.join(',') !== columns.join(',')) {
    problems.push({ file, line: 1, column: 1, field: '-', message: `has the columns ${header.join(', ')}`, fix: `the header must be ${columns.join(',')}` });
    return { rows, problems };
  }
  for (const { record, info } of records) {
    const result = table.schema.safeParse(record);
    if (result.success) {
      rows.push({ ...(result.data as OfficialTables[N][number]), line: info.lines });
      continue;
    }
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? '-');
      problems.push({ file, line: info.lines, column: Math.max(1, columns.indexOf(field) + 1), field, message: `${JSON.stringify(record[field] ?? '')} ${issue.message}` });
    }
  }
  return { rows, problems };
}

/** Both tables from `<root>/content/official/`, with the problems of rows that failed their schema. */
export function loadOfficialTables(root: string): { tables: OfficialTables; problems: OfficialProblem[] } {
  const read = (name: TableName) => parseOfficialTable(name, readFileSync(path.join(root, 'content/official', officialTables[name].file), 'utf8'));
  const inspections = read('inspections');
  const latest = read('latest');
  return {
    tables: { inspections: inspections.rows as OfficialTables['inspections'], latest: latest.rows as OfficialTables['latest'] },
    problems: [...inspections.problems, ...latest.problems],
  };
}
