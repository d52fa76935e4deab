/**
 * Building blocks shared by the three document kinds (review, plan, update).
 *
 * Imported by `src/content.config.ts` (Astro) and by the command-line checker
 * (`scripts/check.ts`), so that both validate with exactly the same rules.
 * Everything here is pure zod: no Astro runtime, no file system.
 */
import { z } from 'astro/zod';
import { idsOf, RAG_STATUSES } from './scales.ts';

/**
 * A date as precise as the source states it: `2011`, `2016-12` or `2016-05-05`.
 * Sources often give only a year or a month; we never invent the missing part.
 */
export const partialDate = z
  .string({ error: 'must be a date written as YYYY, YYYY-MM or YYYY-MM-DD, in quotes' })
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
    error: 'must be a date written as YYYY, YYYY-MM or YYYY-MM-DD (for example "2016-05" or "2016-05-05")',
  })
  .refine((value) => value.length < 10 || !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
    error: 'is not a real calendar date',
  });

/** A full calendar date, `YYYY-MM-DD`: used where the source is always exact (an update's `asOf`). */
export const fullDate = z
  .string({ error: 'must be a date written as YYYY-MM-DD, in quotes' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: 'must be a full date written as YYYY-MM-DD' })
  // The refinement runs even when the pattern failed: a text that is no date at all must not throw.
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
    error: 'is not a real calendar date',
  });

/** A span of dates; `to` is left out when the source gives a single date or only a start. */
export const dateRange = z.strictObject({
  /** First day (or month, or year) of the span. */
  from: partialDate,
  /** Last day of the span, when the source states it. */
  to: partialDate.optional(),
});

/**
 * An item's id, unique within its document and never changed once published: it is the
 * permalink of the item (`…#W3`, `…#5.8.3`). Letters, digits, dots and hyphens.
 */
export const itemId = z
  .string({ error: 'must be an id such as "R1" or "5.8.3"' })
  .regex(/^[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$/, {
    error: 'must be letters, digits, dots or hyphens, starting and ending with a letter or digit (for example "R1" or "5.8.3")',
  });

/** A document's id: its path under its collection without `.mdx`, e.g. `bromley/2016-04-inspection`. */
export const documentId = z
  .string({ error: 'must be a document id such as "bromley/2016-04-inspection"' })
  .regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, {
    error: 'must be a document id: "<authority>/<yyyy-mm>-<kind>", for example "bromley/2016-04-inspection"',
  });

/**
 * A reference to an item in another document: `<document id>#<item id>`, e.g.
 * `bromley/2016-04-inspection#W3`. The checker resolves every one (Astro only logs broken ones).
 */
export const itemReference = z
  .string({ error: 'must be a reference such as "bromley/2016-04-inspection#W3"' })
  .regex(/^[a-z0-9-]+\/[a-z0-9-]+#[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$/, {
    error: 'must be a reference written "<document id>#<item id>", for example "bromley/2016-04-inspection#W3"',
  });

/** A slug from the `authorities` vocabulary, e.g. `central-bedfordshire`. Resolved by the checker. */
export const authoritySlug = z
  .string({ error: 'must be an authority slug such as "bromley"' })
  .min(1, { error: 'must be an authority slug such as "bromley"' });

/** An id from the `themes` vocabulary, e.g. `life-story-work`. Resolved by the checker. */
export const themeId = z
  .string({ error: 'must be a theme id such as "permanence"' })
  .min(1, { error: 'must be a theme id such as "permanence"' });

/** Plain text that must say something. */
export const text = z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' });

/** A committee paper a document was reported in: the trail a scrutiny member follows. */
export const committeePaper = z.strictObject({
  /** The committee or decision maker, as the paper names it. */
  committee: text,
  /** The meeting date. */
  date: partialDate,
  /** The council's report number, e.g. `CS17130`, when the paper has one. */
  reportNumber: text.optional(),
  /** The paper's title, as printed. */
  title: text.optional(),
  /** Agenda item number, when given. */
  item: text.optional(),
  /**
   * Figures the paper's cover sheet states (people served, staff, budget): each with the
   * cover's own label and the value as printed. Context for the record, not findings.
   */
  cover: z.array(z.strictObject({ label: text, value: text })).optional(),
});

