/**
 * `npm run import:eval`: how much of a council paper the importer recovers, measured against
 * ground truth written by hand (`tests/import-corpus/papers/<id>/truth.yaml`).
 *
 * Every paper is drafted with `importPaper`, as `npm run import` drafts it (given the page's
 * address from its source.yaml, as `--address` gives it), and what was read
 * (`ImportResult.extracted`, the kind of document drafted and its council) is matched against
 * the truth:
 *
 * - metadata fields by equality: text after normalising (case, quotes, dashes, punctuation,
 *   spaces); dates at the precision the truth states ("2019-06" is met by "2019-06-17", not by
 *   "2019"). A field the truth gives as null is one the paper does not state: any value read
 *   there is wrong. A field the truth leaves out is not scored. A list in the truth gives the
 *   values that each count as right. A list of items the truth leaves out (judgements,
 *   findings, actions…) is empty: the paper holds none, so anything read there is wrong.
 * - the council only when the vocabulary has it: a council the importer cannot place is a miss.
 * - findings (strengths, areas for improvement, recommendations) one to one, by normalised
 *   text equality or a token overlap of at least MATCH_THRESHOLD (shared words over the words
 *   of the longer text); judgements by equal grade and area overlap; KLOEs by id or title;
 *   actions by id, or by text when either has no id; named red and amber items by status and
 *   id or text.
 * - each matched action's text, owner, due date and status as fields; RAG counts per colour the
 *   truth states, against the statuses the importer read.
 *
 * A matched item is a true positive; a truth item left unmatched a miss (recall falls); an
 * extracted item left unmatched a wrong extraction (precision falls). A wrong value of a field
 * is both. Overall figures pool every field and item of every paper.
 *
 * The matching and scoring functions are pure; `evaluateCorpus` reads the corpus and the library.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import matter from 'gray-matter';
import { LineCounter, parseDocument } from 'yaml';
import { checkLibrary, type LibraryData } from '../checker/check-library.ts';
import { readContentFiles } from '../checker/content-files.ts';
import { importPaper, type ImportResult } from './draft.ts';

/** Shared words over the words of the longer text at which two texts are the same finding. */
export const MATCH_THRESHOLD = 0.8;

export const RAGS = ['red', 'amber', 'green', 'white'] as const;
export type RagColour = (typeof RAGS)[number];

export const METADATA_FIELDS = ['council', 'committee', 'meetingDate', 'reportNumber', 'fieldworkFrom', 'fieldworkTo', 'published'] as const;
export type MetadataField = (typeof METADATA_FIELDS)[number];
const DATE_FIELDS = new Set<MetadataField>(['meetingDate', 'fieldworkFrom', 'fieldworkTo', 'published']);

export const FINDING_LISTS = ['strengths', 'areasForImprovement', 'recommendations'] as const;
export type FindingListName = (typeof FINDING_LISTS)[number];

export const ACTION_FIELDS = ['text', 'owner', 'due', 'status'] as const;

// ---- what a paper holds ------------------------------------------------------------------

export interface Action {
  id?: string;
  text?: string;
  owner?: string;
  due?: string;
  status?: RagColour;
}

export interface RagItem {
  id?: string;
  text?: string;
  status: RagColour;
}

/** What a paper holds, as the truth states it or as the importer read it. */
export interface Facts<M = string> {
  kind?: 'review' | 'plan' | 'update';
  reviewKind?: string;
  metadata: Partial<Record<MetadataField, M>>;
  kloes: Array<{ id?: string; title?: string }>;
  judgements: Array<{ area: string; grade: string }>;
  strengths: string[];
  areasForImprovement: string[];
  recommendations: string[];
  actions: Action[];
  ragCounts?: Partial<Record<RagColour, number>>;
  ragItems: RagItem[];
}

/** Truth metadata: the value stated, the values that each count as right, or null for "not stated". */
export type TruthValue = string | string[] | null;
export type TruthFacts = Facts<TruthValue>;

// ---- the truth file -----------------------------------------------------------------------

