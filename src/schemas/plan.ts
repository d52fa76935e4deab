/**
 * Frontmatter of a plan: an improvement or action plan answering one or more reviews
 * (`content/plans/<authority>/<yyyy-mm>-<name>.mdx`).
 */
import { z } from 'astro/zod';
import { parseDue } from './due.ts';
import {
  authoritySlug,
  committeePaper,
  dateRange,
  documentId,
  inferredNotes,
  itemId,
  itemReference,
  partialDate,
  source,
  text,
  themeId,
  draft,
} from './common.ts';

/** A priority (theme, workstream) of the plan, as the council numbers it. */
const priority = z.strictObject({
  /** The council's number for the priority, e.g. `5`. */
  id: itemId,
  /** The priority's title as the plan words it, e.g. "Children Looked After". */
  title: text,
  /** How many actions the council says this priority has (or had due), when it says so. */
  declaredActions: z.int().nonnegative().optional(),
});

/**
 * A due date as the source states it: "Jan-17", "Jan – Mar 17", "March 2017",
 * "December 2016". Kept word for word; the normalised month range is derived by
 * `parseDue`, so a wording we cannot read is an error the author sees at once.
 */
export const statedDue = z
  .string({ error: 'must be the due date as the source words it, e.g. "Jan-17" or "Jan-Mar 17"' })
  .trim()
  .superRefine((value, ctx) => {
    if (!parseDue(value)) {
      ctx.addIssue({
        code: 'custom',
        message:
          'is not a due date the library can read: write a month ("Jan-17", "March 2017"), a range ("Jan-Mar 17") or a year ("2017")',
      });
    }
  });

/** One action, as the council numbers it. */
const action = z.strictObject({
  /** The council's own number, e.g. `5.8.3`: it is the action's permalink. */
  id: itemId,
  /** The priority it sits under (a priority id of this plan). */
  priority: itemId,
  /** The action's text, exactly as the plan states it; left out when the source does not give it. */
  text: text.optional(),
  /** The due date as stated ("Jan-Mar 17"). */
  due: statedDue.optional(),
  /** The officer role that owns the action, when known (a role, never a person's contact). */
  owner: text.optional(),
  /** Theme ids from the themes vocabulary. */
  themes: z.array(themeId).min(1, { error: 'needs at least one theme' }),
  /** The findings this action answers: `<review id>#<item id>` references. */
  addresses: z.array(itemReference).prefault([]),
  /** Editorial note in the library's own words. */
  note: text.optional(),
  /** Facts about this action inferred rather than stated: field → how. */
  inferred: inferredNotes,
});

export const planSchema = z.strictObject({
  /** Page title, e.g. "Children's Services Improvement Plan". */
  title: text,
  /** Authority whose plan this is. */
  authority: authoritySlug,
  /** The reviews this plan answers (document ids): its own council's, unless `answersOtherCouncil` says why not. */
  answers: z.array(documentId).min(1, { error: 'needs at least one review it answers' }),
  /**
   * Why this plan answers a review of another council (a joint plan, a shared service), in
   * the library's own words. Without it a plan answers only its own council's reviews, so
   * that no plan can change the status of another council's recommendations.
   */
  answersOtherCouncil: text.optional(),
  /** When the plan was agreed or first published. */
  published: partialDate,
  /** The period the plan covers, when stated. */
  period: dateRange.optional(),
  /** Committee papers that reported the plan. */
  reportedIn: z.array(committeePaper).min(1, { error: 'needs at least one committee paper' }),
  /** The source document the facts were taken from. */
  source,
  /** Summary in the library's own words. */
  summary: text,
  /** The plan's priorities in the council's order. */
  priorities: z.array(priority).min(1, { error: 'needs at least one priority' }),
  /** Total actions the council declares (when only some are published). */
  declaredActions: z.int().nonnegative().optional(),
  /** What the declared totals count, e.g. "actions due May 2016 to March 2017". */
  declaredActionsNote: text.optional(),
  /** The actions the sources name. */
  actions: z.array(action).prefault([]),
  /** Facts inferred rather than stated: field path → how. */
  inferred: inferredNotes,
  /** True while the document is a draft whose placeholders and TO CONFIRM markers are still to resolve. */
  draft,
});

export type PlanData = z.infer<typeof planSchema>;
export type PlanAction = PlanData['actions'][number];
