/** `/scrutiny/<council>/<date>.csv`: a scrutiny view as a spreadsheet, every field a column. */
import type { APIRoute } from 'astro';
import { csvResponse } from '../../../lib/exports.ts';
import { absolute } from '../../../lib/links.ts';
import { site } from '../../../site.config.ts';
import { getLibrary } from '../../../lib/load-library.ts';
import { scrutinyCsvColumns, scrutinyRows } from '../../../lib/scrutiny.ts';

export async function getStaticPaths() {
  const library = await getLibrary();
  return library.authorities.flatMap((a) => {
    const own = library.authorityView(a.id);
    if (own.reviews.length + own.plans.length === 0) return [];
    const view = library.scrutinyView(a.id);
    return [...new Set([...view.dates, view.asOf])].map((asOf) => ({ params: { authority: a.id, asOf } }));
  });
}

export const GET: APIRoute = async ({ params }) => {
  const library = await getLibrary();
  return csvResponse(scrutinyRows(library.scrutinyView(params.authority!, params.asOf!), (url) => absolute(url, site.url)), scrutinyCsvColumns);
};
