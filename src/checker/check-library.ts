/**
 * The content checker: schema, vocabularies, references, unique ids, dates in order,
 * declared counts, MDX safety and personal data, over the whole library at once. Pure: it
 * takes file texts and returns every problem it finds (never throws), plus the validated
 * documents for the tools that need them. `scripts/check.ts` is its command line; the
 * build and the tests call it too.
 */
import { z } from 'astro/zod';
import { authoritySchema, frameworkSchema, themeSchema } from '../schemas/vocabularies.ts';
import type { Authority, Framework, Theme } from '../schemas/vocabularies.ts';
import { planSchema, type PlanData } from '../schemas/plan.ts';
import { reviewSchema, type ReviewData } from '../schemas/review.ts';
import { updateSchema, type UpdateData } from '../schemas/update.ts';
import { Locator } from './locate.ts';
import { checkMdxBody, dangerousAddressesInYaml } from './mdx-policy.ts';
import { personalDataInBody, personalDataInYaml } from './personal-data.ts';
import { formatPath, type Problem } from './problem.ts';
import { normaliseText, readDocument, yamlEngine, yamlProblem, type ReadDocument } from './read-document.ts';
import { nearest, type Candidate } from './suggest.ts';

export type Collection = 'reviews' | 'plans' | 'updates';
export type VocabularyName = 'authorities' | 'themes' | 'frameworks';

export interface SourceText {
  /** Path relative to the project root, forward slashes, e.g. `content/reviews/bromley/2016-04-inspection.mdx`. */
  file: string;
  raw: string;
}

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
  authorities: Authority[];
  themes: Theme[];
  frameworks: Framework[];
}

export interface CheckResult {
  problems: Problem[];
  library: LibraryData;
  /** How many documents were read. */
  documentCount: number;
}

const KIND_NOUN: Record<Collection, string> = { reviews: 'a review', plans: 'a plan', updates: 'an update' };
const SCHEMAS = { reviews: reviewSchema, plans: planSchema, updates: updateSchema } as const;
const VOCABULARY_SCHEMAS = { authorities: authoritySchema, themes: themeSchema, frameworks: frameworkSchema } as const;

/** Where a file belongs, from its path: `content/<collection>/<authority>/<name>.mdx`. */
export function classify(file: string):
  | { type: 'document'; collection: Collection; id: string }
  | { type: 'vocabulary'; name: VocabularyName }
  | undefined {
  const doc = file.match(/(?:^|\/)content\/(reviews|plans|updates)\/(.+)\.mdx$/);
  if (doc) return { type: 'document', collection: doc[1] as Collection, id: doc[2]! };
  const vocabulary = file.match(/(?:^|\/)content\/vocabularies\/(authorities|themes|frameworks)\.ya?ml$/);
  if (vocabulary) return { type: 'vocabulary', name: vocabulary[1] as VocabularyName };
  return undefined;
}

/** The zod schema at a data path, to list the fields an object may have (for "did you mean"). */
function schemaAt(schema: z.ZodType, path: ReadonlyArray<PropertyKey>): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  const unwrap = (s: z.ZodType | undefined): z.ZodType | undefined => {
    let node = s as { _zod: { def: Record<string, unknown> } } | undefined;
    for (let guard = 0; node && guard < 10; guard++) {
      const def = node._zod.def;
      if (['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch'].includes(def.type as string)) {
        node = def.innerType as typeof node;
      } else if (def.type === 'pipe') {
        node = def.in as typeof node;
      } else break;
    }
    return node as z.ZodType | undefined;
  };
  current = unwrap(current);
  for (const segment of path) {
    const def = (current as unknown as { _zod: { def: Record<string, unknown> } } | undefined)?._zod.def;
    if (!def) return undefined;
    if (def.type === 'object') current = unwrap((def.shape as Record<string, z.ZodType>)[String(segment)]);
    else if (def.type === 'array') current = unwrap(def.element as z.ZodType);
    else if (def.type === 'record') current = unwrap(def.valueType as z.ZodType);
    else return undefined;
  }
  return current;
}

function objectKeys(schema: z.ZodType | undefined): string[] {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> } } | undefined)?._zod.def;
  return def?.type === 'object' ? Object.keys(def.shape as object) : [];
}