/** Public address of a document: a full web address. */
const webAddress = z.url({ protocol: /^https?$/, error: 'must be a full web address starting with https://' });

/** SHA-256 of a file the record was read from (64 hex digits): proves which version was read. */
const sha256 = z
  .string({ error: 'must be a SHA-256 digest: 64 hexadecimal digits' })
  .regex(/^[0-9a-f]{64}$/, { error: 'must be a SHA-256 digest: 64 hexadecimal digits in lower case' });

/** Where the record comes from: the document the facts were taken from. */
export const source = z.strictObject({
  /** Title of the source document. */
  title: text,
  /** Who published it (usually the council). */
  publisher: text,
  /** File name of the plain-text copy kept with the project, when there is one. */
  file: text.optional(),
  /** Public address of the original, when known. */
  url: webAddress.optional(),
  /** SHA-256 of the source file, when the record was made from a published file such as Ofsted's PDF. */
  sha256: sha256.optional(),
});

/**
 * A review's own published report, when the record was written from another source (a
 * council's paper) and the report was read as well: what only the report gives (its
 * judgements, recommendations) comes from it. The review's page links to it.
 */
export const publishedReport = z.strictObject({
  /** The report's title, as printed. */
  title: text,
  /** Who published it (e.g. "Ofsted"). */
  publisher: text,
  /** Its public address, when known. */
  url: webAddress.optional(),
  /** SHA-256 of the report's file as read (Ofsted's PDF). */
  sha256,
});

/**
 * A draft still being confirmed (`npm run import` writes `draft: true`): the checker lets its
 * placeholders ("Replace with …") and `TO CONFIRM` markers stand. Delete the line when done.
 */
export const draft = z.boolean({ error: 'must be true or false (true while the document is a draft)' }).optional();

/**
 * Facts that were inferred rather than stated by the source: field path → how it was
 * inferred. Readers see these notes beside the fact, so the record never overstates.
 */
export const inferredNotes = z.record(z.string(), text).optional();

/** RAG ratings as the councils define them (the scale is data: `RAG_STATUSES` in `scales.ts`). */
export const ragStatus = z.enum(idsOf(RAG_STATUSES), {
  error: `must be one of ${RAG_STATUSES.map((s) => `${s.id} (${s.meaning})`).join(', ').replace(/, ([^,]+)$/, ' or $1')}`,
});
export type { RagStatus } from './scales.ts';

/** A finding as the source states it: the exact words, with themes for browsing. */
export const finding = z.strictObject({
  /** Stable id, unique in its document, e.g. `S1`, `W3`, `R12`. */
  id: itemId,
  /** The exact text of the source. Never paraphrase: it is the record. */
  text,
  /** One or more theme ids from the themes vocabulary. */
  themes: z.array(themeId).min(1, { error: 'needs at least one theme' }),
  /** The KLOE (key line of enquiry) this item belongs to, when the review has KLOEs. */
  kloe: itemId.optional(),
  /** Who the item is addressed to, when not the council itself (e.g. the safeguarding board). */
  addressee: text.optional(),
  /**
   * The paragraphs of the source report the item refers to, as it numbers them ("(paragraphs
   * 33, 34)" gives `["33", "34"]`). Ofsted's recommendations point to the paragraphs holding
   * the evidence; the text keeps the reference as printed too.
   */
  paragraphs: z.array(z.string().regex(/^\d{1,4}[a-z]?$/, { error: 'must be a paragraph number such as "25"' })).min(1).optional(),
  /** A short editorial note, in the library's own words. */
  note: text.optional(),
});
export type Finding = z.infer<typeof finding>;