const rag = z.enum(RAGS);
const truthValue = z.union([z.string(), z.array(z.string()).min(1), z.null()]);
const ids = z.array(z.string()).optional();

const truthSchema = z.strictObject({
  /** The paper, from the project root, when it is not the paper.txt beside the truth. */
  paper: z.string().optional(),
  kind: z.enum(['review', 'plan', 'update']),
  reviewKind: z.string().optional(),
  metadata: z.strictObject(Object.fromEntries(METADATA_FIELDS.map((f) => [f, truthValue.optional()])) as Record<MetadataField, z.ZodOptional<typeof truthValue>>),
  kloes: z.array(z.strictObject({ id: z.string().optional(), title: z.string().optional() })).prefault([]),
  judgements: z.array(z.strictObject({ area: z.string(), grade: z.string() })).prefault([]),
  strengths: z.array(z.string()).prefault([]),
  areasForImprovement: z.array(z.string()).prefault([]),
  recommendations: z.array(z.string()).prefault([]),
  actions: z
    .array(z.strictObject({ id: z.string().optional(), text: z.string().optional(), owner: z.string().optional(), due: z.string().optional(), status: rag.optional() }))
    .prefault([]),
  ragCounts: z.strictObject({ red: z.int().optional(), amber: z.int().optional(), green: z.int().optional(), white: z.int().optional() }).optional(),
  ragItems: z.array(z.strictObject({ id: z.string().optional(), text: z.string().optional(), status: rag })).prefault([]),
  /** Library documents encoded by hand from the paper, whose items are the truth. */
  fromLibrary: z.strictObject({ reviews: ids, plans: ids, updates: ids }).optional(),
  /**
   * Items of those documents that the paper does not hold (`<review id>#<item id>`): a review
   * written from the paper may also quote its published report (`report`), whose
   * recommendations and grades the paper never gave.
   */
  notInPaper: z.array(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+#.+$/, { error: 'must be an item reference such as "bromley/2016-04-inspection#R1"' })).prefault([]),
  notes: z.string().optional(),
});
export type TruthFile = z.infer<typeof truthSchema>;

/** Reads a truth file; bad input is refused naming the file, line and field. */
export function parseTruth(source: string, file: string): TruthFile {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, prettyErrors: false });
  const at = (offset: number) => lineCounter.linePos(offset);
  if (document.errors.length) {
    const error = document.errors[0]!;
    const { line, col } = at(error.pos[0]);
    throw new Error(`${file}:${line}:${col}  (yaml)  ${error.message.split('\n')[0]}`);
  }
  const parsed = truthSchema.safeParse(document.toJS() ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  // The deepest node the path reaches, so a missing field points at its parent.
  let keys = issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k));
  let node: unknown;
  while (keys.length && !(node = document.getIn(keys, true))) keys = keys.slice(0, -1);
  const range = (node as { range?: [number, number] } | undefined)?.range ?? document.contents?.range;
  const { line, col } = at(range?.[0] ?? 0);
  throw new Error(`${file}:${line}:${col}  ${issue.path.join('.') || '(document)'}  ${issue.message}`);
}