function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment as string];
  }
  return current;
}

const TYPE_WORDS: Record<string, string> = {
  array: 'a list (write [first, second] or one "- item" per line)',
  object: 'a group of fields (indented "key: value" lines)',
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
};

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'empty';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `${typeof value} ${String(value)}`;
}

/** Turns zod issues into located, plain-English problems. */
function schemaProblems(
  file: string,
  schema: z.ZodType,
  data: unknown,
  error: z.ZodError,
  locator: Locator,
  noun: string,
): Problem[] {
  const problems: Problem[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const allowed = objectKeys(schemaAt(schema, issue.path));
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        const position = locator.locate(path, { key: true });
        const suggestion = nearest(key, allowed);
        problems.push({
          file,
          ...position,
          field: formatPath(path),
          message: issue.path.length === 0 ? `is not a field of ${noun}` : `is not a field here`,
          fix: suggestion ? 'rename it' : `remove it; the fields allowed here are ${allowed.join(', ')}`,
          suggestion,
        });
      }
      continue;
    }
    const value = valueAt(data, issue.path);
    const position = locator.locate(issue.path, { key: value === undefined });
    const field = formatPath(issue.path);
    if (value === undefined && issue.code === 'invalid_type') {
      const key = issue.path.at(-1);
      problems.push({
        file,
        ...position,
        field,
        message: 'is required but missing',
        fix: typeof key === 'string' ? `add \`${key}:\` (${issue.message})` : issue.message,
      });
      continue;
    }
    if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input')) {
      problems.push({ file, ...position, field, message: `must be ${TYPE_WORDS[issue.expected] ?? issue.expected}, not ${describe(value)}` });
      continue;
    }
    let suggestion: string | undefined;
    if (issue.code === 'invalid_value' && typeof value === 'string') {
      suggestion = nearest(value, issue.values.map(String));
    }
    problems.push({ file, ...position, field, message: issue.message, suggestion });
  }
  return problems;
}

/** Compares partial dates as spans: `a` is after `b` only if a's start is after b's end. */
function isAfter(a: string, b: string): boolean {
  const end = (d: string) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);
  const start = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
  return start(a) > end(b);
}

interface Indexed<T> {
  id: string;
  file: string;
  collection: Collection;
  data: T;
  locator: Locator;
}

/**
 * Content is data, and the library is public: the body must be safe MDX, no address may
 * run script, and neither the frontmatter nor the body may hold personal data. Runs on the
 * raw data, so these problems are reported even when the frontmatter fails its schema.
 */
function trustProblems(document: ReadDocument, locator: Locator): Problem[] {
  const { file, frontmatter, frontmatterLine, data, body, bodyLine } = document;
  return [
    ...checkMdxBody(file, body, bodyLine),
    ...dangerousAddressesInYaml(file, data, locator),
    ...personalDataInYaml(file, data, frontmatter, frontmatterLine, locator),
    ...personalDataInBody(file, body, bodyLine),
  ];
}

export interface CheckOptions {
  /**
   * Documents already validated on an earlier run and unchanged since (file → frontmatter
   * data), from the check cache: they take part in the cross-document rules without being
   * read, parsed and scanned again. Only their own problems are skipped, so pass them only
   * when reporting on other files.
   */
  known?: ReadonlyMap<string, unknown>;
}

