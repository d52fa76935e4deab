/**
 * What every cross-document rule needs, built once per check: the validated documents by
 * kind and id, the vocabularies as sets with their "did you mean" candidates, the items a
 * plan may answer, and a helper that locates a problem at a field of a document.
 */
import type { DocumentKind } from '../schemas/kinds.ts';
import type { PlanData } from '../schemas/plan.ts';
import type { ReviewData } from '../schemas/review.ts';
import { FINDING_TYPES, type FindingType } from '../schemas/scales.ts';
import type { UpdateData } from '../schemas/update.ts';
import type { Authority, Framework, Theme } from '../schemas/vocabularies.ts';
import type { Locator } from './locate.ts';
import { formatPath, type Problem } from './problem.ts';
import { nearest, type Candidate } from './suggest.ts';

/** A document that passed its schema, with what is needed to locate its fields. */
export interface Indexed<T = unknown> {
  id: string;
  file: string;
  kind: DocumentKind<never>;
  data: T;
  locator: Locator;
  /** The file's text as read (absent for a document taken from the check cache, which passed before). */
  text?: { frontmatter: string; frontmatterLine: number; body: string; bodyLine: number };
}

export interface Vocabularies {
  authorities: Authority[];
  themes: Theme[];
  frameworks: Framework[];
}

export interface Suggested {
  message: string;
  fix: string;
  suggestion: string | undefined;
}

export interface CheckContext {
  docs: Indexed[];
  reviews: Map<string, Indexed<ReviewData>>;
  plans: Map<string, Indexed<PlanData>>;
  updates: Indexed<UpdateData>[];
  vocab: Vocabularies;
  authorityIds: Set<string>;
  themeIds: Set<string>;
  frameworks: Map<string, Framework>;
  /** Review id → item id → finding type: the items a reference may point at. */
  addressable: Map<string, Map<string, FindingType>>;
  /** A problem at a field of a document. */
  at(doc: Indexed<unknown>, path: PropertyKey[], message: string, extra?: Partial<Problem>, key?: boolean): Problem;
  unknownAuthority(authority: string): Suggested;
  unknownTheme(theme: string): Suggested;
}

/** The vocabularies' "not known" messages, shared by the rules and the check of documents that failed their schema. */
export function vocabularyMessages(vocab: Vocabularies) {
  const authorityCandidates: Candidate[] = vocab.authorities.map((a) => ({ value: a.id, aliases: [a.name, a.shortName] }));
  const themeCandidates: Candidate[] = vocab.themes.map((t) => ({ value: t.id, aliases: [t.label, ...t.synonyms] }));
  return {
    authorityIds: new Set(vocab.authorities.map((a) => a.id)),
    themeIds: new Set(vocab.themes.map((t) => t.id)),
    unknownAuthority: (authority: string): Suggested => ({
      message: `"${authority}" is not in the authorities vocabulary`,
      fix: 'use an authority slug from content/vocabularies/authorities.yaml (add the authority there if it is new)',
      suggestion: nearest(authority, authorityCandidates),
    }),
    unknownTheme: (theme: string): Suggested => ({
      message: `"${theme}" is not a theme`,
      fix: 'use a theme id from content/vocabularies/themes.yaml',
      suggestion: nearest(theme, themeCandidates),
    }),
  };
}

export function buildContext(docs: Indexed[], vocab: Vocabularies): CheckContext {
  const byCollection = <T>(collection: string) => docs.filter((doc) => doc.kind.collection === collection) as Indexed<T>[];
  const reviews = new Map(byCollection<ReviewData>('reviews').map((doc) => [doc.id, doc]));
  const addressable = new Map<string, Map<string, FindingType>>();
  for (const review of reviews.values()) {
    const items = new Map<string, FindingType>();
    for (const type of FINDING_TYPES) for (const item of review.data[type.list]) items.set(item.id, type.id);
    addressable.set(review.id, items);
  }
  return {
    docs,
    reviews,
    plans: new Map(byCollection<PlanData>('plans').map((doc) => [doc.id, doc])),
    updates: byCollection<UpdateData>('updates'),
    vocab,
    frameworks: new Map(vocab.frameworks.map((f) => [f.id, f])),
    addressable,
    ...vocabularyMessages(vocab),
    at: (doc, path, message, extra = {}, key = false) => ({ file: doc.file, ...doc.locator.locate(path, { key }), field: formatPath(path), message, ...extra }),
  };
}

/** Compares partial dates as spans: `a` is after `b` only if a's start is after b's end. */
export function isAfter(a: string, b: string): boolean {
  const end = (d: string) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);
  const start = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
  return start(a) > end(b);
}

/** A problem when `later` is before `earlier` (both partial dates), at `laterPath`. */
export function outOfOrder(
  context: CheckContext,
  doc: Indexed<unknown>,
  earlierPath: PropertyKey[],
  earlier: string | undefined,
  laterPath: PropertyKey[],
  later: string | undefined,
  fix: string,
): Problem[] {
  if (!earlier || !later || !isAfter(earlier, later)) return [];
  return [context.at(doc, laterPath, `(${later}) is before ${formatPath(earlierPath)} (${earlier})`, { fix })];
}