/** The truth of a paper: the file's own statements, with the items of the library documents it names. */
export function resolveTruth(truth: TruthFile, library: LibraryData, file: string): TruthFacts {
  const facts: TruthFacts = {
    kind: truth.kind,
    reviewKind: truth.reviewKind,
    metadata: truth.metadata,
    kloes: [...truth.kloes],
    judgements: [...truth.judgements],
    strengths: [...truth.strengths],
    areasForImprovement: [...truth.areasForImprovement],
    recommendations: [...truth.recommendations],
    actions: [...truth.actions],
    ragCounts: truth.ragCounts,
    ragItems: [...truth.ragItems],
  };
  const refs = truth.fromLibrary;
  if (!refs) return facts;
  const find = <T extends { id: string }>(list: readonly T[], id: string, field: string): T => {
    const found = list.find((d) => d.id === id);
    if (!found) throw new Error(`${file}  fromLibrary.${field}  "${id}" is not a document of the library`);
    return found;
  };
  const notInPaper = new Set(truth.notInPaper);
  const found = new Set<string>();
  const inPaper = (reviewId: string) => (item: { id: string }) => {
    const ref = `${reviewId}#${item.id}`;
    if (!notInPaper.has(ref)) return true;
    found.add(ref);
    return false;
  };
  for (const id of refs.reviews ?? []) {
    const review = find(library.reviews, id, 'reviews').data;
    const keep = inPaper(id);
    facts.kloes.push(...review.kloes.map((k) => ({ id: k.id, title: k.title })));
    for (const j of review.judgements.filter(keep)) facts.judgements.push({ area: j.area, grade: j.grade }, ...(j.sub ?? []).filter(keep).map((s) => ({ area: s.area, grade: s.grade })));
    for (const list of FINDING_LISTS) facts[list].push(...review[list].filter(keep).map((f) => f.text));
  }
  const unknown = [...notInPaper].find((ref) => !found.has(ref));
  if (unknown) throw new Error(`${file}  notInPaper  "${unknown}" is not a judgement or finding of the reviews under fromLibrary`);
  const actions = new Map<string, Action>();
  for (const id of refs.plans ?? []) {
    for (const a of find(library.plans, id, 'plans').data.actions) actions.set(a.id, { id: a.id, text: a.text, owner: a.owner, due: a.due });
  }
  // Statuses the paper states (not those the editors inferred): each action's latest, and every red or amber one.
  const updates = (refs.updates ?? []).map((id) => find(library.updates, id, 'updates').data).sort((a, b) => a.asOf.localeCompare(b.asOf));
  const named = new Set<string>();
  for (const update of updates) {
    for (const s of update.statuses) {
      if (s.inferred) continue;
      const action = actions.get(s.action) ?? { id: s.action };
      actions.set(s.action, { ...action, status: s.status });
      if ((s.status === 'red' || s.status === 'amber') && !named.has(`${s.action} ${s.status}`)) {
        named.add(`${s.action} ${s.status}`);
        facts.ragItems.push({ id: s.action, status: s.status });
      }
    }
  }
  facts.actions.push(...actions.values());
  return facts;
}

// ---- what the importer read -----------------------------------------------------------------

const KIND_OF = { reviews: 'review', plans: 'plan', updates: 'update' } as const;

/** What the importer read from a paper, in the truth's terms. */
export function factsOf(result: ImportResult, library: LibraryData): Facts {
  const { metadata, findings, judgements, actions, rag } = result.extracted;
  const kind = KIND_OF[result.collection];
  const item = (list: FindingListName) => findings.items.filter((i) => i.list === list).map((i) => i.text);
  const rated = actions.actions.filter((a) => a.status);
  const ragCounts: Partial<Record<RagColour, number>> = {};
  for (const a of rated) ragCounts[a.status!] = (ragCounts[a.status!] ?? 0) + 1;
  // A count the paper states in words is the paper's count.
  for (const [colour, stated] of Object.entries(rag.counts)) ragCounts[colour as RagColour] = stated.count;
  return {
    kind,
    reviewKind: kind === 'review' ? String(matter(result.text).data.kind ?? '') || undefined : undefined,
    metadata: {
      // A council the vocabulary lacks cannot be drafted as it stands: a miss.
      council: library.authorities.some((a) => a.id === result.authority) ? result.authority : undefined,
      committee: metadata.committee?.value,
      meetingDate: metadata.meetingDate?.value,
      reportNumber: metadata.reportNumber?.value,
      fieldworkFrom: metadata.fieldwork?.value.from,
      fieldworkTo: metadata.fieldwork?.value.to,
      published: metadata.published?.value,
    },
    kloes: findings.kloes.map((k) => ({ id: k.id, title: k.title })),
    judgements: judgements.flatMap((j) => [{ area: j.area, grade: j.grade }, ...(j.sub ?? []).map((s) => ({ area: s.area, grade: s.grade }))]),
    strengths: item('strengths'),
    areasForImprovement: item('areasForImprovement'),
    recommendations: item('recommendations'),
    actions: actions.actions.map((a) => ({ id: a.id, text: a.text, owner: a.owner, due: a.due, status: a.status })),
    ragCounts,
    ragItems: [
      ...rated.filter((a) => a.status === 'red' || a.status === 'amber').map((a) => ({ id: a.id, text: a.text, status: a.status as RagColour })),
      // Items named in words, unless an action read from a table already has that status.
      ...rag.items.filter((i) => !rated.some((a) => a.id === i.id && a.status === i.status)).map((i) => ({ id: i.id, text: i.text, status: i.status })),
    ],
  };
}