/** Checks every file given and returns all problems at once. */
export function checkLibrary(sources: SourceText[], options: CheckOptions = {}): CheckResult {
  const problems: Problem[] = [];
  const vocab = { authorities: [] as Authority[], themes: [] as Theme[], frameworks: [] as Framework[] };
  const docs: Indexed<ReviewData | PlanData | UpdateData>[] = [];
  const bodies = new Map<string, { body: string; bodyLine: number }>();
  /** Documents that failed the schema: still checked against the vocabularies, so one run reports all. */
  const invalid: Array<{ file: string; data: unknown; locator: Locator }> = [];
  let documentCount = 0;

  for (const source of sources) {
    const kind = classify(source.file);
    if (!kind) continue;
    if (kind.type === 'vocabulary') {
      const text = normaliseText(source.raw);
      let data: unknown;
      try {
        data = yamlEngine.parse(text);
      } catch (error) {
        problems.push(yamlProblem(source.file, text, 1, error));
        continue;
      }
      const locator = new Locator(text, 1);
      problems.push(...personalDataInYaml(source.file, data, text, 1, locator));
      if (!Array.isArray(data)) {
        problems.push({ file: source.file, line: 1, column: 1, field: '-', message: 'must be a YAML list of entries' });
        continue;
      }
      const schema = z.array(VOCABULARY_SCHEMAS[kind.name]);
      const result = schema.safeParse(data);
      if (!result.success) {
        problems.push(...schemaProblems(source.file, schema, data, result.error, locator, 'this vocabulary'));
        continue;
      }
      const seen = new Set<string>();
      result.data.forEach((entry, index) => {
        if (seen.has(entry.id)) {
          problems.push({ file: source.file, ...locator.locate([index, 'id']), field: `[${index}].id`, message: `"${entry.id}" is listed twice`, fix: 'ids must be unique' });
        }
        seen.add(entry.id);
      });
      (vocab[kind.name] as unknown[]).push(...result.data);
      continue;
    }

    documentCount++;
    if (options.known?.has(source.file)) {
      docs.push({ id: kind.id, file: source.file, collection: kind.collection, data: options.known.get(source.file) as ReviewData, locator: new Locator('', 1) });
      bodies.set(kind.id + '@' + kind.collection, { body: '', bodyLine: 1 });
      continue;
    }
    const read = readDocument(source.file, source.raw);
    problems.push(...read.problems);
    if (!read.document) continue;
    const { document } = read;
    const locator = new Locator(document.frontmatter, document.frontmatterLine);
    const trust = trustProblems(document, locator);
    problems.push(...trust);
    const schema = SCHEMAS[kind.collection];
    const result = schema.safeParse(document.data);
    if (!result.success) {
      // A field the trust guard already refused (a javascript: address, say) gets its one, clearer message.
      const refused = new Set(trust.map((p) => p.field));
      problems.push(...schemaProblems(source.file, schema, document.data, result.error, locator, KIND_NOUN[kind.collection]).filter((p) => !refused.has(p.field)));
      invalid.push({ file: source.file, data: document.data, locator });
      continue;
    }
    docs.push({ id: kind.id, file: source.file, collection: kind.collection, data: result.data, locator });
    bodies.set(kind.id + '@' + kind.collection, { body: document.body, bodyLine: document.bodyLine });
  }

  problems.push(...crossCheck(docs, vocab));
  for (const doc of invalid) problems.push(...vocabularyProblemsInRaw(doc.file, doc.data, doc.locator, vocab));

  const byCollection = <T>(collection: Collection) =>
    docs
      .filter((doc) => doc.collection === collection)
      .map((doc) => ({ id: doc.id, file: doc.file, data: doc.data as T, ...bodies.get(doc.id + '@' + collection)! }))
      .sort((a, b) => a.id.localeCompare(b.id));

  return {
    problems,
    documentCount,
    library: {
      reviews: byCollection<ReviewData>('reviews'),
      plans: byCollection<PlanData>('plans'),
      updates: byCollection<UpdateData>('updates'),
      ...vocab,
    },
  };
}

type Vocabularies = { authorities: Authority[]; themes: Theme[]; frameworks: Framework[] };

/** "Not in the vocabulary" problems, shared by the full cross-check and the raw-data check. */
function vocabularyMessages(vocab: Vocabularies) {
  const authorityIds = new Set(vocab.authorities.map((a) => a.id));
  const authorityCandidates: Candidate[] = vocab.authorities.map((a) => ({ value: a.id, aliases: [a.name, a.shortName] }));
  const themeIds = new Set(vocab.themes.map((t) => t.id));
  const themeCandidates: Candidate[] = vocab.themes.map((t) => ({ value: t.id, aliases: [t.label, ...t.synonyms] }));
  return {
    authorityIds,
    themeIds,
    unknownAuthority: (authority: string) => ({
      message: `"${authority}" is not in the authorities vocabulary`,
      fix: 'use an authority slug from content/vocabularies/authorities.yaml (add the authority there if it is new)',
      suggestion: nearest(authority, authorityCandidates),
    }),
    unknownTheme: (theme: string) => ({
      message: `"${theme}" is not a theme`,
      fix: 'use a theme id from content/vocabularies/themes.yaml',
      suggestion: nearest(theme, themeCandidates),
    }),
  };
}

