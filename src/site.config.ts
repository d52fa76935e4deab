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
  /** Public address of the site, used for the sitemap, feed and canonical links. */
  url: process.env.LIBRARY_SITE_URL ?? 'http://localhost:4321',
  /** Path the site is served under ("/" or "/repository-name/"). */
  base: process.env.LIBRARY_BASE_PATH ?? '/',
};

/**
 * HTTP headers every page is served with: by `npm start` and `npm run preview` (Astro's
 * `server.headers`), by the test and benchmark server, and by static hosts that read the
 * `_headers` file the build writes (Netlify, Cloudflare Pages; see README "Deploying").
 * The pages also carry a stricter policy in a <meta> tag with hashes of their own scripts;
 * browsers enforce both. `frame-ancestors` works only as a header: no site may frame the
 * library (clickjacking).
 */
export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': "default-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};
