/** `/reviews/<id>/index.json`: the review beside its page, with its findings (fields as in `/data/`). */
import type { APIRoute } from 'astro';
import { recordJson } from '../../lib/exports.ts';
import { getLibrary } from '../../lib/load-library.ts';

export async function getStaticPaths() {
  const library = await getLibrary();
  return library.reviews.map((review) => ({ params: { path: `${review.id}/index` } }));
}

export const GET: APIRoute = async ({ params }) => {
  const library = await getLibrary();
  return Response.json(recordJson.review(library.review(params.path!.replace(/\/index$/, ''))!));
};