/**
 * For a document that failed the schema: its authority and themes, wherever they are
 * readable, so the author sees those problems in the same run as the schema's.
 */
function vocabularyProblemsInRaw(file: string, data: unknown, locator: Locator, vocab: Vocabularies): Problem[] {
  if (!data || typeof data !== 'object') return [];
  const record = data as Record<string, unknown>;
  const words = vocabularyMessages(vocab);
  const problems: Problem[] = [];
  const at = (path: PropertyKey[], found: { message: string; fix: string; suggestion: string | undefined }) =>
    problems.push({ file, ...locator.locate(path), field: formatPath(path), message: found.message, fix: found.fix, suggestion: found.suggestion });
  if (typeof record.authority === 'string' && record.authority && !words.authorityIds.has(record.authority)) {
    at(['authority'], words.unknownAuthority(record.authority));
  }
  for (const list of ['strengths', 'areasForImprovement', 'recommendations', 'actions']) {
    const items = record[list];
    if (!Array.isArray(items)) continue;
    items.forEach((item, i) => {
      const themes = (item as { themes?: unknown } | null)?.themes;
      if (!Array.isArray(themes)) return;
      themes.forEach((theme, k) => {
        if (typeof theme === 'string' && theme && !words.themeIds.has(theme)) at([list, i, 'themes', k], words.unknownTheme(theme));
      });
    });
  }
  return problems;
}

