/** The official record of councils and Ofsted inspections: tables, their checks and what they say. */
export * from './tables.ts';
export * from './check.ts';
export * from './history.ts';
export { councilSlug } from './slug.ts';
