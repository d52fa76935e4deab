/** `/updates/<id>/index.json`: the progress update beside its page (fields as in `/data/updates.json`). */
import type { APIRoute } from 'astro';
import { recordJson } from '../../lib/exports.ts';
import { getLibrary } from '../../lib/load-library.ts';

export async function getStaticPaths() {
  const library = await getLibrary();
  return library.updates.map((update) => ({ params: { path: `${update.id}/index` } }));
}

export const GET: APIRoute = async ({ params }) => {
  const library = await getLibrary();
  return Response.json(recordJson.update(library.update(params.path!.replace(/\/index$/, ''))!));
};
