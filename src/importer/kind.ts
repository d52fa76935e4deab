/**
 * Which document a paper should be drafted as, from what it holds rather than from one word:
 * a review (the paper reports what an inspection or peer review found), a plan (it presents
 * a plan or its actions) or an update (it reports progress on a plan). Each kind collects
 * points from the title, the items read and the paper's wording; the most points win (a
 * review on a tie, then an update), and every point is kept as a reason the import prints.
 */
import type { ActionsResult } from './actions.ts';
import type { FindingsResult } from './findings.ts';
import type { ExtractedJudgement } from './judgements.ts';
import type { SourceLine } from './lines.ts';
import type { PaperMetadata } from './metadata.ts';

export type DocumentKind = 'review' | 'plan' | 'update';

export interface KindDecision {
  kind: DocumentKind;
  scores: Record<DocumentKind, number>;
  /** Why, one line a point: "update +3: the title says "Quarterly update…" (line 3)". */
  reasons: string[];
}

interface Evidence {
  kind: DocumentKind;
  points: number;
  why: string;
}

const TITLE_WORDS: Array<[DocumentKind, RegExp, number]> = [
  ['review', /\b(?:inspections?|inspected|(?:focused|monitoring) visits?|peer (?:reviews?|challenges?)|diagnostic|outcomes?|ofsted(?: report)?|judgements?|findings)\b/i, 4],
  ['update', /\b(?:progress|updates?|quarterly|exception report|performance report)\b/i, 4],
  ['plan', /\b(?:plan|statement of action|wsoa)\b/i, 2],
];

/** Wording in the body, each worth a point, at most `cap` points a kind. */
const BODY_WORDS: Array<[DocumentKind, RegExp]> = [
  ['review', /\b(?:ofsted|inspectors?|inspection|peer (?:review|challenge)(?: team)?|reviewers?|the (?:review )?team|cqc)\b[^.\n]{0,60}\b(?:found|identified|judged|noted|recognised|highlighted|concluded|rated|graded)\b/gi],
  ['review', /\b(?:judged|rated|graded)\b[^.\n]{0,40}\b(?:outstanding|good|requires? improvement|adequate|inadequate)\b/gi],
  ['update', /\bprogress (?:made|(?:of|on) (?:the )?(?:[\w'’]+ ){0,3}(?:plan|actions?|improvements?|work)|against|report|update|achieved|in delivering)\b|\bupdate on (?:the )?(?:progress|implementation)|\bupdated (?:the|members)|\bRAG[- ]rated\b|\b\d{1,3}% of the (?:\w+ )?plan (?:was|is|had been) complete|\bsince the last update\b|\bthis update\b/gi],
  ['plan', /\b(?:draft|new|refreshed|proposed) (?:\w+ )?(?:improvement|action) plan\b|\b(?:reviewing|welcoming|considered|agreed|approved) the plan\b|\bindicators? (?:had been|have been|were) (?:added|set)\b/gi],
];
const BODY_CAP = 3;

export function decideKind(
  lines: readonly SourceLine[],
  metadata: PaperMetadata,
  findings: FindingsResult,
  judgements: readonly ExtractedJudgement[],
  actions: ActionsResult,
): KindDecision {
  const evidence: Evidence[] = [];
  const title = metadata.title;
  if (title) {
    for (const [kind, pattern, points] of TITLE_WORDS) {
      const m = title.value.match(pattern);
      if (m) evidence.push({ kind, points, why: `the title says "${m[0]}" (line ${title.line})` });
    }
  }
  // A grade a progress paper recalls in passing ("the CQC found … to be inadequate") says nothing of what the paper is.
  const stated = judgements.filter((j) => !j.recalled);
  if (stated.length) evidence.push({ kind: 'review', points: Math.min(2 + stated.length, 5), why: `${stated.length} judgement${stated.length === 1 ? '' : 's'} read (line ${stated[0]!.line})` });
  if (metadata.fieldwork) evidence.push({ kind: 'review', points: 2, why: `fieldwork dates (line ${metadata.fieldwork.line})` });
  // Sentences of running text offered as candidates are guesses, not what the paper is made of.
  const items = findings.items.filter((i) => !i.candidate).length + findings.kloes.length;
  if (items) evidence.push({ kind: 'review', points: Math.min(items, 3), why: `${items} finding${items === 1 ? '' : 's'} or KLOE${items === 1 ? '' : 's'} read` });
  const tableRows = actions.actions.filter((a) => a.fromTable);
  const rated = actions.actions.filter((a) => a.status && !a.statusInferred);
  if (rated.length) evidence.push({ kind: 'update', points: Math.min(2 + rated.length, 5), why: `${rated.length} RAG status${rated.length === 1 ? '' : 'es'} of actions (line ${rated[0]!.statusLine ?? rated[0]!.line})` });
  else if (tableRows.length) evidence.push({ kind: 'plan', points: Math.min(2 + tableRows.length, 5), why: `${tableRows.length} action rows without statuses (line ${tableRows[0]!.line})` });

  const text = lines.map((l) => l.text).join('\n');
  const lineOf = (index: number) => text.slice(0, index).split('\n').length;
  const body = new Map<DocumentKind, Evidence>();
  for (const [kind, pattern] of BODY_WORDS) {
    for (const m of text.matchAll(pattern)) {
      const known = body.get(kind);
      if (known && known.points >= BODY_CAP) break;
      const flat = m[0].replace(/\s+/g, ' ');
      const quote = flat.length > 50 ? `${flat.slice(0, 50)}…` : flat;
      if (known) {
        known.points++;
        known.why += `, "${quote}" (line ${lineOf(m.index!)})`;
      } else body.set(kind, { kind, points: 1, why: `the paper says "${quote}" (line ${lineOf(m.index!)})` });
    }
  }
  evidence.push(...body.values());
  // "… Action Plan 2011/2012" over a report of the progress made against it is an update of that plan.
  const planTitle = evidence.find((e) => e.kind === 'plan' && e.why.startsWith('the title'));
  if (planTitle && (body.get('update')?.points ?? 0) >= 2) evidence.push({ kind: 'update', points: 3, why: 'the title names a plan and the paper reports progress on it' });

  const scores: Record<DocumentKind, number> = { review: 0, update: 0, plan: 0 };
  for (const e of evidence) scores[e.kind] += e.points;
  const order: DocumentKind[] = ['review', 'update', 'plan'];
  const kind = order.reduce((best, k) => (scores[k] > scores[best] ? k : best), 'review');
  return {
    kind,
    scores,
    reasons: evidence.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind)).map((e) => `${e.kind} +${e.points}: ${e.why}`),
  };
}
