/** `/data/findings.csv`: the spreadsheet twin of `/data/findings.json`. */
import type { APIRoute } from 'astro';
import { findingsCsvColumns, findingsExport, toCsv } from '../../lib/exports.ts';
import { getLibrary } from '../../lib/load-library.ts';

export const GET: APIRoute = async () =>
  new Response(toCsv(findingsExport(await getLibrary()), findingsCsvColumns), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
