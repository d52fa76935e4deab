/**
 * Every cross-document rule, in the order their problems are reported. One rule a file;
 * each takes the check context (indexes built once) and returns its problems.
 */
import { actionPriorities } from './action-priorities.ts';
import { actionReferences } from './action-references.ts';
import { datesInOrder } from './dates-in-order.ts';
import { declaredCounts } from './declared-counts.ts';
import { fileNames } from './file-names.ts';
import { finishedDocuments } from './finished-documents.ts';
import { findingsInKloes } from './findings-in-kloes.ts';
import { followUps } from './follow-ups.ts';
import { gradesOnScale } from './grades-on-scale.ts';
import { knownAuthority } from './known-authority.ts';
import { knownThemes } from './known-themes.ts';
import { oneDocumentPerInspection } from './one-document-per-inspection.ts';
import { planAnswers } from './plan-answers.ts';
import type { Rule } from './rule.ts';
import { uniqueDocumentIds } from './unique-document-ids.ts';
import { uniqueItemIds } from './unique-item-ids.ts';
import { updatePlans } from './update-plans.ts';
import { updateStatuses } from './update-statuses.ts';

export type { Rule } from './rule.ts';

export const RULES: readonly Rule[] = [
  uniqueDocumentIds,
  knownAuthority,
  fileNames,
  datesInOrder,
  gradesOnScale,
  knownThemes,
  findingsInKloes,
  uniqueItemIds,
  followUps,
  oneDocumentPerInspection,
  planAnswers,
  actionPriorities,
  actionReferences,
  updatePlans,
  updateStatuses,
  declaredCounts,
  finishedDocuments,
];
