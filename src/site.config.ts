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
};
