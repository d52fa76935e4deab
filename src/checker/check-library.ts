/**
 * The content checker: schema, vocabularies, references, unique ids, dates in order,
 * declared counts, MDX safety and personal data, over the whole library at once. Pure: it
 * takes file texts and returns every problem it finds (never throws), plus the validated
 * documents for the tools that need them. Document kinds come from the registry
 * (`src/schemas/kinds.ts`), schema issues are worded by `error-map.ts`, and the rules across
 * fields and files are modules under `rules/`. `scripts/check.ts` is its command line; the
 * build and the tests call it too.
 */
import { existsSync } from 'node:fs';
import { z } from 'astro/zod';
import { DOCUMENT_KINDS, kindOfFile, vocabularyOfFile, type CheckedDocument, type DocumentKind, type LibraryData, type VocabularyName } from '../schemas/kinds.ts';
import { authoritySchema, frameworkSchema, themeSchema } from '../schemas/vocabularies.ts';
import type { SourceText } from './content-files.ts';
import { buildContext, vocabularyMessages, type Indexed, type Vocabularies } from './context.ts';
import { parseWithLibraryErrors, schemaProblems } from './error-map.ts';
import { Locator } from './locate.ts';
import { markupInYaml, yamlAliasProblems, yamlTextProblems } from './bounds.ts';
import { checkAuthorityLinks, checkOfficialTables } from '../official/check.ts';
import { parseOfficialTable } from '../official/load.ts';
import { officialTableOfFile, type OfficialTables } from '../official/tables.ts';
import { imageProblems } from './images.ts';
import { checkMdxBody, dangerousAddressesInYaml } from './mdx-policy.ts';
import { personalDataInBody, personalDataInYaml } from './personal-data.ts';
import { formatPath, type Problem } from './problem.ts';
import { nearest } from './suggest.ts';
import { readDocument, normaliseText, yamlEngine, yamlProblem, type ReadDocument } from './read-document.ts';
import { RULES, type Rule } from './rules/index.ts';
import { unknownThemes } from './rules/known-themes.ts';

export type { CheckedDocument, LibraryData } from '../schemas/kinds.ts';

export type { SourceText } from './content-files.ts';

export interface CheckResult {
  problems: Problem[];
  library: LibraryData;
  /** How many documents were read. */
  documentCount: number;
}

const VOCABULARY_SCHEMAS = { authorities: authoritySchema, themes: themeSchema, frameworks: frameworkSchema } as const;

/** Where a file belongs, from its path: a document of a registered kind, or a vocabulary. */
export function classify(file: string, kinds: readonly DocumentKind<never>[] = DOCUMENT_KINDS):
  | { type: 'document'; kind: DocumentKind<never>; id: string }
  | { type: 'vocabulary'; name: VocabularyName }
  | undefined {
  const doc = kindOfFile(file, kinds);
  if (doc) return { type: 'document', ...doc };
  const name = vocabularyOfFile(file);
  return name ? { type: 'vocabulary', name } : undefined;
}

/**
 * Content is data, and the library is public: the body must be safe MDX, no address may
 * run script, and neither the frontmatter nor the body may hold personal data. Runs on the
 * raw data, so these problems are reported even when the frontmatter fails its schema.
 * The images a body shows are looked at between `before` and `after` (only in a body the
 * policy let through, not one it refused as too large): they depend on the file system, so
 * they are looked at on every check, never remembered.
 */
function trustProblems(document: ReadDocument, locator: Locator): { before: Problem[]; policyPassed: boolean; after: Problem[] } {
  const { file, frontmatter, frontmatterLine, data, body, bodyLine } = document;
  const policy = checkMdxBody(file, body, bodyLine);
  return {
    before: [...yamlTextProblems(file, data, locator), ...policy],
    policyPassed: policy.length === 0,
    after: [...dangerousAddressesInYaml(file, data, locator), ...personalDataInYaml(file, data, frontmatter, frontmatterLine, locator), ...personalDataInBody(file, body, bodyLine)],
  };
}

