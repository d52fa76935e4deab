/**
 * The content model in one place: every schema the site and the tools use.
 * `src/content.config.ts` and `scripts/` import from here; there is no second copy.
 */
export * from './common.ts';
export * from './review.ts';
export * from './plan.ts';
export * from './update.ts';
export * from './vocabularies.ts';
