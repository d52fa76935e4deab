/** `/schema/<kind>.schema.json`: JSON Schema of each document kind's frontmatter. */
import type { APIRoute } from 'astro';
import { getLibrary } from '../../lib/load-library.ts';
import { documentJsonSchema, documentKinds, type DocumentKind } from '../../schemas/json-schema.ts';

export const getStaticPaths = () => documentKinds.map((kind) => ({ params: { kind } }));

export const GET: APIRoute = async ({ params, site }) => {
  const library = await getLibrary();
  const base = new URL(import.meta.env.BASE_URL, site ?? 'http://localhost').href;
  return Response.json(documentJsonSchema(params.kind as DocumentKind, library, base));
};
