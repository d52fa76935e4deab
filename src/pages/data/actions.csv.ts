/** `/data/actions.csv`: the spreadsheet twin of `/data/actions.json`. */
import type { APIRoute } from 'astro';
import { actionsCsvColumns, actionsExport, toCsv } from '../../lib/exports.ts';
import { getLibrary } from '../../lib/load-library.ts';

export const GET: APIRoute = async () =>
  new Response(toCsv(actionsExport(await getLibrary()), actionsCsvColumns), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