export interface CheckOptions {
  /**
   * Documents already validated on an earlier run and unchanged since (file → frontmatter
   * data), from the check cache: they take part in the cross-document rules without being
   * read and scanned again. Only their own problems are skipped, so pass them only when
   * reporting on other files.
   */
  known?: ReadonlyMap<string, unknown>;
  /** The document kinds (default: the library's registry). */
  kinds?: readonly DocumentKind<never>[];
  /** The cross-document rules (default: all of them). */
  rules?: readonly Rule[];
  /** Whether a project-relative path exists (images a body shows); default: the file system, from the working folder. */
  fileExists?: (projectPath: string) => boolean;
}

/**
 * What the checker made of a file's text on its own (parsed, scanned, validated), kept by
 * path while the text is unchanged, so that a process checking the library again (the dev
 * server after an edit, a command checking a draft against the library, the tests) reads only
 * the files that changed. The cross-document rules always run on the whole library. Bounded,
 * so a library of thousands of files costs no more memory than a thousand. Problems are
 * copied out, as callers may add to them.
 */
class FileMemo<T> {
  private readonly entries = new Map<string, { raw: string; value: T }>();
  private readonly limit: number;
  constructor(limit: number) {
    this.limit = limit;
  }
  get(key: string, raw: string, read: () => T): T {
    const hit = this.entries.get(key);
    if (hit && hit.raw === raw) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value;
    }
    const value = read();
    this.entries.set(key, { raw, value });
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }
}
const copied = (problems: readonly Problem[]) => problems.map((problem) => ({ ...problem }));
const MEMO_FILES = 1000;
const vocabularyMemo = new FileMemo<ReturnType<typeof readVocabulary>>(MEMO_FILES);
const officialMemo = new FileMemo<ReturnType<typeof parseOfficialTable>>(MEMO_FILES);

/** A document's own reading, without its images: the problems before and after them, and its data once valid (or the schema's problems). */
interface DocumentReading {
  before: Problem[];
  after: Problem[];
  document?: ReadDocument;
  locator?: Locator;
  /** Whether the body passed the MDX policy, so its images are looked at. */
  policyPassed: boolean;
  valid?: unknown;
  schemaProblems?: Problem[];
}
/** One memo per document kind: the same text read as another kind (a kind a test registers) is another reading. */
const documentMemos = new WeakMap<DocumentKind<never>, FileMemo<DocumentReading>>();
const documentMemo = (kind: DocumentKind<never>) => {
  let memo = documentMemos.get(kind);
  if (!memo) documentMemos.set(kind, (memo = new FileMemo<DocumentReading>(MEMO_FILES)));
  return memo;
};

function readOwnDocument(source: SourceText, kind: DocumentKind<never>): DocumentReading {
  const read = readDocument(source.file, source.raw);
  if (!read.document) return { before: read.problems, after: [], policyPassed: false };
  const { document } = read;
  const locator = new Locator(document.frontmatter, document.frontmatterLine);
  const trust = trustProblems(document, locator);
  const reading = { before: [...read.problems, ...trust.before], document, locator, policyPassed: trust.policyPassed };
  const result = parseWithLibraryErrors(kind.schema as z.ZodType, document.data);
  if (result.success) return { ...reading, after: trust.after, valid: result.data };
  // A field the trust guard already refused (a javascript: address, say) gets its one, clearer message.
  const refused = new Set([...trust.before, ...trust.after].map((p) => p.field));
  const schema = schemaProblems(source.file, kind.schema as z.ZodType, document.data, result.error, locator, kind.noun).filter((p) => !refused.has(p.field));
  return { ...reading, after: trust.after, schemaProblems: schema };
}

