/**
 * The library for Astro pages: read once per build from the content collections and
 * turned into cross-linked records. Every page calls `getLibrary()`; the work is done once.
 */
import { getCollection } from 'astro:content';
import type { CheckedDocument } from '../schemas/kinds.ts';
import { createLibrary, type Library } from './library.ts';
import { link } from './links.ts';

let cached: Promise<Library> | undefined;

async function documents<T>(name: 'reviews' | 'plans' | 'updates'): Promise<CheckedDocument<T>[]> {
  const entries = await getCollection(name);
  return entries
    .map((entry) => ({
      id: entry.id,
      file: entry.filePath ?? '',
      data: entry.data as T,
      body: entry.body ?? '',
      bodyLine: 1,
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

export function getLibrary(): Promise<Library> {
  cached ??= (async () => {
    const [reviews, plans, updates, authorities, themes, frameworks] = await Promise.all([
      documents<never>('reviews'),
      documents<never>('plans'),
      documents<never>('updates'),
      getCollection('authorities'),
      getCollection('themes'),
      getCollection('frameworks'),
    ]);
    return createLibrary(
      {
        reviews,
        plans,
        updates,
        authorities: authorities.map((entry) => entry.data),
        themes: themes.map((entry) => entry.data),
        frameworks: frameworks.map((entry) => entry.data),
      },
      link.home,
    );
  })();
  return cached;
}
