/**
 * The library for Astro pages: read once per build from the content collections (one per
 * registered document kind, and the vocabularies) and turned into cross-linked records.
 * Every page calls `getLibrary()`; the work is done once.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { getCollection } from 'astro:content';
import { loadOfficialTables } from '../official/load.ts';
import { DOCUMENT_KINDS, type CheckedDocument, type LibraryData } from '../schemas/kinds.ts';
import { createLibrary, type Library } from './library.ts';
import { link } from './links.ts';
import { site } from '../site.config.ts';

let cached: Promise<Library> | undefined;

async function documents(collection: string): Promise<CheckedDocument<never>[]> {
  const entries = await getCollection(collection as never);
  return (entries as Array<{ id: string; filePath?: string; data: unknown; body?: string }>)
    .map((entry) => ({ id: entry.id, file: entry.filePath ?? '', data: entry.data as never, body: entry.body ?? '', bodyLine: 1 }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

export function getLibrary(): Promise<Library> {
  cached ??= (async () => {
    const byCollection = Object.fromEntries(await Promise.all(DOCUMENT_KINDS.map(async (kind) => [kind.collection, await documents(kind.collection)] as const)));
    const { reviews = [], plans = [], updates = [], ...others } = byCollection;
    const [authorities, themes, frameworks] = await Promise.all([getCollection('authorities'), getCollection('themes'), getCollection('frameworks')]);
    const root = process.env.LIBRARY_CONTENT_ROOT ?? '.';
    const official = existsSync(path.join(root, 'content', 'official')) ? loadOfficialTables(root).tables : undefined;
    const data: LibraryData = {
      reviews,
      plans,
      updates,
      ...(Object.keys(others).length ? { others } : {}),
      authorities: authorities.map((entry) => entry.data),
      themes: themes.map((entry) => entry.data),
      frameworks: frameworks.map((entry) => entry.data),
      ...(official ? { official } : {}),
    };
    return createLibrary(data, link.home, { staleAfterMonths: site.staleAfterMonths });
  })();
  return cached;
}
