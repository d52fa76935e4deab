/**
 * Astro content collections. The schemas come from `src/schemas/` (shared with the
 * checker); references are resolved by the checker, not here, because Astro only logs
 * a broken `reference()`. Documents are loaded by `documentLoader`, which enforces the MDX
 * content policy, so that no build can skip it, and renders each body as Markdown.
 */
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { documentLoader } from './checker/document-loader.ts';
import {
  authoritySchema,
  frameworkSchema,
  planSchema,
  reviewSchema,
  themeSchema,
  updateSchema,
} from './schemas/index.ts';

// LIBRARY_CONTENT_ROOT lets the benchmark and the tests build another content folder.
const root = process.env.LIBRARY_CONTENT_ROOT ?? '.';
const documents = (folder: string) => documentLoader({ base: `${root}/content/${folder}`, pattern: '**/*.mdx' });

export const collections = {
  reviews: defineCollection({ loader: documents('reviews'), schema: reviewSchema }),
  plans: defineCollection({ loader: documents('plans'), schema: planSchema }),
  updates: defineCollection({ loader: documents('updates'), schema: updateSchema }),
  authorities: defineCollection({ loader: file(`${root}/content/vocabularies/authorities.yaml`), schema: authoritySchema }),
  themes: defineCollection({ loader: file(`${root}/content/vocabularies/themes.yaml`), schema: themeSchema }),
  frameworks: defineCollection({ loader: file(`${root}/content/vocabularies/frameworks.yaml`), schema: frameworkSchema }),
};
