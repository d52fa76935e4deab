/** One authority's item references → their pages, for the search page to go straight to a typed reference (src/search/records.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getLibrary } from '../../../lib/load-library.ts';
import { itemReferences } from '../../../search/records.ts';

export const getStaticPaths = (async () =>
  Object.entries(itemReferences(await getLibrary())).map(([authority, items]) => ({ params: { authority }, props: { items } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json(props.items);
