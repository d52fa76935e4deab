/** `/data/findings.json`: open data export (fields documented in the README). */
import type { APIRoute } from 'astro';
import { findingsExport } from '../../lib/exports.ts';
import { getLibrary } from '../../lib/load-library.ts';

export const GET: APIRoute = async () => Response.json(findingsExport(await getLibrary()));