/** Reads a vocabulary file: its entries, or the problems that keep it out. */
function readVocabulary(file: string, raw: string, name: VocabularyName): { entries?: unknown[]; problems: Problem[] } {
  const text = normaliseText(raw);
  const aliases = yamlAliasProblems(file, text, 1);
  if (aliases.length) return { problems: aliases };
  let data: unknown;
  try {
    data = yamlEngine.parse(text);
  } catch (error) {
    return { problems: [yamlProblem(file, text, 1, error)] };
  }
  const locator = new Locator(text, 1);
  // Vocabularies are content: the same checks as a document's frontmatter.
  const problems = [...yamlTextProblems(file, data, locator), ...dangerousAddressesInYaml(file, data, locator), ...markupInYaml(file, data, locator), ...personalDataInYaml(file, data, text, 1, locator)];
  if (!Array.isArray(data)) return { problems: [...problems, { file, line: 1, column: 1, field: '-', message: 'must be a YAML list of entries' }] };
  const schema = z.array(VOCABULARY_SCHEMAS[name] as z.ZodType);
  const result = parseWithLibraryErrors(schema, data);
  if (!result.success) return { problems: [...problems, ...schemaProblems(file, schema, data, result.error, locator, 'this vocabulary')] };
  const seen = new Set<string>();
  (result.data as Array<{ id: string }>).forEach((entry, index) => {
    if (seen.has(entry.id)) problems.push({ file, ...locator.locate([index, 'id']), field: `[${index}].id`, message: `"${entry.id}" is listed twice`, fix: 'ids must be unique' });
    seen.add(entry.id);
  });
  return { entries: result.data as unknown[], problems };
}

/** Checks every file given and returns all problems at once. */
export function checkLibrary(sources: SourceText[], options: CheckOptions = {}): CheckResult {
  const kinds = options.kinds ?? DOCUMENT_KINDS;
  const problems: Problem[] = [];
  const vocab: Vocabularies = { authorities: [], themes: [], frameworks: [] };
  const official: Partial<OfficialTables> = {};
  const docs: Indexed[] = [];
  const bodies = new Map<Indexed, { body: string; bodyLine: number }>();
  /** Documents that failed the schema: still checked against the vocabularies, so one run reports all. */
  const invalid: Array<{ file: string; data: unknown; locator: Locator; schemaProblems: Problem[] }> = [];
  let documentCount = 0;

  for (const source of sources) {
    if (source.problems?.length) {
      problems.push(...source.problems);
      if (kindOfFile(source.file, kinds)) documentCount++;
      continue;
    }
    const table = officialTableOfFile(source.file);
    if (table) {
      const parsed = officialMemo.get(source.file, source.raw, () => parseOfficialTable(table, source.raw, source.file));
      problems.push(...copied(parsed.problems));
      official[table] = parsed.rows as never;
      continue;
    }
    const place = classify(source.file, kinds);
    if (!place) continue;
    if (place.type === 'vocabulary') {
      const read = vocabularyMemo.get(source.file, source.raw, () => readVocabulary(source.file, source.raw, place.name));
      problems.push(...copied(read.problems));
      if (read.entries) (vocab[place.name] as unknown[]).push(...read.entries);
      continue;
    }
    documentCount++;
    const { kind, id } = place;
    if (options.known?.has(source.file)) {
      // A cached document is trusted only while it still passes its schema: a schema change
      // the cache missed must not let stale data through unchecked.
      const cached = kind.schema.safeParse(options.known.get(source.file));
      if (!cached.success) {
        problems.push({ file: source.file, line: 1, column: 1, field: '-', message: "the check cache's copy of this document no longer passes the schema", fix: 'run `npm run check` with no file names, which re-reads every document and refreshes the cache' });
        continue;
      }
      const doc: Indexed = { id, file: source.file, kind, data: cached.data, locator: new Locator('', 1) };
      docs.push(doc);
      bodies.set(doc, { body: '', bodyLine: 1 });
      continue;
    }
    const reading = documentMemo(kind).get(source.file, source.raw, () => readOwnDocument(source, kind));
    const { document, locator } = reading;
    const images = document && reading.policyPassed ? imageProblems(source.file, document.body, document.bodyLine, options.fileExists ?? existsSync) : [];
    // Copies: the rest of the check adds suggestions to the schema's problems.
    const schema = reading.schemaProblems && copied(reading.schemaProblems);
    problems.push(...copied(reading.before), ...images, ...copied(reading.after), ...(schema ?? []));
    if (!document || !locator) continue;
    if (schema) {
      invalid.push({ file: source.file, data: document.data, locator, schemaProblems: schema });
      continue;
    }
    const text = { frontmatter: document.frontmatter, frontmatterLine: document.frontmatterLine, body: document.body, bodyLine: document.bodyLine };
    const doc: Indexed = { id, file: source.file, kind, data: reading.valid, locator, text };
    docs.push(doc);
    bodies.set(doc, { body: document.body, bodyLine: document.bodyLine });
  }

  const context = buildContext(docs, vocab);
  for (const rule of options.rules ?? RULES) problems.push(...rule.check(context));
  for (const doc of invalid) {
    problems.push(...vocabularyProblemsInRaw(doc.file, doc.data, doc.locator, vocab));
    for (const problem of doc.schemaProblems) problem.suggestion ??= scaleSuggestion(problem.field, doc.data, vocab);
  }
  // Ofsted's statistics name councils, frameworks and grades: checked against the vocabularies.
  if (official.inspections && official.latest) problems.push(...checkOfficialTables(official as OfficialTables, vocab));
  else if (vocab.authorities.length) problems.push(...checkAuthorityLinks(vocab.authorities));

  const ofKind = <T>(kind: DocumentKind<never>): CheckedDocument<T>[] =>
    docs
      .filter((doc) => doc.kind === kind)
      .map((doc) => ({ id: doc.id, file: doc.file, data: doc.data as T, ...bodies.get(doc)! }))
      .sort((a, b) => a.id.localeCompare(b.id));
  const byCollection = (collection: string) => {
    const kind = kinds.find((k) => k.collection === collection);
    return kind ? ofKind<never>(kind) : [];
  };
  const others = Object.fromEntries(kinds.filter((k) => !['reviews', 'plans', 'updates'].includes(k.collection)).map((k) => [k.collection, ofKind<unknown>(k)]));

  return {
    problems,
    documentCount,
    library: {
      reviews: byCollection('reviews'),
      plans: byCollection('plans'),
      updates: byCollection('updates'),
      ...(Object.keys(others).length ? { others } : {}),
      ...vocab,
      ...(official.inspections && official.latest ? { official: official as OfficialTables } : {}),
    } as LibraryData,
  };
}

