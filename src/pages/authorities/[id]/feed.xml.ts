/** `/authorities/<id>/feed.xml`: Atom feed of a council's documents. */
import type { APIRoute } from 'astro';
import { atomFeed, atomResponse, authorityFeed } from '../../../lib/feeds.ts';
import { getLibrary } from '../../../lib/load-library.ts';

export async function getStaticPaths() {
  const library = await getLibrary();
  return library.authorities.filter((a) => library.authorityView(a.id).timeline.length > 0).map((a) => ({ params: { id: a.id } }));
}

export const GET: APIRoute = async ({ params }) => atomResponse(atomFeed(authorityFeed(await getLibrary(), params.id!)));
