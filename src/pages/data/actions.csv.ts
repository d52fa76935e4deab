/** `/data/actions.csv`: the spreadsheet twin of `/data/actions.json`, every field a column. */
import type { APIRoute } from 'astro';
import { actionsCsvColumns, actionsExport, csvResponse } from '../../lib/exports.ts';
import { getLibrary } from '../../lib/load-library.ts';

export const GET: APIRoute = async () => csvResponse(actionsExport(await getLibrary()), actionsCsvColumns);
