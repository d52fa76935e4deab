/**
 * Astro content collections: one per document kind of the registry (`src/schemas/kinds.ts`)
 * and one per vocabulary. The schemas are shared with the checker; references are resolved
 * by the checker, not here, because Astro only logs a broken `reference()`. Documents are
 * loaded by `documentLoader`, which enforces the MDX content policy, so that no build can
 * skip it, and renders each body as Markdown.
 */
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { documentLoader } from './checker/document-loader.ts';
import { DOCUMENT_KINDS } from './schemas/kinds.ts';
import { authoritySchema, frameworkSchema, themeSchema } from './schemas/vocabularies.ts';

// LIBRARY_CONTENT_ROOT lets the benchmark and the tests build another content folder.
const root = process.env.LIBRARY_CONTENT_ROOT ?? '.';

export const collections = {
  ...Object.fromEntries(
    DOCUMENT_KINDS.map((kind) => [kind.collection, defineCollection({ loader: documentLoader({ root, collection: kind.collection }), schema: kind.schema })]),
  ),
  authorities: defineCollection({ loader: file(`${root}/content/vocabularies/authorities.yaml`), schema: authoritySchema }),
  themes: defineCollection({ loader: file(`${root}/content/vocabularies/themes.yaml`), schema: themeSchema }),
  frameworks: defineCollection({ loader: file(`${root}/content/vocabularies/frameworks.yaml`), schema: frameworkSchema }),
};
