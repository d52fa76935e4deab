/**
 * A PDF paper as the importer's lines, from the same extraction the ingest uses
 * (`readPdfLines`: runs grouped into lines by baseline, cells split at wide gaps;
 * `cleanLines`: page numbers and running footers out; `blocksOf`: lines joined into
 * headings, paragraphs and list items).
 *
 * Tables are found by position. Lines set at the text's line spacing form a band; rows are
 * set apart by wider gaps (a cell's padding). A band whose words stand in two or more
 * columns (a line split into cells, or words starting far to the right of the others, like
 * a grade centred beside a wrapped area) is a table row: it comes back as one line with its
 * cells separated by tabs, each cell's wrapped lines joined in reading order. In a band of
 * several rows set without padding, a line whose first cell starts with a number (1.2,
 * 3.1.4, 7.) starts the next row. Everything else comes back block by block: headings as
 * "# " lines, list items with their marker, paragraphs as one line each.
 */
import { blocksOf, cleanLines, markerOf } from '../ingest/blocks.ts';
import type { PdfLine } from '../ingest/pdf.ts';

/** Lines closer than this many text sizes are one band (body text is set at about 1.2). */
const BAND_GAP = 1.45;
/** Cells the reader split that start this close (PDF units) stand in one column. */
const SAME_COLUMN = 8;
/** In a band no line of which is split, words starting this far right of others are a new column. */
const COLUMN_GAP = 40;
/** A row's number in its first cell: "1.2", "3.1.4", "7." or "7". */
const ROW_NUMBER = /^\d{1,2}(?:\.\d{1,2}){0,3}\.?(?:\s|$)/;

interface Piece {
  x: number;
  y: number;
  text: string;
}

const piecesOf = (line: PdfLine): Piece[] => line.cells.map((c) => ({ x: c.x, y: line.y, text: c.text }));

/**
 * Starts of the columns a band's words stand in, left to right: where the reader split its
 * lines into cells, or, when no line is split (a grade centred beside a wrapped area), where
 * words start far to the right of the others.
 */
function columnStarts(band: readonly PdfLine[]): number[] {
  const split = band.filter(isSplitLine);
  const gap = split.length ? SAME_COLUMN : COLUMN_GAP;
  const xs = [...new Set((split.length ? split : band).flatMap(piecesOf).map((p) => Math.round(p.x)))].sort((a, b) => a - b);
  const starts: number[] = [];
  for (const x of xs) if (!starts.length || x - starts.at(-1)! > gap) starts.push(x);
  return starts;
}

/** A numbered paragraph ("12." in its own cell) or a bullet split from its words is not two columns. */
function isSplitLine(line: PdfLine): boolean {
  return line.cells.length >= 2 && !(line.cells.length === 2 && markerOf(line).marker !== undefined);
}

const joinWords = (before: string, after: string) => (/\w-$/.test(before) && /^[a-z]/.test(after) ? `${before}${after}` : `${before} ${after}`);

/** A table band's rows, each as its cells' texts, one per column. */
function rowsOf(band: readonly PdfLine[]): string[][] {
  const starts = columnStarts(band);
  const column = (x: number) => starts.reduce((found, start, i) => (x >= start - SAME_COLUMN ? i : found), 0);
  const rows: string[][] = [];
  let row: string[] | undefined;
  for (const line of band) {
    const pieces = piecesOf(line);
    const firstColumn = pieces.find((p) => column(p.x) === 0);
    if (!row || (firstColumn && ROW_NUMBER.test(firstColumn.text) && row[0])) {
      row = starts.map(() => '');
      rows.push(row);
    }
    for (const piece of pieces) {
      const i = column(piece.x);
      row[i] = row[i] ? joinWords(row[i]!, piece.text) : piece.text;
    }
  }
  return rows;
}

/**
 * Running text cut before and after each line that stands on its own: a short line with no
 * full stop, after a line that ended a sentence (not the tail of a wrapped one), set just
 * above a line at least twice as long that starts a sentence or an item
 * ("Areas for improvement" over its first paragraph, "The panel noted:" over its list), is a
 * heading or a lead-in set in the body's size, not the start of a paragraph; so is a cover
 * sheet's label and its value ("Date of meeting: 10 December 2019").
 */
function headedParts(lines: readonly PdfLine[]): PdfLine[][] {
  const parts: PdfLine[][] = [[]];
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    const previous = lines[i - 1];
    // The tail of a wrapped heading or sentence ("… Children" / "Board") goes on with it.
    const tail = previous !== undefined && previous.page === line.page && Math.abs(previous.size - line.size) < 1 && !/[.:;!?)]$/.test(previous.text);
    // A cover sheet's "Date of meeting: 10 December 2019", "Report No. CS19042": one line each.
    const label = /^(?:[A-Z][\w ’'()/&-]{1,40}:\s*\S|(?:Report|Ref(?:erence)?)\s+No\.?\s)/.test(line.text) && line.text.split(' ').length <= 14;
    const standsAlone =
      label ||
      (!tail &&
      next !== undefined &&
      next.page === line.page &&
      /^[A-Z0-9]/.test(line.text) &&
      /^[A-Z0-9•‘“'"(]/.test(next.text) &&
      !/[.,;]$/.test(line.text) &&
      line.text.split(' ').length <= 10 &&
      line.text.length * 2 <= next.text.length);
    if (standsAlone && parts.at(-1)!.length) parts.push([]);
    parts.at(-1)!.push(line);
    if (standsAlone) parts.push([]);
  });
  return parts.filter((part) => part.length);
}

/** Rebuilt lines of a PDF (as `readPdfLines` gives them) as the importer's text. */
export function pdfLinesToText(rawLines: readonly PdfLine[]): string {
  const lines = cleanLines(rawLines);
  // Bands: lines at the text's line spacing on one page.
  const bands: PdfLine[][] = [];
  for (const line of lines) {
    const band = bands.at(-1);
    const last = band?.at(-1);
    if (band && last && last.page === line.page && last.y - line.y > 0 && last.y - line.y < Math.max(last.size, line.size) * BAND_GAP) band.push(line);
    else bands.push([line]);
  }
  const out: string[] = [];
  let prose: PdfLine[] = [];
  const blank = () => {
    if (out.length && out.at(-1) !== '') out.push('');
  };
  const flushProse = () => {
    if (!prose.length) return;
    blank();
    for (const part of headedParts(prose)) {
      for (const block of blocksOf(part)) {
        const marker = block.marker === undefined ? '' : block.marker === '•' ? '- ' : block.marker.includes('.') ? `${block.marker} ` : `${block.marker}. `;
        out.push(block.heading ? `# ${block.text}` : `${marker}${block.text}`, '');
      }
    }
    prose = [];
  };
  let inTable = false;
  for (const band of bands) {
    const table = columnStarts(band).length >= 2;
    if (!table) {
      if (inTable) blank();
      inTable = false;
      prose.push(...band);
      continue;
    }
    flushProse();
    if (!inTable) blank();
    inTable = true;
    for (const cells of rowsOf(band)) out.push(cells.map((c) => c.replace(/\t/g, ' ')).join('\t'));
  }
  flushProse();
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
