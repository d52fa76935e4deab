/**
 * Where the official scripts read their sources: two public repositories, each given by a
 * flag or an environment variable and defaulting to the local mirrors. A source may be a bare
 * git mirror (read at HEAD with `git show`) or an ordinary folder holding the same files.
 * Nothing read here is ever committed; only what the scripts derive from it is.
 *
 *   --scrape-repo <dir>  or OFSTED_ILACS_SCRAPE_REPO  data-to-insight/ofsted-ilacs-scrape-tool (MIT)
 *   --csc-repo <dir>     or CSC_OUTCOMES_REPO         dfe-analytical-services/CSC_outcomes_and_enablers
 *                                                     (Ofsted and DfE statistics, OGL v3.0)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';

export interface SourceRepos {
  scrape: string;
  csc: string;
}

export const SOURCE_FILES = {
  providerLookup: 'import_data/la_lookup/Provider_data_lookup.csv',
  boundaries: 'import_data/geospatial/local_authority_districts_boundaries.json',
  outcomes2025: 'data-raw/LA_Inspection_Outcomes_as_at_31_March_2025.ods',
  underlying2023: 'data-raw/Childrens_social_care_in_England_2023_underlying_data.ods',
  ltlaUtla: 'data-raw/LTLA-UTLA_Apr23_Lookup_England-Wales.csv',
  neighbours2021: 'data-raw/New_Statistical_Neighbour_Groupings_April_2021.csv',
} as const;

/** The two source repositories, from the command line, then the environment, then the mirrors. */
export function sourceRepos(argv = process.argv.slice(2)): SourceRepos {
  const { values } = parseArgs({
    args: argv,
    options: { 'scrape-repo': { type: 'string' }, 'csc-repo': { type: 'string' } },
    allowPositionals: true,
  });
  return {
    scrape: values['scrape-repo'] ?? process.env.OFSTED_ILACS_SCRAPE_REPO ?? '/work/.mirror/data-to-insight+ofsted-ilacs-scrape-tool/repo',
    csc: values['csc-repo'] ?? process.env.CSC_OUTCOMES_REPO ?? '/work/.mirror/dfe-analytical-services+CSC_outcomes_and_enablers/repo',
  };
}

/** A source file's bytes: from the folder if it holds the file, else from the git repository's HEAD. */
export function readSource(repo: string, file: string): Buffer {
  const onDisk = path.join(repo, file);
  if (existsSync(onDisk) && statSync(onDisk).isFile()) return readFileSync(onDisk);
  try {
    return execFileSync('git', ['-C', repo, 'show', `HEAD:${file}`], { maxBuffer: 256 * 1024 * 1024 });
  } catch {
    throw new Error(`${repo}: cannot read ${file} (neither a file in that folder nor in its git HEAD); give the source with a flag or environment variable`);
  }
}

/** A CSV source as records keyed by its header, with the file's 1-based line of each record. */
export function readCsv(repo: string, file: string): Array<{ line: number; record: Record<string, string> }> {
  const records: Array<{ info: { lines: number }; record: Record<string, string> }> = parse(readSource(repo, file), {
    bom: true,
    columns: true,
    relax_column_count: true,
    info: true,
    skip_empty_lines: true,
  });
  return records.map(({ info, record }) => ({ line: info.lines, record }));
}

/** Stops the script with one line naming the file, where and what. */
export function refuse(file: string, where: string, message: string): never {
  throw new Error(`${file}${where ? ` ${where}` : ''}: ${message}`);
}