// ---- matching --------------------------------------------------------------------------------

/** Text as compared: lower case, one kind of quote and dash, no markup, list marker or end punctuation. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’ʼ`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/[*_]+/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:[-•·o]|\(?[0-9]{1,2}(?:\.[0-9]{1,2})*[.)]?|\(?[a-z][.)]|\(?[ivx]{1,4}[.)])\s+/, '')
    .replace(/[\s.,;:]+$/, '');
}

const words = (text: string) => normalise(text).match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? [];

/** Shared words (counted with repeats) over the words of the longer text: 1 for the same words. */
export function tokenOverlap(a: string, b: string): number {
  const left = words(a);
  const right = words(b);
  if (!left.length || !right.length) return 0;
  const counts = new Map<string, number>();
  for (const w of left) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of right) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(w, n - 1);
    }
  }
  return shared / Math.max(left.length, right.length);
}

/** How alike two finding texts are: 1 when equal once normalised, else their token overlap. */
export function textSimilarity(a: string, b: string): number {
  return normalise(a) === normalise(b) ? 1 : tokenOverlap(a, b);
}

export interface Matching {
  /** Pairs of indexes: [truth, found]. */
  pairs: Array<[number, number]>;
  /** Truth items nothing matched. */
  missed: number[];
  /** Extracted items that match nothing in the truth. */
  spurious: number[];
}

/** One-to-one matching, best pairs first, of pairs scoring at least the threshold. */
export function matchItems<T, F>(truth: readonly T[], found: readonly F[], score: (t: T, f: F) => number, threshold = MATCH_THRESHOLD): Matching {
  const candidates: Array<[number, number, number]> = [];
  truth.forEach((t, i) => found.forEach((f, j) => {
    const s = score(t, f);
    if (s >= threshold) candidates.push([s, i, j]);
  }));
  candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedTruth = new Set<number>();
  const usedFound = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const [, i, j] of candidates) {
    if (usedTruth.has(i) || usedFound.has(j)) continue;
    usedTruth.add(i);
    usedFound.add(j);
    pairs.push([i, j]);
  }
  return {
    pairs: pairs.sort((a, b) => a[0] - b[0]),
    missed: truth.map((_, i) => i).filter((i) => !usedTruth.has(i)),
    spurious: found.map((_, j) => j).filter((j) => !usedFound.has(j)),
  };
}

const sameId = (a?: string, b?: string) => a !== undefined && b !== undefined && normalise(a).replace(/\s/g, '') === normalise(b).replace(/\s/g, '');

export const similarity = {
  finding: textSimilarity,
  judgement: (t: { area: string; grade: string }, f: { area: string; grade: string }) => (t.grade === f.grade ? textSimilarity(t.area, f.area) : 0),
  kloe: (t: { id?: string; title?: string }, f: { id?: string; title?: string }) =>
    sameId(t.id, f.id) ? 1 : t.title && f.title ? textSimilarity(t.title, f.title) : 0,
  action: (t: Action, f: Action) => (t.id && f.id ? (sameId(t.id, f.id) ? 1 : 0) : t.text && f.text ? textSimilarity(t.text, f.text) : 0),
  ragItem: (t: RagItem, f: RagItem) =>
    t.status !== f.status ? 0 : t.id && f.id ? (sameId(t.id, f.id) ? 1 : 0) : t.text && f.text ? textSimilarity(t.text, f.text) : 0,
};

/** A date as precise as the truth's, or more, agreeing with it. */
export function sameDate(truth: string, found: string): boolean {
  return found.length >= truth.length && found.startsWith(truth);
}