/**
 * "Good" for `good`, "requires improvement" for `requires-improvement`, "SIF" for `sif`: the
 * id meant by a framework or grade written as people write it, for the schema's message.
 */
function scaleSuggestion(field: string, data: unknown, vocab: Vocabularies): string | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const value = field.split(/\.|\[(\d+)\]/).filter(Boolean).reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), data);
  if (typeof value !== 'string') return undefined;
  if (field === 'framework') return nearest(value, vocab.frameworks.map((f) => ({ value: f.id, aliases: [f.shortName, f.name] })));
  if (!/(?:^|\.)grade$/.test(field)) return undefined;
  const named = vocab.frameworks.find((f) => f.id === (data as { framework?: unknown }).framework);
  const grades = (named ? [named] : vocab.frameworks).flatMap((f) => f.grades);
  return nearest(value, [...new Map(grades.map((g) => [g.id, { value: g.id, aliases: [g.label] }])).values()]);
}

/**
 * For a document that failed the schema: its authority and themes, wherever they are
 * readable, so the author sees those problems in the same run as the schema's.
 */
function vocabularyProblemsInRaw(file: string, data: unknown, locator: Locator, vocab: Vocabularies): Problem[] {
  if (!data || typeof data !== 'object') return [];
  const words = vocabularyMessages(vocab);
  const problem = (path: PropertyKey[], found: { message: string; fix: string; suggestion: string | undefined }): Problem =>
    ({ file, ...locator.locate(path), field: formatPath(path), message: found.message, fix: found.fix, suggestion: found.suggestion });
  const authority = (data as Record<string, unknown>).authority;
  return [
    ...(typeof authority === 'string' && authority && !words.authorityIds.has(authority) ? [problem(['authority'], words.unknownAuthority(authority))] : []),
    ...unknownThemes(words, data, problem),
  ];
}