/** Rules that need more than one field or more than one file. */
function crossCheck(
  docs: Indexed<ReviewData | PlanData | UpdateData>[],
  vocab: { authorities: Authority[]; themes: Theme[]; frameworks: Framework[] },
): Problem[] {
  const problems: Problem[] = [];
  const { authorityIds, themeIds, unknownAuthority, unknownTheme } = vocabularyMessages(vocab);
  const frameworks = new Map(vocab.frameworks.map((f) => [f.id, f]));

  const reviews = new Map<string, Indexed<ReviewData>>();
  const plans = new Map<string, Indexed<PlanData>>();
  const idOwners = new Map<string, Indexed<unknown>>();
  for (const doc of docs) {
    const previous = idOwners.get(doc.id);
    if (previous) {
      problems.push({
        file: doc.file, line: 1, column: 1, field: '-',
        message: `has the same document id "${doc.id}" as ${previous.file}`,
        fix: 'document ids must be unique across reviews and plans: rename one file',
      });
    }
    idOwners.set(doc.id, doc as Indexed<unknown>);
    if (doc.collection === 'reviews') reviews.set(doc.id, doc as Indexed<ReviewData>);
    if (doc.collection === 'plans') plans.set(doc.id, doc as Indexed<PlanData>);
  }

  /** Items a reference may point at: review findings that can be answered, by id. */
  const addressable = new Map<string, Map<string, string>>();
  for (const review of reviews.values()) {
    const items = new Map<string, string>();
    for (const s of review.data.strengths) items.set(s.id, 'strength');
    for (const a of review.data.areasForImprovement) items.set(a.id, 'area-for-improvement');
    for (const r of review.data.recommendations) items.set(r.id, 'recommendation');
    addressable.set(review.id, items);
  }

  const at = (doc: Indexed<unknown>, path: PropertyKey[], message: string, extra: Partial<Problem> = {}, key = false): Problem => ({
    file: doc.file,
    ...doc.locator.locate(path, { key }),
    field: formatPath(path),
    message,
    ...extra,
  });

  const checkAuthority = (doc: Indexed<{ authority: string }>) => {
    const { authority } = doc.data;
    if (!authorityIds.has(authority)) {
      const found = unknownAuthority(authority);
      problems.push(at(doc, ['authority'], found.message, { fix: found.fix, suggestion: found.suggestion }));
    }
    const folder = doc.id.split('/')[0];
    if (folder !== authority && authorityIds.has(authority)) {
      problems.push(at(doc, ['authority'], `is "${authority}" but the file is in the folder "${folder}"`, {
        fix: `move the file to content/${doc.collection}/${authority}/ or correct the authority`,
      }));
    }
  };
  const checkThemes = (doc: Indexed<unknown>, path: PropertyKey[], themes: string[]) => {
    themes.forEach((theme, index) => {
      if (!themeIds.has(theme)) {
        const found = unknownTheme(theme);
        problems.push(at(doc, [...path, index], found.message, { fix: found.fix, suggestion: found.suggestion }));
      }
    });
  };
  const checkUnique = (doc: Indexed<unknown>, entries: Array<{ id: string; path: PropertyKey[] }>) => {
    const seen = new Map<string, string>();
    for (const entry of entries) {
      const first = seen.get(entry.id);
      if (first) {
        problems.push(at(doc, [...entry.path, 'id'], `"${entry.id}" is used twice in this document (first at ${first})`, {
          fix: 'give every item its own id; published ids never change, so renumber only the new item',
        }));
      } else seen.set(entry.id, formatPath(entry.path));
    }
  };
  const checkOrder = (doc: Indexed<unknown>, earlierPath: PropertyKey[], earlier: string | undefined, laterPath: PropertyKey[], later: string | undefined, what: string) => {
    if (earlier && later && isAfter(earlier, later)) {
      problems.push(at(doc, laterPath, `(${later}) is before ${formatPath(earlierPath)} (${earlier})`, { fix: what }));
    }
  };
  const fileName = (doc: Indexed<unknown>) => doc.id.split('/').slice(1).join('/');

  for (const review of reviews.values()) {
    const data = review.data;
    checkAuthority(review);
    const name = fileName(review);
    const datePrefix = data.fieldwork.from.slice(0, 7);
    if (!name.endsWith(`-${data.kind}`) || !(name.startsWith(`${datePrefix}-`) || name === `${data.fieldwork.from.slice(0, 4)}-${data.kind}`)) {
      problems.push({
        file: review.file, line: 1, column: 1, field: '-',
        message: `is named "${name}" but ${/^[aeiou]/.test(data.kind) ? 'an' : 'a'} ${data.kind} with fieldwork from ${data.fieldwork.from} should be named "${datePrefix}-${data.kind}.mdx"`,
        fix: 'rename the file: reviews are named <yyyy-mm>-<kind>, by the month fieldwork began',
      });
    }
    checkOrder(review, ['fieldwork', 'from'], data.fieldwork.from, ['fieldwork', 'to'], data.fieldwork.to, 'fieldwork must end after it starts');
    checkOrder(review, ['fieldwork', 'from'], data.fieldwork.from, ['published'], data.published, 'a review is published after its fieldwork');
    data.reportedIn.forEach((paper, index) =>
      checkOrder(review, ['fieldwork', 'from'], data.fieldwork.from, ['reportedIn', index, 'date'], paper.date, 'a committee cannot discuss a review before it happened'),
    );

    const framework = data.framework ? frameworks.get(data.framework) : undefined;
    if (data.framework && !framework) {
      problems.push(at(review, ['framework'], `"${data.framework}" is not a framework`, {
        fix: 'use a framework id from content/vocabularies/frameworks.yaml',
        suggestion: nearest(data.framework, vocab.frameworks.map((f) => ({ value: f.id, aliases: [f.shortName, f.name] }))),
      }));
    }
    const checkGrade = (path: PropertyKey[], grade: string) => {
      if (!data.framework) {
        problems.push(at(review, path, 'is a grade, but the review names no framework', { fix: 'add `framework:` so the grade can be checked against its scale' }));
        return;
      }
      if (!framework) return;
      if (!framework.grades.some((g) => g.id === grade)) {
        problems.push(at(review, path, `"${grade}" is not on the ${framework.shortName} scale (${framework.grades.map((g) => g.id).join(', ')})`, {
          suggestion: nearest(grade, framework.grades.map((g) => ({ value: g.id, aliases: [g.label] }))),
        }));
      }
    };
    data.judgements.forEach((j, i) => {
      checkGrade(['judgements', i, 'grade'], j.grade);
      j.sub?.forEach((s, k) => checkGrade(['judgements', i, 'sub', k, 'grade'], s.grade));
    });
    data.declaredGrades?.forEach((g, i) => checkGrade(['declaredGrades', i, 'grade'], g.grade));

    const kloeIds = new Set(data.kloes.map((k) => k.id));
    const entries: Array<{ id: string; path: PropertyKey[] }> = [];
    data.kloes.forEach((k, i) => entries.push({ id: k.id, path: ['kloes', i] }));
    data.judgements.forEach((j, i) => {
      entries.push({ id: j.id, path: ['judgements', i] });
      j.sub?.forEach((s, k) => entries.push({ id: s.id, path: ['judgements', i, 'sub', k] }));
    });
    for (const list of ['strengths', 'areasForImprovement', 'recommendations'] as const) {
      data[list].forEach((finding, i) => {
        entries.push({ id: finding.id, path: [list, i] });
        checkThemes(review, [list, i, 'themes'], finding.themes);
        if (finding.kloe && !kloeIds.has(finding.kloe)) {
          problems.push(at(review, [list, i, 'kloe'], `"${finding.kloe}" is not a KLOE of this review`, {
            fix: kloeIds.size ? `use one of ${[...kloeIds].join(', ')}` : 'add the KLOE under `kloes:` first',
            suggestion: nearest(finding.kloe, [...kloeIds]),
          }));
        }
      });
    }
    checkUnique(review, entries);

    if (data.follows) {
      const followed = reviews.get(data.follows);
      if (!followed) {
        problems.push(at(review, ['follows'], `"${data.follows}" is not a review in the library`, { suggestion: nearest(data.follows, [...reviews.keys()]) }));
      } else if (followed.data.authority !== data.authority) {
        problems.push(at(review, ['follows'], `refers to a review of ${followed.data.authority}, not ${data.authority}`));
      }
    }
  }

  for (const plan of plans.values()) {
    const data = plan.data;
    checkAuthority(plan);
    checkOrder(plan, ['period', 'from'], data.period?.from, ['period', 'to'], data.period?.to, 'the period must end after it starts');
    data.answers.forEach((reviewId, i) => {
      const review = reviews.get(reviewId);
      if (!review) {
        problems.push(at(plan, ['answers', i], `"${reviewId}" is not a review in the library`, { suggestion: nearest(reviewId, [...reviews.keys()]) }));
      } else {
        checkOrder(plan, ['answers', i], review.data.fieldwork.from, ['published'], data.published, 'a plan answers a review that came before it');
      }
    });
    const priorityIds = new Set(data.priorities.map((p) => p.id));
    const entries: Array<{ id: string; path: PropertyKey[] }> = [];
    data.priorities.forEach((p, i) => entries.push({ id: p.id, path: ['priorities', i] }));
    data.actions.forEach((action, i) => {
      entries.push({ id: action.id, path: ['actions', i] });
      checkThemes(plan, ['actions', i, 'themes'], action.themes);
      if (!priorityIds.has(action.priority)) {
        problems.push(at(plan, ['actions', i, 'priority'], `"${action.priority}" is not a priority of this plan`, {
          fix: `use one of ${[...priorityIds].join(', ')}`,
          suggestion: nearest(action.priority, [...priorityIds]),
        }));
      }
      action.addresses.forEach((ref, k) => {
        const [docId, itemId] = ref.split('#') as [string, string];
        const items = addressable.get(docId);
        const path = ['actions', i, 'addresses', k];
        if (!items) {
          problems.push(at(plan, path, `refers to "${docId}", which is not a review in the library`, {
            fix: 'write references as "<review id>#<item id>"',
            suggestion: nearest(docId, [...addressable.keys()])?.concat(`#${itemId}`),
          }));
          return;
        }
        const type = items.get(itemId);
        if (!type) {
          const candidates = [...items].filter(([, t]) => t !== 'strength').map(([id]) => id);
          problems.push(at(plan, path, `refers to "${itemId}", which is not an item of ${docId}`, {
            suggestion: nearest(itemId, candidates) ? `${docId}#${nearest(itemId, candidates)}` : undefined,
          }));
        } else if (type === 'strength') {
          problems.push(at(plan, path, `refers to a strength; actions answer recommendations or areas for improvement`));
        } else if (!data.answers.includes(docId)) {
          problems.push(at(plan, path, `refers to ${docId}, which this plan does not list under \`answers\``, { fix: `add "${docId}" to answers` }));
        }
      });
    });
    checkUnique(plan, entries);
  }

  const updatesByPlanDate = new Map<string, Indexed<UpdateData>>();
  for (const doc of docs) {
    if (doc.collection !== 'updates') continue;
    const update = doc as Indexed<UpdateData>;
    const data = update.data;
    checkAuthority(update);
    if (!fileName(update).startsWith(data.asOf.slice(0, 7))) {
      problems.push({
        file: update.file, line: 1, column: 1, field: '-',
        message: `is named "${fileName(update)}" but its asOf is ${data.asOf}`,
        fix: `updates are named <yyyy-mm>-<plan name>-update by their asOf month: start the name with "${data.asOf.slice(0, 7)}"`,
      });
    }
    data.reportedIn.forEach((paper, index) =>
      checkOrder(update, ['asOf'], data.asOf, ['reportedIn', index, 'date'], paper.date, 'an update is reported after the date it is as at'),
    );
    const plan = plans.get(data.plan);
    if (!plan) {
      problems.push(at(update, ['plan'], `"${data.plan}" is not a plan in the library`, { suggestion: nearest(data.plan, [...plans.keys()]) }));
      continue;
    }
    if (plan.data.authority !== data.authority) {
      problems.push(at(update, ['authority'], `is "${data.authority}" but the plan belongs to "${plan.data.authority}"`));
    }
    checkOrder(update, ['plan'], plan.data.published, ['asOf'], data.asOf, 'an update cannot be as at a date before its plan was published');
    const key = `${data.plan}@${data.asOf}`;
    const twin = updatesByPlanDate.get(key);
    if (twin) {
      problems.push(at(update, ['asOf'], `is the same date as ${twin.file}, for the same plan`, {
        fix: 'updates are append-only history: one update per plan per date',
      }));
    }
    updatesByPlanDate.set(key, update);

    const actions = new Map(plan.data.actions.map((a) => [a.id, a]));
    const priorities = new Set(plan.data.priorities.map((p) => p.id));
    const seen = new Set<string>();
    data.statuses.forEach((status, i) => {
      if (!actions.has(status.action)) {
        problems.push(at(update, ['statuses', i, 'action'], `"${status.action}" is not an action of ${data.plan}`, {
          fix: 'add the action to the plan first, or correct its number',
          suggestion: nearest(status.action, [...actions.keys()]),
        }));
      }
      if (seen.has(status.action)) {
        problems.push(at(update, ['statuses', i, 'action'], `"${status.action}" has two statuses in this update`, { fix: 'keep one' }));
      }
      seen.add(status.action);
    });
    const declared = data.declared;
    declared?.byPriority?.forEach((row, i) => {
      if (!priorities.has(row.priority)) {
        problems.push(at(update, ['declared', 'byPriority', i, 'priority'], `"${row.priority}" is not a priority of ${data.plan}`, {
          suggestion: nearest(row.priority, [...priorities]),
        }));
      }
    });
    // Declared counts are the council's own figures: when the update also lists statuses,
    // the two must agree, or the derived tables would contradict the source.
    if (data.statuses.length > 0 && declared) {
      const reds = data.statuses.filter((s) => s.status === 'red');
      if (declared.red !== undefined && declared.red !== reds.length) {
        problems.push(at(update, ['declared', 'red'], `declares ${declared.red} red actions but ${reds.length} ${reds.length === 1 ? 'status is' : 'statuses are'} red`, {
          fix: 'list every red action under `statuses`, or correct the declared count',
        }));
      }
      declared.byPriority?.forEach((row, i) => {
        if (row.red === undefined) return;
        const count = reds.filter((s) => actions.get(s.action)?.priority === row.priority).length;
        if (count !== row.red) {
          problems.push(at(update, ['declared', 'byPriority', i, 'red'], `declares ${row.red} red actions for priority ${row.priority} but ${count} ${count === 1 ? 'status is' : 'statuses are'} red`));
        }
      });
    }
  }
  return problems;
}
