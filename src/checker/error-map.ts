/**
 * Schema issues in the library's words. Two halves:
 * - `libraryErrorMap`, a zod error map passed to every parse: a field whose schema sets its
 *   own `error` keeps it (zod gives a schema's own message precedence), and every other issue
 *   is worded here from its code and parameters, never from zod's English;
 * - `schemaProblems`, which turns the issues of a failed parse into located problems, with
 *   "did you mean" for misspelt field names and enum values.
 * The checker, the build and `npm run check` (plain lines, GitHub annotations, `--json`)
 * all report through this module and `problem.ts`.
 */
import type { z } from 'astro/zod';
import type { Locator } from './locate.ts';
import { formatPath, type Problem } from './problem.ts';
import { nearest } from './suggest.ts';

const TYPE_WORDS: Record<string, string> = {
  array: 'a list (write [first, second] or one "- item" per line)',
  object: 'a group of fields (indented "key: value" lines)',
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
};

/** A value as an author would recognise it in their file. */
export function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'empty';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `${typeof value} ${String(value)}`;
}

const typeWords = (expected: string) => TYPE_WORDS[expected] ?? expected;

/** Words for a size limit: items of a list, characters of text, or a number's bound. */
function bound(issue: { origin?: string; inclusive?: boolean }, limit: unknown, direction: 'least' | 'most'): string {
  const inclusive = issue.inclusive !== false;
  if (issue.origin === 'array') return `must have at ${direction} ${limit} item${limit === 1 ? '' : 's'}`;
  if (issue.origin === 'string') return `must be at ${direction} ${limit} character${limit === 1 ? '' : 's'} long`;
  if (direction === 'least') return inclusive ? `must be ${limit} or more` : `must be more than ${limit}`;
  return inclusive ? `must be ${limit} or less` : `must be less than ${limit}`;
}

/** The library's wording of every zod issue a schema did not word itself. */
export const libraryErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `must be ${typeWords(issue.expected)}` : `must be ${typeWords(issue.expected)}, not ${describe(issue.input)}`;
    case 'too_small':
      return bound(issue, issue.minimum, 'least');
    case 'too_big':
      return bound(issue, issue.maximum, 'most');
    case 'invalid_value':
      return `must be one of ${issue.values.map(String).join(', ')}`;
    case 'invalid_format':
      return `is not a valid ${issue.format}`;
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    case 'invalid_union':
      return 'is not in any of the forms this field accepts';
    case 'invalid_key':
    case 'invalid_element':
      return 'has an entry that is not valid';
    case 'unrecognized_keys':
      return `has fields that are not allowed: ${issue.keys.join(', ')}`;
    default:
      return 'is not valid';
  }
};

type SchemaDef = { _zod: { def: Record<string, unknown> } };

/** The schema at a data path, unwrapped, to list the fields an object may have. */
function schemaAt(schema: z.ZodType, path: ReadonlyArray<PropertyKey>): SchemaDef | undefined {
  const unwrap = (s: SchemaDef | undefined): SchemaDef | undefined => {
    let node = s;
    for (let guard = 0; node && guard < 10; guard++) {
      const def = node._zod.def;
      if (['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch'].includes(def.type as string)) node = def.innerType as SchemaDef;
      else if (def.type === 'pipe') node = def.in as SchemaDef;
      else break;
    }
    return node;
  };
  let current = unwrap(schema as unknown as SchemaDef);
  for (const segment of path) {
    const def = current?._zod.def;
    if (!def) return undefined;
    if (def.type === 'object') current = unwrap((def.shape as Record<string, SchemaDef>)[String(segment)]);
    else if (def.type === 'array') current = unwrap(def.element as SchemaDef);
    else if (def.type === 'record') current = unwrap(def.valueType as SchemaDef);
    else return undefined;
  }
  return current;
}

/** The fields a schema's object allows, in the schema's order ([] when it is not an object). */
export function objectKeys(schema: z.ZodType, path: ReadonlyArray<PropertyKey> = []): string[] {
  const def = schemaAt(schema, path)?._zod.def;
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

/** Parses with the library's error map. */
export function parseWithLibraryErrors<T>(schema: z.ZodType<T>, data: unknown) {
  return schema.safeParse(data, { error: libraryErrorMap });
}

/** Turns the issues of a failed parse into located problems. `noun` names the whole ("a review"). */
export function schemaProblems(file: string, schema: z.ZodType, data: unknown, error: z.ZodError, locator: Locator, noun: string): Problem[] {
  const problems: Problem[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const allowed = objectKeys(schema, issue.path);
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        const suggestion = nearest(key, allowed);
        problems.push({
          file,
          ...locator.locate(path, { key: true }),
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
      problems.push({ file, ...position, field, message: 'is required but missing', fix: typeof key === 'string' ? `add \`${key}:\` (${issue.message})` : issue.message });
      continue;
    }
    const suggestion = issue.code === 'invalid_value' && typeof value === 'string' ? nearest(value, issue.values.map(String)) : undefined;
    problems.push({ file, ...position, field, message: issue.message, suggestion });
  }
  return problems;
}