// ---- scoring ---------------------------------------------------------------------------------

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}
const zero = (): Tally => ({ tp: 0, fp: 0, fn: 0 });
const add = (a: Tally, b: Tally): Tally => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });

/** One field: `undefined` truth is not scored; null truth means nothing should be read. */
export function scoreField(truth: TruthValue | undefined, found: string | undefined, same: (t: string, f: string) => boolean): Tally {
  if (truth === undefined) return zero();
  if (truth === null) return { tp: 0, fp: found === undefined ? 0 : 1, fn: 0 };
  if (found === undefined) return { tp: 0, fp: 0, fn: 1 };
  const options = Array.isArray(truth) ? truth : [truth];
  return options.some((t) => same(t, found)) ? { tp: 1, fp: 0, fn: 0 } : { tp: 0, fp: 1, fn: 1 };
}

/** What was missed and what was read wrongly, for the report. */
export interface Difference {
  measure: string;
  missed?: string;
  wrong?: string;
}

export interface PaperScore {
  tallies: Record<string, Tally>;
  differences: Difference[];
}

const describe = {
  finding: (t: string) => t,
  judgement: (j: { area: string; grade: string }) => `${j.area}: ${j.grade}`,
  kloe: (k: { id?: string; title?: string }) => [k.id, k.title].filter(Boolean).join(' '),
  action: (a: Action) => [a.id, a.text].filter(Boolean).join(' ') || '(empty)',
  ragItem: (r: RagItem) => `${[r.id, r.text].filter(Boolean).join(' ')}: ${r.status}`,
};

/** Scores what was read from one paper against its truth. */
export function scorePaper(truth: TruthFacts, found: Facts): PaperScore {
  const tallies: Record<string, Tally> = {};
  const differences: Difference[] = [];
  const count = (measure: string, tally: Tally) => {
    tallies[measure] = add(tallies[measure] ?? zero(), tally);
  };
  const field = (measure: string, t: TruthValue | undefined, f: string | undefined, same: (a: string, b: string) => boolean) => {
    const tally = scoreField(t, f, same);
    count(measure, tally);
    if (tally.fn) differences.push({ measure, missed: Array.isArray(t) ? t.join(' | ') : (t ?? undefined), wrong: tally.fp ? f : undefined });
    else if (tally.fp) differences.push({ measure, wrong: f });
  };
  const sameText = (a: string, b: string) => normalise(a) === normalise(b);

  field('kind', truth.kind, found.kind, (a, b) => a === b);
  field('reviewKind', truth.kind === 'review' ? truth.reviewKind : undefined, found.reviewKind, (a, b) => a === b);
  for (const name of METADATA_FIELDS) {
    field(`metadata.${name}`, truth.metadata[name], found.metadata[name], DATE_FIELDS.has(name) ? sameDate : sameText);
  }

  const items = <T>(measure: string, t: readonly T[], f: readonly T[], score: (a: T, b: T) => number, show: (x: T) => string): Matching => {
    const m = matchItems(t, f, score);
    count(measure, { tp: m.pairs.length, fp: m.spurious.length, fn: m.missed.length });
    for (const i of m.missed) differences.push({ measure, missed: show(t[i]!) });
    for (const j of m.spurious) differences.push({ measure, wrong: show(f[j]!) });
    return m;
  };
  items('kloes', truth.kloes, found.kloes, similarity.kloe, describe.kloe);
  items('judgements', truth.judgements, found.judgements, similarity.judgement, describe.judgement);
  for (const list of FINDING_LISTS) items(list, truth[list], found[list], similarity.finding, describe.finding);

  const actions = items('actions', truth.actions, found.actions, similarity.action, describe.action);
  const sameAction: Record<(typeof ACTION_FIELDS)[number], (a: string, b: string) => boolean> = {
    text: (a, b) => textSimilarity(a, b) >= MATCH_THRESHOLD,
    owner: sameText,
    due: sameText,
    status: (a, b) => a === b,
  };
  for (const name of ACTION_FIELDS) {
    const measure = `actions.${name}`;
    for (const [i, j] of actions.pairs) field(measure, truth.actions[i]![name] ?? undefined, found.actions[j]![name], sameAction[name]);
    for (const i of actions.missed) if (truth.actions[i]![name] !== undefined) count(measure, { tp: 0, fp: 0, fn: 1 });
    for (const j of actions.spurious) if (found.actions[j]![name] !== undefined) count(measure, { tp: 0, fp: 1, fn: 0 });
  }

  // RAG counts: the colours the paper counts, against the statuses the importer read.
  for (const colour of RAGS) {
    const stated = truth.ragCounts?.[colour];
    if (stated === undefined) continue;
    const read = found.ragCounts?.[colour];
    field('ragCounts', String(stated), read ? String(read) : undefined, (a, b) => a === b);
  }
  items('ragItems', truth.ragItems, found.ragItems, similarity.ragItem, describe.ragItem);
  return { tallies, differences };
}

