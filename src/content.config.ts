/**
 * Astro content collections. The schemas come from `src/schemas/` (shared with the
 * checker); references are resolved by the checker, not here, because Astro only logs
 * a broken `reference()`.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import {
  authoritySchema,
  frameworkSchema,
  planSchema,
  reviewSchema,
  themeSchema,
  updateSchema,
} from './schemas/index.ts';

const documents = (folder: string) => glob({ base: `./content/${folder}`, pattern: '**/*.mdx' });

export const collections = {
  reviews: defineCollection({ loader: documents('reviews'), schema: reviewSchema }),
  plans: defineCollection({ loader: documents('plans'), schema: planSchema }),
  updates: defineCollection({ loader: documents('updates'), schema: updateSchema }),
  authorities: defineCollection({ loader: file('./content/vocabularies/authorities.yaml'), schema: authoritySchema }),
  themes: defineCollection({ loader: file('./content/vocabularies/themes.yaml'), schema: themeSchema }),
  frameworks: defineCollection({ loader: file('./content/vocabularies/frameworks.yaml'), schema: frameworkSchema }),
};
