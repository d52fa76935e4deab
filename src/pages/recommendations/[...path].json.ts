/**
 * `/recommendations/<review id>/<item id>/index.json`: a recommendation or area for
 * improvement beside its page, with the actions answering it (fields as in `/data/`).
 */
import type { APIRoute } from 'astro';
import { recordJson } from '../../lib/exports.ts';
import { getLibrary } from '../../lib/load-library.ts';

export async function getStaticPaths() {
  const library = await getLibrary();
  return library.findings.filter((f) => f.type !== 'strength').map((f) => ({ params: { path: `${f.review.id}/${f.id}/index` } }));
}

export const GET: APIRoute = async ({ params }) => {
  const library = await getLibrary();
  const path = params.path!.replace(/\/index$/, '');
  const cut = path.lastIndexOf('/');
  return Response.json(recordJson.finding(library.finding(`${path.slice(0, cut)}#${path.slice(cut + 1)}`)!));
};
