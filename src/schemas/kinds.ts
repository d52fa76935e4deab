/**
 * The registry of document kinds: for each kind, its collection (and content folder), its
 * schema, the words used for it, the rule its file names follow, its title and its route.
 * The checker, the documents' loader, the JSON Schemas, the open-data exports, the
 * scaffolder and the pages derive from this list, so a new kind is one entry here plus its
 * schema module (CONTRIBUTING, "Extending the model").
 *
 * Tools take the registry as a value (`DOCUMENT_KINDS` by default), so a test can register
 * a kind of its own and prove that it gets checking, a JSON Schema and an export.
 */
import type { z } from 'astro/zod';
import { planSchema, type PlanData } from './plan.ts';
import { reviewSchema, type ReviewData } from './review.ts';
import { updateSchema, type UpdateData } from './update.ts';
import type { Authority, Framework, Theme } from './vocabularies.ts';

/** What a file's name should be, given its data; `undefined` when the name is right. */
export interface NameAdvice {
  message: string;
  fix: string;
}

export interface DocumentKind<Data = unknown> {
  /** Singular id, used in commands and schema file names: `review`. */
  id: string;
  /** The collection, its content folder (`content/<collection>/`) and its route (`/<collection>/<id>/`). */
  collection: string;
  /** The kind with its article, for messages: "a review". */
  noun: string;
  /** The kind as a heading: "Review". */
  label: string;
  /** Plural heading: "Reviews". */
  plural: string;
  /** The frontmatter's schema. */
  schema: z.ZodType<Data>;
  /** Title of its JSON Schema. */
  schemaTitle: string;
  /** How its files are named, for authors: `<authority>/<yyyy-mm>-<kind>.mdx`. */
  pathPattern: string;
  /** Checks a file's name (the part after the authority folder) against its data. */
  checkName(name: string, data: Data): NameAdvice | undefined;
  /** The date a document of this kind is listed and sorted by (partial dates allowed). */
  date(data: Data): string;
  /** Its title as readers see it in lists and feeds. */
  title(data: Data): string;
}

/** A document as validated: its id (`<authority>/<name>`), file, frontmatter and body. */
export interface CheckedDocument<T> {
  id: string;
  file: string;
  data: T;
  body: string;
  bodyLine: number;
}

/** The library as validated data: what the derived functions and exports work on. */
export interface LibraryData {
  reviews: CheckedDocument<ReviewData>[];
  plans: CheckedDocument<PlanData>[];
  updates: CheckedDocument<UpdateData>[];
  /** Documents of kinds beyond the three built in, by collection (a registry may add kinds). */
  others?: Record<string, CheckedDocument<unknown>[]>;
  authorities: Authority[];
  themes: Theme[];
  frameworks: Framework[];
  /** Ofsted's statistics (`content/official/`), when they were read. */
  official?: { inspections: unknown[]; latest: unknown[] };
}

const article = (word: string) => (/^[aeiou]/.test(word) ? 'an' : 'a');

export const reviewKind: DocumentKind<ReviewData> = {
  id: 'review',
  collection: 'reviews',
  noun: 'a review',
  label: 'Review',
  plural: 'Reviews',
  schema: reviewSchema,
  schemaTitle: 'Review (inspection, peer review, monitoring visit…) frontmatter',
  pathPattern: '<authority>/<yyyy-mm>-<kind>.mdx',
  checkName(name, data) {
    const datePrefix = data.fieldwork.from.slice(0, 7);
    const ok = name.endsWith(`-${data.kind}`) && (name.startsWith(`${datePrefix}-`) || name === `${data.fieldwork.from.slice(0, 4)}-${data.kind}`);
    if (ok) return undefined;
    return {
      message: `is named "${name}" but ${article(data.kind)} ${data.kind} with fieldwork from ${data.fieldwork.from} should be named "${datePrefix}-${data.kind}.mdx"`,
      fix: 'rename the file: reviews are named <yyyy-mm>-<kind>, by the month fieldwork began',
    };
  },
  date: (data) => data.fieldwork.from,
  title: (data) => data.title,
};

export const planKind: DocumentKind<PlanData> = {
  id: 'plan',
  collection: 'plans',
  noun: 'a plan',
  label: 'Plan',
  plural: 'Plans',
  schema: planSchema,
  schemaTitle: 'Improvement or action plan frontmatter',
  pathPattern: '<authority>/<yyyy-mm>-<name>.mdx',
  checkName: () => undefined,
  date: (data) => data.published,
  title: (data) => data.title,
};

export const updateKind: DocumentKind<UpdateData> = {
  id: 'update',
  collection: 'updates',
  noun: 'an update',
  label: 'Update',
  plural: 'Updates',
  schema: updateSchema,
  schemaTitle: 'Plan progress update frontmatter',
  pathPattern: '<authority>/<yyyy-mm>-<plan name>-update.mdx',
  checkName(name, data) {
    if (name.startsWith(data.asOf.slice(0, 7))) return undefined;
    return {
      message: `is named "${name}" but its asOf is ${data.asOf}`,
      fix: `updates are named <yyyy-mm>-<plan name>-update by their asOf month: start the name with "${data.asOf.slice(0, 7)}"`,
    };
  },
  date: (data) => data.asOf,
  title: (data) => data.title,
};

/** The kinds the library ships with. */
export const DOCUMENT_KINDS: readonly DocumentKind<never>[] = [reviewKind, planKind, updateKind] as DocumentKind<never>[];

/** A document's id and kind from its path: `content/<collection>/<authority>/<name>.mdx`. */
export function kindOfFile(file: string, kinds: readonly DocumentKind<never>[] = DOCUMENT_KINDS): { kind: DocumentKind<never>; id: string } | undefined {
  const match = file.match(/(?:^|\/)content\/([a-z0-9-]+)\/(.+)\.mdx$/);
  const kind = match && kinds.find((k) => k.collection === match[1]);
  return kind ? { kind, id: match[2]! } : undefined;
}

/** The vocabularies: each a YAML list under `content/vocabularies/`. */
export const VOCABULARY_NAMES = ['authorities', 'themes', 'frameworks'] as const;
export type VocabularyName = (typeof VOCABULARY_NAMES)[number];

/** Which vocabulary a file is, from its path (`content/vocabularies/<name>.yaml`). */
export function vocabularyOfFile(file: string): VocabularyName | undefined {
  const match = file.match(/(?:^|\/)content\/vocabularies\/([a-z]+)\.ya?ml$/);
  return match && (VOCABULARY_NAMES as readonly string[]).includes(match[1]!) ? (match[1] as VocabularyName) : undefined;
}

/** The collections of the built-in kinds. */
export type Collection = 'reviews' | 'plans' | 'updates';
