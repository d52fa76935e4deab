/** The search index's vocabulary with each word's count, for the search page's "did you mean" (src/search/records.ts). */
import type { APIRoute } from 'astro';
import { getLibrary } from '../../lib/load-library.ts';
import { searchPages, vocabulary } from '../../search/records.ts';

export const GET: APIRoute = async () => Response.json(vocabulary(searchPages(await getLibrary())));
