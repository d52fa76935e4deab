/** `/plans/<id>/index.json`: the plan beside its page, with its actions (fields as in `/data/`). */
import type { APIRoute } from 'astro';
import { recordJson } from '../../lib/exports.ts';
import { getLibrary } from '../../lib/load-library.ts';

export async function getStaticPaths() {
  const library = await getLibrary();
  return library.plans.map((plan) => ({ params: { path: `${plan.id}/index` } }));
}

export const GET: APIRoute = async ({ params }) => {
  const library = await getLibrary();
  return Response.json(recordJson.plan(library.plan(params.path!.replace(/\/index$/, ''))!));
};
