/** `/schema/<kind>.schema.json`: JSON Schema of each document kind's frontmatter. */
import type { APIRoute } from 'astro';
import { link } from '../../lib/links.ts';
import { getLibrary } from '../../lib/load-library.ts';
import { documentJsonSchema } from '../../schemas/json-schema.ts';
import { DOCUMENT_KINDS } from '../../schemas/kinds.ts';

export const getStaticPaths = () => DOCUMENT_KINDS.map((kind) => ({ params: { kind: kind.id }, props: { kind } }));

export const GET: APIRoute<{ kind: (typeof DOCUMENT_KINDS)[number] }> = async ({ props, site }) => {
  const library = await getLibrary();
  const base = new URL(link.home, site ?? 'http://localhost').href;
  return Response.json(documentJsonSchema(props.kind, library, base));
};
