/**
 * Text as readers see it, for the personal-data guard. What an author writes and what the
 * site shows differ: Markdown drops emphasis markers and backslash escapes and decodes
 * character references (`jane.doe@**council**.gov.uk`, `jane\@x.gov.uk`, `&#64;`), a link's
 * address is percent-decoded by the browser (`mailto:jane%40x.gov.uk`), and a reader does
 * not tell a Cyrillic "В" from a Latin "B", a no-break space from a space or full-width
 * digits from digits. So the guard scans the rendered text, folded to its reader form, and
 * maps every character back to the place in the file it came from.
 */
import { remove as foldConfusables } from 'confusables';
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** Text with, for each character, its offset in the source it was read from. */
export interface MappedText {
  text: string;
  offsets: number[];
}

const markdown = unified().use(remarkParse).use(remarkGfm);

/** Spaces, dashes and invisible characters a reader takes for a space, a hyphen or nothing. */
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/;
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;

/** One character in its reader form (NFKC, confusables folded, spaces and dashes plain, invisibles gone). */
function readerChar(char: string): string {
  if (char < '\u0080') return char;
  if (INVISIBLE.test(char)) return '';
  if (SPACES.test(char)) return ' ';
  if (DASHES.test(char)) return '-';
  const normal = char.normalize('NFKC');
  return /[^\u0000-\u007F]/.test(normal) ? foldConfusables(normal) : normal;
}

/** Percent-encoded bytes decoded (`%40` → `@`), as a browser shows an address; text that is not valid encoding is kept. */
function percentDecoded(text: string): string {
  if (!text.includes('%')) return text;
  return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

/** Written-out addresses: `jane [at] council [dot] gov [dot] uk`, `jane(at)council.gov.uk`. */
// Every repetition is bounded and every match starts where a word starts, so a long or
// hostile text is read in linear time.
const AT = /[ \t]{0,4}(?:\[ ?at ?\]|\( ?at ?\)|\{ ?at ?\})[ \t]{0,4}/gi;
const DOT = /[ \t]{0,4}(?:\[ ?dot ?\]|\( ?dot ?\)|\{ ?dot ?\})[ \t]{0,4}/gi;
/** `jane at council dot gov dot uk`: " at " only counts when " dot " words follow it. */
const WORDY = /(?<![\w.'-])(\w[\w.'-]{0,63}) at (\w[\w-]{0,63}(?: dot \w[\w-]{0,63}){1,8})/gi;

/** Applies a replacement to mapped text, keeping each kept character's offset. */
function replaceMapped(input: MappedText, pattern: RegExp, replace: (match: RegExpExecArray) => string): MappedText {
  const text: string[] = [];
  const offsets: number[] = [];
  let last = 0;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(input.text); match; match = pattern.exec(input.text)) {
    for (let i = last; i < match.index; i++) (text.push(input.text[i]!), offsets.push(input.offsets[i]!));
    const replacement = replace(match);
    for (const char of replacement) (text.push(char), offsets.push(input.offsets[match.index]!));
    last = match.index + match[0].length;
    if (match[0].length === 0) pattern.lastIndex++;
  }
  for (let i = last; i < input.text.length; i++) (text.push(input.text[i]!), offsets.push(input.offsets[i]!));
  return { text: text.join(''), offsets };
}

/** A text's reader form, each character mapped to its offset in `text` (plus `base`). */
export function readerForm(text: string, base = 0, offsetsIn?: number[]): MappedText {
  const decoded = percentDecoded(text);
  // Each decoded character's offset: its index in `text` (percent-decoding shortens it), through `offsetsIn` when given.
  const indexes = decoded === text ? [...text].map((_, i) => i) : mapDecoded(text, 0);
  const sourceOffsets = indexes.map((i) => (offsetsIn ? offsetsIn[i]! : base + i));
  const chars: string[] = [];
  const offsets: number[] = [];
  let index = 0;
  for (const char of decoded) {
    const at = sourceOffsets[Math.min(index, sourceOffsets.length - 1)] ?? base;
    for (const out of readerChar(char)) (chars.push(out), offsets.push(at));
    index += char.length;
  }
  let mapped: MappedText = { text: chars.join(''), offsets };
  mapped = replaceMapped(mapped, AT, () => '@');
  mapped = replaceMapped(mapped, DOT, () => '.');
  mapped = replaceMapped(mapped, WORDY, (match) => `${match[1]}@${match[2]!.replace(/ dot /gi, '.')}`);
  return mapped;
}

