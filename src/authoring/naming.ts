/**
 * Where a document belongs and what it is called: the naming convention the checker
 * enforces (src/checker/check-library.ts), written once for `npm run new` and
 * `npm run import` so that both put files where the checker expects them.
 *
 * - reviews `content/reviews/<authority>/<yyyy-mm>-<kind>.mdx`, by the month fieldwork
 *   began (`<yyyy>-<kind>` when only the year is known);
 * - plans   `content/plans/<authority>/<yyyy-mm>-<name>.mdx`, the name from the title;
 * - updates `content/updates/<authority>/<yyyy-mm>-<plan name>-update.mdx`, by the month
 *   of `asOf`, the plan name being the plan's file name without its date.
 */
import type { Collection } from '../schemas/kinds.ts';

/** Lower-case words joined by hyphens: "Children's Services Plan" → "childrens-services-plan". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The `yyyy-mm` (or `yyyy`) a file name starts with, from a partial date. */
export function datePrefix(date: string): string {
  return date.slice(0, date.length >= 7 ? 7 : 4);
}

/** Words that say nothing about which plan it is; left out of plan names. */
const PLAN_NAME_NOISE = new Set(['the', 'of', 'and', 'for', 'a', 'an', 'to', 'in', 'on', 'council', 'borough', 'county', 'london']);

/**
 * A plan's file name from its title, without the authority's name and filler words, and
 * short enough to read in a URL: "Bromley Children's Services Improvement Plan 2016-18"
 * → "childrens-services-improvement-plan".
 */
export function planNameFromTitle(title: string, authorityNames: readonly string[] = []): string {
  const authorityWords = new Set(authorityNames.flatMap((name) => slugify(name).split('-')));
  const words = slugify(title)
    .split('-')
    .filter((word) => word && !PLAN_NAME_NOISE.has(word) && !authorityWords.has(word) && !/^\d+$/.test(word));
  return words.slice(0, 6).join('-') || 'plan';
}

/** A plan's name as updates use it: its file name without the leading date. */
export function planName(planId: string): string {
  const file = planId.split('/').at(-1) ?? planId;
  return file.replace(/^\d{4}(?:-\d{2})?-/, '');
}

/** The project-relative path of a document. */
export function documentPath(collection: Collection, authority: string, name: string): string {
  return `content/${collection}/${authority}/${name}.mdx`;
}

export const reviewName = (fieldworkFrom: string, kind: string) => `${datePrefix(fieldworkFrom)}-${kind}`;
export const planFileName = (published: string, name: string) => `${datePrefix(published)}-${name}`;
export const updateFileName = (asOf: string, planId: string) => `${datePrefix(asOf)}-${planName(planId)}-update`;
