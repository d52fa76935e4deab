/**
 * Frontmatter of an update: a progress report on a plan at a date
 * (`content/updates/<authority>/<yyyy-mm>-<plan name>-update.mdx`).
 * Updates are append-only history: a new month is a new file, never an edit of the last.
 */
import { z } from 'astro/zod';
import { statedDue } from './plan.ts';
import { CLOSED_STATES, idsOf } from './scales.ts';
import {
  authoritySlug,
  committeePaper,
  documentId,
  fullDate,
  inferredNotes,
  itemId,
  partialDate,
  ragStatus,
  source,
  text,
  draft,
} from './common.ts';

/** An action's RAG status at this update's date. */
const actionStatus = z.strictObject({
  /** The action's number in the plan, e.g. `5.8.3`. */
  action: itemId,
  /** Its RAG status at `asOf`. */
  status: ragStatus,
  /** What the update says about it, quoted or summarised. */
  note: text.optional(),
  /** How the status was inferred, when the source implies it rather than states it. */
  inferred: text.optional(),
  /**
   * The action is closed at this update, and how (`CLOSED_STATES` in `scales.ts`):
   * `completed`, `not-implemented`, `superseded` or `dropped`. Left out while it is open.
   * `status` still gives the RAG the update shows for it; a closed action stays closed.
   */
  closed: z
    .enum(idsOf(CLOSED_STATES), { error: `must say how the action was closed: ${CLOSED_STATES.map((s) => s.id).join(', ').replace(/, ([^,]+)$/, ' or $1')}` })
    .optional(),
  /**
   * A new due date the update gives the action, worded as the source words it ("Jun-17").
   * The plan's own `due` is kept: the history holds both, and an action whose due date a
   * later update revised has slipped.
   */
  revisedDue: statedDue.optional(),
});

/** Counts the update states, per priority, when the action-level data is not published. */
const declaredPriorityCounts = z.strictObject({
  /** Priority id in the plan. */
  priority: itemId,
  /** Actions due in the period. */
  due: z.int().nonnegative().optional(),
  /** Actions rated red. */
  red: z.int().nonnegative().optional(),
});

export const updateSchema = z.strictObject({
  /** Page title, e.g. "Improvement plan exception report, March 2017". */
  title: text,
  /** Authority whose plan this is. */
  authority: authoritySlug,
  /** The plan this update reports on (document id). */
  plan: documentId,
  /** The date the statuses are as at. */
  asOf: fullDate,
  /** When the update was published or presented, when known. */
  published: partialDate.optional(),
  /** Committee papers it was reported in. */
  reportedIn: z.array(committeePaper).min(1, { error: 'needs at least one committee paper' }),
  /** The source document. */
  source,
  /** Summary in the library's own words. */
  summary: text,
  /** Action statuses the update states or implies. */
  statuses: z.array(actionStatus).prefault([]),
  /** Counts the update declares, when action-level data is missing or as a check. */
  declared: z
    .strictObject({
      /** Actions due to be started or completed by `asOf`. */
      actionsDue: z.int().nonnegative().optional(),
      /** Actions rated red at `asOf`. */
      red: z.int().nonnegative().optional(),
      /** Actions newly due since the previous update. */
      newActionsDue: z.int().nonnegative().optional(),
      /** Of the newly due actions, how many are red. */
      newActionsRed: z.int().nonnegative().optional(),
      /** Per-priority counts. */
      byPriority: z.array(declaredPriorityCounts).optional(),
    })
    .optional(),
  /** Facts inferred rather than stated: field path → how. */
  inferred: inferredNotes,
  /** True while the document is a draft whose placeholders and TO CONFIRM markers are still to resolve. */
  draft,
});

export type UpdateData = z.infer<typeof updateSchema>;
