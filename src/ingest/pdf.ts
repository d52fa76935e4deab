/**
 * A PDF's text as lines rebuilt from positions. pdf.js (through unpdf, which ships
 * Mozilla's pdf.js built for Node with no native dependency) gives each run of text with
 * its x/y and size; we group runs that share a baseline into a line, and split a line
 * into cells where a wide gap separates runs, which is how judgement tables read.
 */
import { getDocumentProxy } from 'unpdf';

/** A run of text on a page, as pdf.js places it (PDF units, y upwards from the foot). */
export interface TextRun {
  x: number;
  y: number;
  width: number;
  size: number;
  text: string;
}

/** A line of a page: runs on one baseline, left to right. */
export interface PdfLine {
  /** 1-based page number. */
  page: number;
  /** Left edge of the line's first run. */
  x: number;
  /** Baseline, PDF units from the foot of the page. */
  y: number;
  /** The largest text size on the line: headings are set larger than the body. */
  size: number;
  /** The line's words, whitespace collapsed. */
  text: string;
  /** Pieces of the line separated by wide gaps (a table's columns), each with its left edge. */
  cells: Array<{ x: number; text: string }>;
}

/** Runs whose baselines differ by less than this share a line. */
const SAME_LINE = 2.5;
/** A horizontal gap this wide (PDF units) between runs starts a new cell. */
const CELL_GAP = 18;

/** Word's bullet glyphs come out as private-use characters: read them as bullets. */
const collapse = (text: string) =>
  text
    .replace(/[\uf000-\uf8ff]/g, '•')
    .replace(/[\u00a0\u2007\u202f\t]/g, ' ').replace(/\s+/g, ' ').trim();

/**
 * The size most of a line's characters are set in: a bullet glyph or a footnote marker set
 * larger or smaller does not make the line a heading or small print.
 */
function dominantSize(runs: readonly TextRun[]): number {
  const weight = new Map<number, number>();
  for (const run of runs) {
    const chars = run.text.replace(/[\s\uf000-\uf8ff•◼■▪●]/g, '').length;
    if (chars) weight.set(run.size, (weight.get(run.size) ?? 0) + chars);
  }
  if (!weight.size) return Math.max(...runs.map((r) => r.size));
  return [...weight.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
}

/** Groups one page's runs into lines, top of the page first. Pure: tested on runs we make. */
export function linesOfPage(page: number, runs: readonly TextRun[]): PdfLine[] {
  const sorted = runs.filter((run) => run.text.length > 0).toSorted((a, b) => b.y - a.y || a.x - b.x);
  const groups: TextRun[][] = [];
  for (const run of sorted) {
    const group = groups.find((g) => Math.abs(g[0]!.y - run.y) < SAME_LINE);
    if (group) group.push(run);
    else groups.push([run]);
  }
  // Superscript ordinals ("16th") are set small and raised: they belong to the line below.
  for (let i = groups.length - 1; i >= 0; i--) {
    const group = groups[i]!;
    if (!group.every((run) => !run.text.trim() || /^(st|nd|rd|th)$/.test(run.text.trim()))) continue;
    const below = groups.find((g) => g !== group && g[0]!.y < group[0]!.y && group[0]!.y - g[0]!.y < 8 && g.some((r) => r.size > group[0]!.size));
    if (!below) continue;
    for (const run of group) below.push({ ...run, y: below[0]!.y, width: run.width });
    groups.splice(i, 1);
  }
  const lines: PdfLine[] = [];
  for (const group of groups) {
    group.sort((a, b) => a.x - b.x);
    const cells: Array<{ x: number; text: string }> = [];
    let end = -Infinity;
    let text = '';
    let cellX = 0;
    let cellText = '';
    let spaced = false;
    for (const run of group) {
      // A run of spaces (Word's tab stops) says "a word ends here" but is no text: it must
      // not close the gap that separates a table's columns.
      if (!run.text.trim()) {
        spaced = true;
        continue;
      }
      const gap = run.x - end;
      if (cellText && gap > CELL_GAP) {
        cells.push({ x: cellX, text: collapse(cellText) });
        cellText = '';
      }
      if (!cellText) cellX = run.x;
      const joiner = cellText && (spaced || gap > 0.8) && !/\s$/.test(cellText) && !/^\s/.test(run.text) ? ' ' : '';
      cellText += joiner + run.text;
      text += (text && (joiner || gap > CELL_GAP) ? ' ' : '') + run.text;
      end = Math.max(end, run.x + run.width);
      spaced = false;
    }
    if (cellText.trim()) cells.push({ x: cellX, text: collapse(cellText) });
    const clean = collapse(text);
    if (!clean) continue;
    lines.push({
      page,
      x: cells[0]?.x ?? group[0]!.x,
      y: group[0]!.y,
      size: dominantSize(group),
      text: clean,
      cells,
    });
  }
  return lines;
}

/** Reads a PDF and returns its lines, page by page, and its document title when it has one. */
export async function readPdfLines(bytes: Uint8Array): Promise<{ lines: PdfLine[]; pages: number; title?: string }> {
  // pdf.js takes ownership of the buffer it is given: hand it a copy so the caller's bytes stay whole.
  const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  try {
    const lines: PdfLine[] = [];
    for (let p = 1; p <= pdf.numPages; p++) {
      const page = await pdf.getPage(p);
      const content = await page.getTextContent();
      const runs: TextRun[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [a, b, , , x, y] = item.transform as number[];
        runs.push({ x: x!, y: y!, width: item.width, size: item.height || Math.hypot(a!, b!), text: item.str });
      }
      lines.push(...linesOfPage(p, runs));
      page.cleanup();
    }
    const info = (await pdf.getMetadata()).info as { Title?: string };
    return { lines, pages: pdf.numPages, title: info.Title?.trim() || undefined };
  } finally {
    await pdf.destroy();
  }
}
