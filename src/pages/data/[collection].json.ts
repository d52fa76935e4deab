/**
 * `/data/<collection>.json` for every registered document kind without an export of its
 * own: a kind added to the registry (`src/schemas/kinds.ts`) is open data at once. Reviews,
 * plans and updates have their richer exports beside this file.
 */
import type { APIRoute } from 'astro';
import { documentsExport } from '../../lib/exports.ts';
import { link } from '../../lib/links.ts';
import { getLibrary } from '../../lib/load-library.ts';
import { DOCUMENT_KINDS } from '../../schemas/kinds.ts';

const BESPOKE = new Set(['reviews', 'plans', 'updates']);

export const getStaticPaths = () => DOCUMENT_KINDS.filter((kind) => !BESPOKE.has(kind.collection)).map((kind) => ({ params: { collection: kind.collection }, props: { kind } }));

export const GET: APIRoute<{ kind: (typeof DOCUMENT_KINDS)[number] }> = async ({ props }) => {
  const library = await getLibrary();
  return Response.json(documentsExport(props.kind, library.others[props.kind.collection] ?? [], link.home));
};
