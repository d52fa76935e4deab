/**
 * Bounds on what one document may ask of the checker and the build. A hostile document must
 * be refused quickly with a located message, never expand into gigabytes or run for minutes.
 * The real library is far inside them (its largest document is about 30 KB).
 */
export const LIMITS = {
  /** Bytes of one document file. */
  documentBytes: 512 * 1024,
  /** Bytes of one vocabulary or table of Ofsted's statistics (the inspections table is about 0.7 MB). */
  dataBytes: 8 * 1024 * 1024,
  /** Characters of one frontmatter string (a finding, a summary). */
  fieldCharacters: 20_000,
  /** Characters of a document's body. */
  bodyCharacters: 256 * 1024,
  /**
   * `[` openers left unclosed in a body: Markdown's parser looks for a closing bracket for
   * each, so thousands of them make the parse quadratic (470 KB of them took 65 s).
   */
  unclosedBrackets: 200,
} as const;
