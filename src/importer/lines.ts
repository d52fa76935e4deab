/**
 * A council paper's plain text as the importer reads it: one record per source line, with
 * the markup PDF converters leave (Markdown `#` and `**`, HTML tags, entities) removed,
 * and what the line is: blank, a heading, a list item (and its marker), or a table row
 * (its cells). Everything downstream works on these records, so that line numbers always
 * point at the source.
 */

export type MarkerFamily = 'bullet' | 'number' | 'section' | 'roman' | 'alpha' | 'label';

export interface Marker {
  family: MarkerFamily;
  /** The number, letter or numeral as written ("3.2.1", "iv", "b"); the label word for `label`. */
  value: string;
  /** For self-labelled items ("Recommendation 3."): the label word, lower case. */
  label?: string;
}

export interface SourceLine {
  /** 1-based line number in the source. */
  no: number;
  raw: string;
  /** The text, markup removed and whitespace collapsed; '' for blank lines. */
  text: string;
  /** The text after the list marker (the whole text when there is none). */
  body: string;
  marker?: Marker;
  /** A Markdown heading, or a short title-like line standing on its own. */
  heading: boolean;
  /** Table cells (split on tabs, pipes or runs of 2+ spaces), cleaned; a leading '' when the row starts with a gap. */
  cells: string[];
  blank: boolean;
  /** Leading spaces (a tab counts 4). */
  indent: number;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', rsquo: '’', lsquo: '‘' };

/** Removes HTML tags and entities; keeps tabs and spacing (cells are split later). */
function stripTags(raw: string): string {
  return raw
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/&(#\d+|[a-z]+);/gi, (all, name: string) =>
      name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : (ENTITIES[name.toLowerCase()] ?? all),
    );
}

/** Markdown emphasis and escapes out, whitespace collapsed: the words as a reader sees them. */
export function cleanText(text: string): string {
  return text
    .replace(/\\([*_#\\[\]()`-])/g, '$1')
    .replace(/\*\*|__/g, '')
    .replace(/(^|[\s(])\*(?=\S)|(?<=\S)\*(?=$|[\s.,;:)])/g, '$1')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Lines that are only a page number or footer, left by the PDF's page breaks. */
const PAGE_NOISE = /^(?:page\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?$/i;

const ROMAN = /^(?:x{0,3})(?:ix|iv|v?i{0,3})$/;

export function romanValue(numeral: string): number | undefined {
  const lower = numeral.toLowerCase();
  if (!lower || !ROMAN.test(lower)) return undefined;
  const values: Record<string, number> = { i: 1, v: 5, x: 10 };
  let total = 0;
  for (let i = 0; i < lower.length; i++) {
    const value = values[lower[i]!]!;
    const next = values[lower[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

const LABEL_WORDS = 'recommendation|strength|weakness|area for improvement|area for development|area for consideration|area of concern';

/** The list marker at the start of a text, if any, and the text after it. */
export function readMarker(text: string): { marker?: Marker; body: string } {
  let rest = text;
  let bullet = false;
  const b = rest.match(/^[-•·*–—▪◦‣●○■□➢►]\s+/u) ?? rest.match(/^[o]\s+(?=[A-Z])/);
  if (b) {
    rest = rest.slice(b[0].length);
    bullet = true;
    // "- · Placement" is still a bullet; "- 3.7.1 The …" is a numbered paragraph the converter dashed.
    const again = rest.match(/^[•·▪◦]\s+/u);
    if (again) return { marker: { family: 'bullet', value: '-' }, body: rest.slice(again[0].length) };
  }
  let m: RegExpMatchArray | null;
  if ((m = rest.match(new RegExp(`^(${LABEL_WORDS})\\s+(\\d{1,2}[a-z]?)(?:\\s*[.:)–—-]\\s*|\\s*$)`, 'i')))) {
    return { marker: { family: 'label', value: m[2]!, label: m[1]!.toLowerCase() }, body: rest.slice(m[0].length) };
  }
  if ((m = rest.match(/^(\d{1,2}(?:\.\d{1,3})+)\.?(?:\s+|$)/))) return { marker: { family: 'section', value: m[1]! }, body: rest.slice(m[0].length) };
  if ((m = rest.match(/^\(?(\d{1,3})[.)](?:\s+|$)/)) || (m = rest.match(/^\((\d{1,2})\)\s*/))) {
    return { marker: { family: 'number', value: m[1]! }, body: rest.slice(m[0].length) };
  }
  if ((m = rest.match(/^\(?([ivx]{1,5}|[IVX]{1,5})[.)]\s+/)) && romanValue(m[1]!) !== undefined) {
    return { marker: { family: 'roman', value: m[1]!.toLowerCase() }, body: rest.slice(m[0].length) };
  }
  if ((m = rest.match(/^\(?([a-z])[.)]\s+/)) || (m = rest.match(/^\(([A-Z])\)\s+/)) || (m = rest.match(/^([A-Z])\)\s+/))) {
    return { marker: { family: 'alpha', value: m[1]!.toLowerCase() }, body: rest.slice(m[0].length) };
  }
  if (bullet) return { marker: { family: 'bullet', value: '-' }, body: rest };
  return { body: rest };
}

/** Cells of a table row; a row that starts with a gap keeps a leading '' so continuations show. */
function splitCells(raw: string): string[] {
  const line = raw.replace(/\s+$/, '');
  let parts: string[];
  if (/\|.*\|/.test(line)) {
    if (/^\s*\|?\s*:?-{3,}/.test(line)) return [];
    parts = line.replace(/^\s*\|/, '').replace(/\|\s*$/, '').split('|');
  } else if (line.includes('\t')) {
    parts = line.split('\t');
  } else {
    parts = line.split(/ {2,}/);
  }
  const cells = parts.map(cleanText);
  while (cells.length && cells.at(-1) === '') cells.pop();
  return cells;
}

/** A line is title-like when most of its longer words are capitalised. */
export function titleLike(text: string): boolean {
  const words = text.split(' ').filter((w) => /^[A-Za-z]{4,}/.test(w));
  if (!words.length) return /^[A-Z0-9]/.test(text);
  const capitalised = words.filter((w) => /^[A-Z]/.test(w)).length;
  return capitalised * 2 >= words.length;
}

function isHeading(line: SourceLine, previous: SourceLine | undefined): boolean {
  if (/^\s*#{1,6}\s/.test(line.raw)) return true;
  if (line.blank || line.cells.filter(Boolean).length >= 2) return false;
  const family = line.marker?.family;
  if (family && family !== 'section' && family !== 'number' && family !== 'label') return false;
  const body = line.body;
  const words = body.split(' ').length;
  if (!body || words > 12 || /[.,;]$/.test(body) || (/:$/.test(body) && words > 4) || !/^[A-Z0-9("']/.test(body)) return false;
  // "Report author: Ruth Coals" is a label and its value, not a heading.
  if (/^[^:]{1,40}:\s+\S/.test(body)) return false;
  if (family === 'label') return !body;
  // "2.1 That the Committee:" introduces a list; "3.5 Ofsted Judgements" heads a section.
  if (family) return words <= 10 && !/:$/.test(body) && titleLike(body);
  // An unnumbered heading stands on its own: after a blank line or at the top.
  return !previous || previous.blank || previous.heading;
}

/** Reads a paper's text into line records. */
export function readLines(source: string): SourceLine[] {
  const rawLines = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const lines: SourceLine[] = [];
  rawLines.forEach((rawLine, index) => {
    const raw = stripTags(rawLine);
    const withoutHashes = raw.replace(/^\s*#{1,6}\s+/, '');
    const text = cleanText(withoutHashes.replace(/\t/g, ' '));
    const blank = text === '' || PAGE_NOISE.test(text) || /^[-–—*_]{3,}$/.test(text);
    const { marker, body } = blank ? { marker: undefined, body: '' } : readMarker(text);
    const indentMatch = rawLine.match(/^[ \t]*/)![0];
    const line: SourceLine = {
      no: index + 1,
      raw: rawLine,
      text: blank ? '' : text,
      body: cleanText(body),
      marker,
      heading: false,
      cells: blank ? [] : splitCells(withoutHashes),
      blank,
      indent: indentMatch.replace(/\t/g, '    ').length,
    };
    line.heading = isHeading(line, lines.at(-1));
    lines.push(line);
  });
  // "3.0 Findings of the visit" heads the paragraphs numbered under it (3.1, 3.2 …), whatever its case.
  lines.forEach((line, index) => {
    if (line.heading || !line.marker || !['number', 'section'].includes(line.marker.family)) return;
    if (line.body.split(' ').length > 10 || /[.,;:]$/.test(line.body) || !/^[A-Z]/.test(line.body)) return;
    const next = lines.slice(index + 1).find((l) => !l.blank);
    if (next?.marker?.family !== 'section') return;
    const own = line.marker.value.replace(/\.0$/, '');
    if (next.marker.value.startsWith(`${own}.`) && next.marker.value !== line.marker.value) line.heading = true;
  });
  // A short numbered line is a list item, not a heading, when it follows a lead-in ("…:")
  // or sits next to items numbered like it: "1) Improve recording" / "2) Audit supervision".
  lines.forEach((line, index) => {
    if (!line.heading || !line.marker || /^\s*#/.test(line.raw)) return;
    const previous = lines.slice(0, index).reverse().find((l) => !l.blank);
    const before = lines[index - 1];
    const after = lines[index + 1];
    const sibling = (other?: SourceLine) => !!other && !other.blank && other.marker?.family === line.marker!.family;
    // After "3.8.1 …included:", "3.8.2 Thresholds" is the next section, not an item of its list.
    const leadIn = previous && /:$/.test(previous.text) && previous.marker?.family !== line.marker.family;
    if (leadIn || sibling(before) || sibling(after)) line.heading = false;
  });
  return lines;
}

/** A table row rather than running text with two spaces after its full stops: short cells. */
export function isTableRow(line: SourceLine): boolean {
  const cells = line.cells.filter(Boolean);
  return cells.length >= 2 && (/\t|\|/.test(line.raw) || cells.every((c) => c.split(' ').length <= 12 && !/[.!?]["”’']?$/.test(c)));
}

/** The index of the next non-blank line at or after `from`, or -1. */
export function nextNonBlank(lines: readonly SourceLine[], from: number): number {
  for (let i = from; i < lines.length; i++) if (!lines[i]!.blank) return i;
  return -1;
}
