/** `/data/findings.csv`: the spreadsheet twin of `/data/findings.json`, every field a column. */
import type { APIRoute } from 'astro';
import { csvResponse, findingsCsvColumns, findingsExport } from '../../lib/exports.ts';
import { getLibrary } from '../../lib/load-library.ts';

export const GET: APIRoute = async () => csvResponse(findingsExport(await getLibrary()), findingsCsvColumns);