/** Offsets of a percent-decoded text's characters in the encoded one. */
function mapDecoded(text: string, base: number): number[] {
  const offsets: number[] = [];
  let index = 0;
  while (index < text.length) {
    const run = /^(?:%[0-9A-Fa-f]{2})+/.exec(text.slice(index));
    if (run) {
      let decoded: string;
      try {
        decoded = decodeURIComponent(run[0]);
      } catch {
        decoded = run[0];
      }
      for (let i = 0; i < decoded.length; i++) offsets.push(base + index);
      index += run[0].length;
    } else {
      offsets.push(base + index);
      index++;
    }
  }
  return offsets;
}

/**
 * The text a reader sees of a Markdown body, block by block (paragraphs, headings, table
 * cells, code), with addresses, titles and alt texts as their own pieces, each mapped to
 * source offsets. Inline pieces of one block are joined, so an address split by emphasis
 * is whole again.
 */
export function renderedPieces(body: string): MappedText[] {
  // Text with nothing Markdown would change reads as it is written: no parse needed.
  if (!/[\\&%*_~`[\]<>!]|^ {0,3}(?:#|>|[-+*] |\d+[.)] |\||```|~~~)/m.test(body)) return [readerForm(body)];
  const tree = markdown.parse(body) as Root;
  const pieces: MappedText[] = [];
  const inline: { text: string[]; offsets: number[] } = { text: [], offsets: [] };
  const flush = () => {
    if (inline.text.length) pieces.push(readerForm(inline.text.join(''), 0, inline.offsets));
    inline.text = [];
    inline.offsets = [];
  };
  // Nodes GFM makes from bare addresses have no position: they take their parent's.
  let inheritedStart = 0;
  let inheritedEnd = body.length;
  const start = (node: Nodes) => node.position?.start.offset ?? inheritedStart;
  const end = (node: Nodes) => node.position?.end.offset ?? (node.position ? start(node) : inheritedEnd);
  /** A node's literal value, each character mapped into the node's span. */
  const addValue = (node: Nodes, value: string) => {
    const from = start(node);
    const span = Math.max(end(node) - from, 1);
    for (let i = 0; i < value.length; i++) {
      inline.text.push(value[i]!);
      inline.offsets.push(from + Math.min(Math.round((i * span) / Math.max(value.length, 1)), span - 1));
    }
  };
  const visit = (node: Nodes) => {
    const [outerStart, outerEnd] = [inheritedStart, inheritedEnd];
    [inheritedStart, inheritedEnd] = [start(node), end(node)];
    visitNode(node);
    [inheritedStart, inheritedEnd] = [outerStart, outerEnd];
  };
  const visitNode = (node: Nodes) => {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        addValue(node, node.value);
        return;
      case 'break':
        addValue(node, '\n');
        return;
      case 'code':
      case 'html':
        flush();
        addValue(node, node.value);
        flush();
        return;
      case 'link':
      case 'image':
      case 'definition': {
        if ('children' in node) node.children.forEach((child) => visit(child as Nodes));
        if (node.type === 'image' && node.alt) addValue(node, ` ${node.alt} `);
        // The address as written sits inside the node's source (after `](` or `]: `): locate it there.
        // An address GFM made from bare text ("mailto:" added) is not written out: it all maps to the node's start.
        const written = node.url ? body.indexOf(node.url, start(node)) : -1;
        pieces.push(written >= 0 && written < end(node) ? readerForm(node.url, written) : readerForm(node.url, 0, [...node.url].map(() => start(node))));
        if (node.title) pieces.push(readerForm(node.title, start(node)));
        return;
      }
      default:
        if ('children' in node) {
          const block = !['emphasis', 'strong', 'delete', 'linkReference', 'imageReference', 'footnoteReference'].includes(node.type);
          if (block) flush();
          node.children.forEach((child) => visit(child as Nodes));
          if (block) flush();
        }
    }
  };
  visit(tree);
  flush();
  return pieces;
}
