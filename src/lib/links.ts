/**
 * Site-relative links, under the deployment's base path: the one helper pages, components
 * and the library's records use, so the base path is worked out in one place.
 */
import type { FindingType } from '../schemas/scales.ts';

/** URL helpers: every page and fragment of the site, under the deployment's base path. */
export function urls(base = '/') {
  const root = base.endsWith('/') ? base : `${base}/`;
  return {
    /** Any path of the site: `to('reviews/')` → `/reviews/` (or `/base/reviews/`). */
    to: (path = '') => `${root}${path}`,
    home: root,
    recommendations: `${root}recommendations/`,
    review: (id: string) => `${root}reviews/${id}/`,
    finding: (reviewId: string, itemId: string, type: FindingType) =>
      type === 'strength' ? `${root}reviews/${reviewId}/#${itemId}` : `${root}recommendations/${reviewId}/${itemId}/`,
    plan: (id: string) => `${root}plans/${id}/`,
    action: (planId: string, actionId: string) => `${root}plans/${planId}/#action-${actionId}`,
    update: (id: string) => `${root}updates/${id}/`,
    theme: (id: string) => `${root}themes/${id}/`,
    authority: (id: string) => `${root}authorities/${id}/`,
    /** The scrutiny views: all councils, one council (as at its latest update), or as at a date. */
    scrutiny: (authority?: string, asOf?: string) => `${root}scrutiny/${authority ? `${authority}/` : ''}${authority && asOf ? `${asOf}/` : ''}`,
    /** A council's scrutiny view as at a date, as CSV. */
    scrutinyCsv: (authority: string, asOf: string) => `${root}scrutiny/${authority}/${asOf}.csv`,
    /** The JSON record beside a page: `index.json` in the page's folder. */
    json: (pageUrl: string) => `${pageUrl.replace(/#.*$/, '')}index.json`,
    /** Atom feeds: the site's, a council's, a theme's. */
    feed: (of?: { authority: string } | { theme: string }) =>
      !of ? `${root}feed.xml` : 'authority' in of ? `${root}authorities/${of.authority}/feed.xml` : `${root}themes/${of.theme}/feed.xml`,
  };
}

/** A site-relative address made absolute on the configured site (exports and feeds travel without the site). */
export function absolute(path: string, siteUrl: string): string {
  return new URL(path, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;
}



/** The links of this build, from Astro's base path (`/` outside Astro: scripts and tests). */
export const link = urls((import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/');
