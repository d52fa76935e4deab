/**
 * From a report's lines to its blocks: page furniture removed, then lines joined into
 * headings, paragraphs and list items by position (indent, spacing, size), the way a reader
 * sees them on the page. Pure: the parser's tests build line arrays by hand.
 */
import type { PdfLine } from './pdf.ts';

export interface Block {
  /** 1-based page of the block's first line. */
  page: number;
  x: number;
  size: number;
  /** The block's words, its lines joined. */
  text: string;
  /** A numbered paragraph's number ("12"), a section number ("2.1"), or "•" for a bullet. */
  marker?: string;
  /** Set larger than the body text: a heading. */
  heading: boolean;
  /** Index of the block's first line in the cleaned lines. */
  line: number;
}

/** Body text is 10-12 points in every report; headings are 14 and up. */
export const HEADING_SIZE = 13.5;

const BULLET = /^[•◼■▪●○◦–-]\s*/u;

/**
 * Drops what repeats on every page rather than belonging to the text: page numbers, running
 * footers (the report's title and dates in small print), footnote markers.
 */
export function cleanLines(lines: readonly PdfLine[]): PdfLine[] {
  const pagesOf = new Map<string, Set<number>>();
  for (const line of lines) {
    if (line.size >= 10.5) continue;
    const set = pagesOf.get(line.text) ?? new Set<number>();
    set.add(line.page);
    pagesOf.set(line.text, set);
  }
  return lines.filter((line) => {
    if (/^\d{1,3}$/.test(line.text) && (line.size >= 16 || line.size <= 9.5 || line.y < 60)) return false;
    if (line.size < 10.5 && (pagesOf.get(line.text)?.size ?? 0) >= 2) return false;
    return true;
  });
}

/** A line's list marker: "12." in its own cell or before the words, "2.1", or a bullet glyph. */
export function markerOf(line: PdfLine): { marker?: string; rest: string } {
  const first = line.cells[0]?.text ?? line.text;
  let m = first.match(/^(\d{1,3})\.$/);
  if (m && line.cells.length > 1) return { marker: m[1], rest: line.cells.slice(1).map((c) => c.text).join(' ') };
  if ((m = line.text.match(/^(\d{1,3})\.\s+(?=\S)/))) return { marker: m[1], rest: line.text.slice(m[0].length) };
  if ((m = line.text.match(/^(\d\.\d{1,2})\.?\s+(?=[A-Z])/))) return { marker: m[1], rest: line.text.slice(m[0].length) };
  if ((m = line.text.match(BULLET)) && m[0].trim() && !/^[–-]\d/.test(line.text)) return { marker: '•', rest: line.text.slice(m[0].length) };
  return { rest: line.text };
}

const joinText = (before: string, after: string) => (before.endsWith('-') && /^[a-z]/.test(after) && /\w-$/.test(before) ? `${before}${after}` : `${before} ${after}`);

/**
 * Joins lines into blocks. A block ends at a wider gap than the line spacing, a change of
 * size, a new list marker, or a heading; across a page break it goes on when the next page
 * starts with an unmarked line at the block's indent or the block has not ended a sentence.
 */
export function blocksOf(lines: readonly PdfLine[]): Block[] {
  const blocks: Block[] = [];
  let current: (Block & { lastY: number; lastX: number; lastPage: number }) | undefined;
  lines.forEach((line, index) => {
    const { marker, rest } = markerOf(line);
    const heading = line.size >= HEADING_SIZE;
    let continues = false;
    if (current && !marker && Math.abs(current.size - line.size) < 1 && current.heading === heading) {
      if (line.page === current.lastPage) {
        const gap = current.lastY - line.y;
        continues = gap > 0 && gap < line.size * 1.6;
      } else if (line.page === current.lastPage + 1 && !heading) {
        continues = !/[.:;?!)’”]$/.test(current.text) || (current.marker !== undefined && line.x > current.x + 5 && Math.abs(line.x - current.lastX) < 3);
      }
    }
    if (current && continues) {
      current.text = joinText(current.text, line.text);
      current.lastY = line.y;
      current.lastX = line.x;
      current.lastPage = line.page;
      return;
    }
    if (current) blocks.push(strip(current));
    current = { page: line.page, x: line.x, size: line.size, text: rest, marker, heading, line: index, lastY: line.y, lastX: line.x, lastPage: line.page };
  });
  if (current) blocks.push(strip(current));
  return blocks;
}

function strip(block: Block & { lastY: number; lastX: number; lastPage: number }): Block {
  const { lastY: _y, lastX: _x, lastPage: _p, ...rest } = block;
  return { ...rest, text: rest.text.replace(/\s+/g, ' ').trim() };
}
