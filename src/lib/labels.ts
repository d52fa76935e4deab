/** Words readers see for the model's ids: kinds, finding types, statuses. One place, so pages, exports and search agree. */
import type { RagStatus } from '../schemas/common.ts';
import type { FindingStatus } from './derive.ts';
import type { FindingType } from './library.ts';

export const reviewKindLabel: Record<string, string> = {
  inspection: 'Inspection',
  'peer-review': 'Peer review',
  diagnostic: 'Diagnostic',
  'monitoring-visit': 'Monitoring visit',
  'focused-visit': 'Focused visit',
  'thematic-review': 'Thematic review',
  'standard-inspection': 'Standard inspection',
  'short-inspection': 'Short inspection',
  'sif-inspection': 'SIF inspection',
  're-inspection': 'Re-inspection',
};

export const findingTypeLabel: Record<FindingType, string> = {
  strength: 'Strength',
  'area-for-improvement': 'Area for improvement',
  recommendation: 'Recommendation',
};

export const findingTypePlural: Record<FindingType, string> = {
  strength: 'Strengths',
  'area-for-improvement': 'Areas for improvement',
  recommendation: 'Recommendations',
};

export const findingStatusLabel: Record<FindingStatus, string> = {
  'no-action': 'No action recorded',
  planned: 'Actions planned',
  'on-track': 'On track',
  'off-track': 'Off track',
  complete: 'All actions complete',
};

/** GOV.UK tag colour per status: a second cue only, the words always carry the meaning. */
export const findingStatusColour: Record<FindingStatus, string> = {
  'no-action': 'grey',
  planned: 'blue',
  'on-track': 'yellow',
  'off-track': 'red',
  complete: 'green',
};

export const ragLabel: Record<RagStatus | 'unknown', string> = {
  red: 'Red: not progressed',
  amber: 'Amber: in progress',
  green: 'Green: completed',
  white: 'White: not started yet',
  unknown: 'No status reported',
};

export const ragShortLabel: Record<RagStatus | 'unknown', string> = {
  red: 'Red',
  amber: 'Amber',
  green: 'Green',
  white: 'White',
  unknown: 'No status',
};

export const ragColour: Record<RagStatus | 'unknown', string> = {
  red: 'red',
  amber: 'orange',
  green: 'green',
  white: 'grey',
  unknown: 'grey',
};

/** Grade colour on any framework: a second cue beside the grade's words. */
export const gradeColour: Record<string, string> = {
  outstanding: 'green',
  good: 'turquoise',
  adequate: 'yellow',
  'requires-improvement': 'yellow',
  inadequate: 'red',
};

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2016-05-05" → "5 May 2016"; "2016-05" → "May 2016"; "2011" → "2011". (No Intl: it is called for every item.) */
export function formatDate(date: string | undefined): string {
  if (!date) return '';
  const [year, month, day] = date.split('-');
  if (!month) return year!;
  const name = MONTH_NAMES[Number(month) - 1]!;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/** "2016-04-11" to "2016-05-05" → "11 April 2016 to 5 May 2016". */
export function formatRange(from: string, to?: string): string {
  return to && to !== from ? `${formatDate(from)} to ${formatDate(to)}` : formatDate(from);
}
