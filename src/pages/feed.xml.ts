/** Atom feed of every document, newest first (`src/lib/feeds.ts`). */
import type { APIRoute } from 'astro';
import { atomFeed, atomResponse, siteFeed } from '../lib/feeds.ts';
import { getLibrary } from '../lib/load-library.ts';

export const GET: APIRoute = async () => atomResponse(atomFeed(siteFeed(await getLibrary())));
