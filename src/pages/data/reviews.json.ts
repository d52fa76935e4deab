/** `/data/reviews.json`: open data export (fields documented in the README). */
import type { APIRoute } from 'astro';
import { reviewsExport } from '../../lib/exports.ts';
import { getLibrary } from '../../lib/load-library.ts';

export const GET: APIRoute = async () => Response.json(reviewsExport(await getLibrary()));
