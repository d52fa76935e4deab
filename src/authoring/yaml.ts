/**
 * A small YAML writer for drafted frontmatter. A general YAML library would drop the
 * thing authors need most from a draft: comments saying what goes where and which values
 * to confirm. Every string is written double-quoted as JSON writes it (JSON escapes are
 * valid YAML), so an extracted quotation survives exactly, whatever it contains.
 */

export type YamlValue =
  | string
  | number
  | boolean
  | readonly YamlValue[]
  | YamlMap
  | Commented
  | Flow
  | CommentOnly;

export interface YamlMap {
  readonly [key: string]: YamlValue | undefined;
}

// Plain fields, not parameter properties: `npm run new` and `npm run import` run on Node's
// type stripping, which refuses them.

/** A value with comment lines written above it (above its key, or its `- `). */
export class Commented {
  readonly comments: readonly string[];
  readonly value: YamlValue;
  constructor(comments: readonly string[], value: YamlValue) {
    this.comments = comments;
    this.value = value;
  }
}

/** A short list of plain ids written on one line: `[a, b]`. */
export class Flow {
  readonly items: readonly string[];
  constructor(items: readonly string[]) {
    this.items = items;
  }
}

/** Comment lines only, e.g. an optional field shown commented out. Its map key is ignored. */
export class CommentOnly {
  readonly lines: readonly string[];
  constructor(lines: readonly string[]) {
    this.lines = lines;
  }
}

export const commented = (comments: string | readonly string[], value: YamlValue) =>
  new Commented(typeof comments === 'string' ? [comments] : comments, value);
export const flow = (items: readonly string[]) => new Flow(items);
export const commentOnly = (...lines: string[]) => new CommentOnly(lines);

/** A plain scalar that needs no quotes: ids such as `K1`, `J2.1`, `peer-review`, `bromley/2016-04-inspection`. */
const PLAIN = /^[A-Za-z][A-Za-z0-9.-]*(?:\/[a-z0-9-]+)?$/;
/** Words YAML parsers may read as something other than text. */
const RESERVED = new Set(['true', 'false', 'null', 'yes', 'no', 'on', 'off', 'y', 'n', 'nan', 'inf']);

function scalar(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  if (PLAIN.test(value) && !RESERVED.has(value.toLowerCase())) return value;
  return JSON.stringify(value);
}

function isMap(value: YamlValue): value is YamlMap {
  return typeof value === 'object' && !Array.isArray(value) && !(value instanceof Commented) && !(value instanceof Flow) && !(value instanceof CommentOnly);
}

const comment = (pad: string, lines: readonly string[]) => lines.map((line) => (line ? `${pad}# ${line}` : `${pad}#`));

function emitMap(map: YamlMap, indent: number): string[] {
  const pad = ' '.repeat(indent);
  const out: string[] = [];
  for (const [key, raw] of Object.entries(map)) {
    if (raw === undefined) continue;
    if (raw instanceof CommentOnly) {
      out.push(...comment(pad, raw.lines));
      continue;
    }
    let value: YamlValue = raw;
    while (value instanceof Commented) {
      out.push(...comment(pad, value.comments));
      value = value.value;
    }
    out.push(...emitEntry(`${pad}${key}:`, value, indent));
  }
  return out;
}

/** `prefix` is `key:` or `- `-style text already indented; the value follows it. */
function emitEntry(prefix: string, value: YamlValue, indent: number): string[] {
  if (value instanceof Flow) return [`${prefix} [${value.items.map(scalar).join(', ')}]`];
  if (Array.isArray(value)) {
    if (value.length === 0) return [`${prefix} []`];
    return [prefix, ...emitSeq(value, indent + 2)];
  }
  if (isMap(value)) {
    const inner = emitMap(value, indent + 2);
    return inner.length ? [prefix, ...inner] : [`${prefix} {}`];
  }
  return [`${prefix} ${scalar(value as string | number | boolean)}`];
}

function emitSeq(items: readonly YamlValue[], indent: number): string[] {
  const pad = ' '.repeat(indent);
  const out: string[] = [];
  for (const raw of items) {
    let value: YamlValue = raw;
    while (value instanceof Commented) {
      out.push(...comment(pad, value.comments));
      value = value.value;
    }
    if (value instanceof CommentOnly) {
      out.push(...comment(pad, value.lines));
      continue;
    }
    if (isMap(value)) {
      // The first key shares the line with "- "; comments before it stay on their own lines.
      const inner = emitMap(value, indent + 2);
      const first = inner.findIndex((line) => !line.trimStart().startsWith('#'));
      if (first < 0) {
        out.push(`${pad}- {}`, ...inner);
        continue;
      }
      inner[first] = `${pad}- ${inner[first]!.slice(indent + 2)}`;
      // Comments on the first key read as comments on the item: put them level with its "- ".
      for (let i = 0; i < first; i++) inner[i] = `${pad}${inner[i]!.trimStart()}`;
      out.push(...inner);
      continue;
    }
    out.push(...emitEntry(`${pad}-`, value, indent));
  }
  return out;
}

/** YAML text of a map, one line per field, ending with a newline. */
export function toYaml(map: YamlMap): string {
  return `${emitMap(map, 0).join('\n')}\n`;
}

/** A whole document: frontmatter between `---` fences, then the MDX body. */
export function toDocument(frontmatter: YamlMap, body: string): string {
  return `---\n${toYaml(frontmatter)}---\n\n${body.trim()}\n`;
}
