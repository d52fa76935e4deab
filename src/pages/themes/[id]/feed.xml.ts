/** `/themes/<id>/feed.xml`: Atom feed of the documents with findings or actions on a theme. */
import type { APIRoute } from 'astro';
import { atomFeed, atomResponse, themeFeed } from '../../../lib/feeds.ts';
import { getLibrary } from '../../../lib/load-library.ts';

export async function getStaticPaths() {
  const library = await getLibrary();
  return library.themes.map((t) => ({ params: { id: t.id } }));
}

export const GET: APIRoute = async ({ params }) => atomResponse(atomFeed(themeFeed(await getLibrary(), params.id!)));