export interface Rates {
  recall?: number;
  precision?: number;
}

export function rates(tally: Tally): Rates {
  return {
    recall: tally.tp + tally.fn ? tally.tp / (tally.tp + tally.fn) : undefined,
    precision: tally.tp + tally.fp ? tally.tp / (tally.tp + tally.fp) : undefined,
  };
}

/** The sum of every measure's tally. */
export function overall(tallies: Record<string, Tally>): Tally {
  return Object.values(tallies).reduce(add, zero());
}

/** Tallies of many papers added up per measure. */
export function combine(scores: ReadonlyArray<Record<string, Tally>>): Record<string, Tally> {
  const total: Record<string, Tally> = {};
  for (const tallies of scores) for (const [measure, tally] of Object.entries(tallies)) total[measure] = add(total[measure] ?? zero(), tally);
  return total;
}

// ---- the corpus --------------------------------------------------------------------------------

export interface PaperResult {
  id: string;
  paper: string;
  /** A paper the importer was built on (a seed, named by the truth's `paper:`), not one it has never seen. */
  seed: boolean;
  /** What the importer drafted, e.g. "a review (inspection) of coventry". */
  drafted?: string;
  /** Why the importer could not draft the paper (then everything counts as missed). */
  error?: string;
  /** Item counts in the truth. */
  truthCounts: Record<string, number>;
  score: PaperScore;
}

export interface CorpusResult {
  papers: PaperResult[];
  totals: Record<string, Tally>;
  overall: Tally;
  /** Overall over the papers the importer has never seen (not the seeds). */
  unseen: Tally;
}

const EMPTY: Facts = { metadata: {}, kloes: [], judgements: [], strengths: [], areasForImprovement: [], recommendations: [], actions: [], ragItems: [] };

