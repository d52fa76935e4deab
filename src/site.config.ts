/**
 * Site identity and deployment: configuration, not code. Override with environment
 * variables when deploying elsewhere (e.g. GitHub Pages under a sub-path).
 */
export const site = {
  /** The library's name, shown in the header, titles and feed. */
  name: process.env.LIBRARY_NAME ?? "Children's Services Findings Library",
  /** Who runs this copy of the library (shown in the footer and feed). */
  organisation: process.env.LIBRARY_ORGANISATION ?? 'The Findings Library project',
  /** One line on what the library is, for the home page and metadata. */
  description:
    process.env.LIBRARY_DESCRIPTION ??
    "Findings, recommendations and improvement actions from inspections and peer reviews of English councils' children's services.",
  /**
   * Public address of the site, used for the sitemap and feed: where readers find it, set
   * when deploying. Never the address a local server happens to use (`npm start -- --port N`);
   * until it is set, the reserved `.example` domain says that it is not.
   */
  url: process.env.LIBRARY_SITE_URL ?? 'https://findings-library.example',
  /** Path the site is served under ("/" or "/repository-name/"). */
  base: process.env.LIBRARY_BASE_PATH ?? '/',
  /**
   * Months without a status after which an action is stale, and so is a finding's status
   * resting on it (the scrutiny view, search's "Stale" facet, the exports). Default 6.
   */
  staleAfterMonths: months(process.env.LIBRARY_STALE_MONTHS, 6),
  /**
   * The licence of the library's own data: its records' structure, summaries, themes, links,
   * and the statuses it derives or infers. Quotations keep their source's terms (Ofsted's:
   * the Open Government Licence v3.0, stated on every record taken from an Ofsted report).
   */
  dataLicence: { id: 'CC-BY-4.0', name: 'Creative Commons Attribution 4.0 International', url: 'https://creativecommons.org/licenses/by/4.0/' },
};

/**
 * HTTP headers every page is served with: by `npm start` and `npm run preview` (Astro's
 * `server.headers`), by the test and benchmark server, and by static hosts that read the
 * `_headers` file the build writes (Netlify, Cloudflare Pages; see README "Deploying").
 * The pages carry the policy for scripts, styles and everything they load in a <meta> tag,
 * with hashes of their own scripts (Astro's `security.csp`). Browsers enforce every policy
 * they are given, so the header adds only what a <meta> tag cannot say, `frame-ancestors`
 * (no site may frame the library: clickjacking), and repeats the directives that need no
 * hashes; a `default-src` here would block the pages' hashed scripts and search.
 */
export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

function months(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`LIBRARY_STALE_MONTHS must be a whole number of months (1 or more), not "${value}"`);
  return n;
}
