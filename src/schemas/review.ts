/**
 * Frontmatter of a review: an inspection, peer review, diagnostic, monitoring visit or
 * thematic review (`content/reviews/<authority>/<yyyy-mm>-<kind>.mdx`).
 */
import { z } from 'astro/zod';
import {
  authoritySlug,
  committeePaper,
  dateRange,
  documentId,
  finding,
  inferredNotes,
  itemId,
  partialDate,
  publishedReport,
  source,
  text,
  draft,
} from './common.ts';
import { idsOf, REVIEW_KINDS } from './scales.ts';

/** Kinds of review, from `REVIEW_KINDS` in `scales.ts` (a new kind is one entry there). */
export const reviewKinds = idsOf(REVIEW_KINDS);
export const reviewKind = z.enum(reviewKinds, {
  error: `must be one of ${reviewKinds.join(', ')}`,
});

/** A grade id on a framework's own scale (checked against the framework by the checker). */
const gradeId = z.string({ error: 'must be a grade such as "inadequate"' }).regex(/^[a-z-]+$/, {
  error: 'must be a grade id in lower case, such as "requires-improvement"',
});

/** A graded judgement. Sub-judgements sit under their parent, as the framework nests them. */
const subJudgement = z.strictObject({
  /** Stable id within the review, e.g. `J2.1`. */
  id: itemId,
  /** The judgement's area, exactly as the source names it. */
  area: text,
  /** The grade, on the review's framework scale. */
  grade: gradeId,
});
const judgement = subJudgement.extend({
  /** Graded sub-judgements that feed this one (SIF: adoption, care leavers). */
  sub: z.array(subJudgement).optional(),
  /** Editorial note, in the library's own words. */
  note: text.optional(),
});

/** Grades the source reports only as counts ("four components graded good"). */
const declaredGrade = z.strictObject({
  grade: gradeId,
  /** How many judgements got this grade. */
  count: z.int().positive(),
  /** What the source says, in the library's own words. */
  note: text,
});

/** A key line of enquiry, or a section the reviewers organised their findings by. */
const kloe = z.strictObject({
  /** Stable id, e.g. `K1`. */
  id: itemId,
  /** The KLOE as the source words it. */
  title: text,
});

/** A reviewer, by role and home organisation only: never by name or contact. */
const reviewer = z.strictObject({
  role: text,
  /** Organisation the reviewer came from; an authority slug when it is a council. */
  from: text,
});

export const reviewSchema = z.strictObject({
  /** Page title, e.g. "Ofsted inspection of children's services, 2016". */
  title: text,
  /** Authority reviewed: a slug from the authorities vocabulary. */
  authority: authoritySlug,
  /** What kind of review this is. */
  kind: reviewKind,
  /** Who conducted it, e.g. "Ofsted", "Ofsted and CQC", "LGA", "Eastern Region peer network". */
  conductedBy: text,
  /** Inspection framework id from the frameworks vocabulary; left out for peer reviews without one. */
  framework: z.string().regex(/^[a-z0-9-]+$/, { error: 'must be a framework id such as "sif"' }).optional(),
  /** Fieldwork dates, as precise as the source gives them. */
  fieldwork: dateRange,
  /** When the review's own report was published, when known. */
  published: partialDate.optional(),
  /**
   * Committee papers that reported the review: where the record comes from. At least one,
   * unless the source is the review's own published report (`source.publisher` is who
   * conducted it, as for an Ofsted report read from Ofsted's PDF); then it may be left out.
   */
  reportedIn: z.array(committeePaper).prefault([]),
  /** The source document the facts were taken from. */
  source,
  /**
   * The review's own published report, when `source` is another document (a council's paper)
   * and the report was read too: one inspection is one document, however many papers tell of it.
   */
  report: publishedReport.optional(),
  /** What the review covered, in the library's own words. */
  scope: text.optional(),
  /** One-paragraph summary in the library's own words (shown in lists and search results). */
  summary: text,
  /** The review this one follows up (a monitoring visit follows an inspection). */
  follows: documentId.optional(),
  /** Who did the review, by role and organisation. */
  reviewers: z.array(reviewer).optional(),
  /** Key lines of enquiry, in the order the source gives them. */
  kloes: z.array(kloe).prefault([]),
  /** Graded judgements, in the framework's order. */
  judgements: z.array(judgement).prefault([]),
  /** Grades the source reports only as counts. */
  declaredGrades: z.array(declaredGrade).optional(),
  /** Strengths, quoted exactly. */
  strengths: z.array(finding).prefault([]),
  /** Areas for improvement (weaknesses, areas for consideration), quoted exactly. */
  areasForImprovement: z.array(finding).prefault([]),
  /** Recommendations, quoted exactly. */
  recommendations: z.array(finding).prefault([]),
  /**
   * What the source says of the recommendations when their text is not available:
   * "Ofsted made 23 recommendations (18 + 5 for the safeguarding board)".
   */
  declaredRecommendations: z
    .strictObject({
      count: z.int().positive(),
      breakdown: z.array(z.strictObject({ label: text, count: z.int().positive() })).optional(),
      note: text,
    })
    .optional(),
  /** Facts inferred rather than stated: field path → how. */
  inferred: inferredNotes,
  /** True while the document is a draft whose placeholders and TO CONFIRM markers are still to resolve. */
  draft,
}).superRefine((review, context) => {
  if (review.reportedIn.length > 0 || review.source.publisher === review.conductedBy) return;
  context.addIssue({
    code: 'custom',
    path: ['reportedIn'],
    message:
      'needs at least one committee paper, unless the source is the review\'s own published report (source.publisher the same as conductedBy, e.g. both "Ofsted")',
  });
});

export type ReviewData = z.infer<typeof reviewSchema>;
export type ReviewInput = z.input<typeof reviewSchema>;