/** Runs the importer on every paper of the corpus and scores it. Paths are from the project root. */
export function evaluateCorpus(root: string, corpus = 'tests/import-corpus/papers', library = checkLibrary(readContentFiles(root)).library): CorpusResult {
  const folder = path.join(root, corpus);
  const papers = readdirSync(folder, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((id): PaperResult => {
      const truthFile = path.join(corpus, id, 'truth.yaml');
      if (!existsSync(path.join(root, truthFile))) throw new Error(`${truthFile}: missing: every paper of the corpus needs its truth`);
      const file = truthFile.split(path.sep).join('/');
      const truthData = parseTruth(readFileSync(path.join(root, truthFile), 'utf8'), file);
      const truth = resolveTruth(truthData, library, file);
      const paper = truthData.paper ?? path.join(corpus, id, 'paper.txt').split(path.sep).join('/');
      const text = readFileSync(path.join(root, paper), 'utf8');
      // The page's address, as an author importing a committee page has it (`npm run import -- --address`).
      const sourceFile = path.join(root, corpus, id, 'source.yaml');
      const address = existsSync(sourceFile) ? (parseDocument(readFileSync(sourceFile, 'utf8')).get('address') as string | undefined) : undefined;
      let found = EMPTY;
      let drafted: string | undefined;
      let error: string | undefined;
      try {
        const result = importPaper(text, { fileName: path.basename(paper), library, address });
        found = factsOf(result, library);
        drafted = result.report.summary;
      } catch (e) {
        error = (e as Error).message;
      }
      const truthCounts = {
        kloes: truth.kloes.length,
        judgements: truth.judgements.length,
        strengths: truth.strengths.length,
        areasForImprovement: truth.areasForImprovement.length,
        recommendations: truth.recommendations.length,
        actions: truth.actions.length,
        ragCounts: Object.keys(truth.ragCounts ?? {}).length,
        ragItems: truth.ragItems.length,
      };
      return { id, paper, seed: truthData.paper !== undefined, drafted, error, truthCounts, score: scorePaper(truth, found) };
    });
  const totals = combine(papers.map((p) => p.score.tallies));
  return { papers, totals, overall: overall(totals), unseen: overall(combine(papers.filter((p) => !p.seed).map((p) => p.score.tallies))) };
}

// ---- the report ----------------------------------------------------------------------------------

const percent = (value?: number) => (value === undefined ? '   —' : `${(value * 100).toFixed(0).padStart(3)}%`);

function rows(tallies: Record<string, Tally>, indent: string): string[] {
  const width = Math.max(12, ...Object.keys(tallies).map((k) => k.length)) + 2;
  return Object.entries(tallies)
    .filter(([, t]) => t.tp + t.fp + t.fn > 0)
    .map(([measure, t]) => {
      const r = rates(t);
      return `${indent}${measure.padEnd(width)}recall ${percent(r.recall)} (${t.tp}/${t.tp + t.fn})   precision ${percent(r.precision)} (${t.tp}/${t.tp + t.fp})`;
    });
}

/** The report `npm run import:eval` prints: per paper, then over the corpus. */
export function formatEvaluation(result: CorpusResult, options: { details?: boolean } = {}): string {
  const lines: string[] = [];
  for (const paper of result.papers) {
    const r = rates(overall(paper.score.tallies));
    lines.push(`${paper.id}: recall ${percent(r.recall)}, precision ${percent(r.precision)}${paper.drafted ? `  (drafted ${paper.drafted})` : ''}${paper.error ? `  IMPORTER FAILED: ${paper.error}` : ''}`);
    lines.push(...rows(paper.score.tallies, '  '));
    if (options.details) {
      for (const d of paper.score.differences) {
        if (d.missed !== undefined) lines.push(`    missed ${d.measure}: ${d.missed}${d.wrong !== undefined ? `  (read: ${d.wrong})` : ''}`);
        else lines.push(`    wrong  ${d.measure}: ${d.wrong}`);
      }
    }
  }
  const total = (label: string, t: Tally) => {
    const r = rates(t);
    return `  ${label.padEnd(24)}recall ${percent(r.recall)} (${t.tp}/${t.tp + t.fn})   precision ${percent(r.precision)} (${t.tp}/${t.tp + t.fp})`;
  };
  lines.push('', `Over the corpus (${result.papers.length} papers):`, ...rows(result.totals, '  '));
  lines.push(total('OVERALL', result.overall), total(`unseen papers (${result.papers.filter((p) => !p.seed).length})`, result.unseen));
  return `${lines.join('\n')}\n`;
}

/** The result as data, for `--json`. */
export function evaluationJson(result: CorpusResult) {
  const withRates = (tallies: Record<string, Tally>) => Object.fromEntries(Object.entries(tallies).map(([m, t]) => [m, { ...t, ...rates(t) }]));
  return {
    matchThreshold: MATCH_THRESHOLD,
    overall: { ...result.overall, ...rates(result.overall) },
    unseen: { ...result.unseen, ...rates(result.unseen) },
    measures: withRates(result.totals),
    papers: result.papers.map((p) => ({
      id: p.id,
      paper: p.paper,
      seed: p.seed,
      drafted: p.drafted,
      error: p.error,
      truthCounts: p.truthCounts,
      overall: { ...overall(p.score.tallies), ...rates(overall(p.score.tallies)) },
      measures: withRates(p.score.tallies),
      differences: p.score.differences,
    })),
  };
}
