/** `/data/updates.json`: every progress update with the statuses it gives (see README, "Open data"). */
import type { APIRoute } from 'astro';
import { updatesExport } from '../../lib/exports.ts';
import { getLibrary } from '../../lib/load-library.ts';

export const GET: APIRoute = async () => Response.json(updatesExport(await getLibrary()));
