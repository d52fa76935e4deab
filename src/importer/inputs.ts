/**
 * The papers the importer reads, brought to one form: text lines, a table's row as one line
 * with its cells separated by tabs (which `readLines` splits into cells), list items as
 * "- " or "1. " lines and headings as "# " lines. Plain text and Markdown are read as they
 * are; an HTML page from a committee system is walked element by element
 * (node-html-parser); a Word document is turned into HTML first (mammoth), then read the
 * same way. A PDF is read from its text's positions, as the ingest reads Ofsted's reports
 * (`pdf-text.ts`): table rows come back as rows, headings and list items as such.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import mammoth from 'mammoth';
import { HTMLElement, NodeType, parse, type Node } from 'node-html-parser';
import { readPdfLines } from '../ingest/pdf.ts';
import { pdfLinesToText } from './pdf-text.ts';

export interface Paper {
  /** The paper as lines of text. */
  text: string;
  /** The address an HTML page says it was saved from, if it says. */
  address?: string;
}

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'nav', 'button', 'form', 'select', 'head']);
const BLOCKS = new Set(['p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'blockquote', 'dd', 'dt', 'address', 'figure', 'figcaption', 'caption', 'pre', 'body', 'html']);

const inline = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim();

/** The words of an element as one line (cells and list items keep their words together). */
function wordsOf(node: Node): string {
  return inline(node instanceof HTMLElement ? node.structuredText.replace(/\n/g, ' ') : node.text);
}

/** An HTML page as the importer's lines. */
export function htmlToText(html: string): Paper {
  const root = parse(html, { comment: false, blockTextElements: { script: false, style: false, pre: true } });
  const out: string[] = [];
  const line = (text: string) => {
    if (text) out.push(text);
  };
  const blank = () => {
    if (out.length && out.at(-1) !== '') out.push('');
  };
  const walk = (node: Node) => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      const text = inline(node.text);
      if (text) {
        // Text beside blocks (a div's loose words) joins the line being built.
        if (out.length && out.at(-1) !== '') out[out.length - 1] += ` ${text}`;
        else line(text);
      }
      return;
    }
    if (!(node instanceof HTMLElement)) return;
    const tag = node.rawTagName?.toLowerCase() ?? '';
    if (SKIPPED.has(tag)) return;
    if (/^h[1-6]$/.test(tag)) {
      blank();
      line(`${'#'.repeat(Number(tag[1]))} ${wordsOf(node)}`);
      blank();
      return;
    }
    if (tag === 'table') {
      blank();
      for (const row of node.querySelectorAll('tr')) {
        const cells = row.childNodes.filter((c): c is HTMLElement => c instanceof HTMLElement && /^t[dh]$/i.test(c.rawTagName)).map(wordsOf);
        if (cells.some(Boolean)) line(cells.join('\t'));
      }
      blank();
      return;
    }
    if (tag === 'ul' || tag === 'ol') {
      blank();
      let n = Number(node.getAttribute('start') ?? 1);
      for (const item of node.childNodes) {
        if (!(item instanceof HTMLElement) || item.rawTagName?.toLowerCase() !== 'li') continue;
        const nested = item.childNodes.filter((c) => c instanceof HTMLElement && /^(ul|ol)$/i.test(c.rawTagName));
        const own = item.childNodes.filter((c) => !nested.includes(c)).map(wordsOf).filter(Boolean).join(' ');
        line(`${tag === 'ol' ? `${n++}.` : '-'} ${own}`);
        for (const list of nested) {
          const before = out.length;
          walk(list);
          // Sub-lists sit indented under their item.
          for (let i = before; i < out.length; i++) if (out[i]) out[i] = `   ${out[i]}`;
        }
      }
      blank();
      return;
    }
    if (tag === 'br') {
      out.push('');
      return;
    }
    const block = BLOCKS.has(tag) || tag === 'li';
    if (block) blank();
    for (const child of node.childNodes) walk(child);
    if (block) blank();
  };
  walk(root);
  const canonical =
    root.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    root.querySelector('meta[property="og:url"]')?.getAttribute('content') ??
    html.match(/<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i)?.[1];
  return { text: `${out.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`, address: canonical && /^https?:\/\//.test(canonical) ? canonical : undefined };
}

/** A PDF paper as the importer's lines; a PDF with no text (a scan) is refused, naming the file. */
export async function pdfToText(bytes: Uint8Array, file: string): Promise<Paper> {
  const { lines } = await readPdfLines(bytes).catch((error: Error) => {
    throw new Error(`${file}: cannot be read as a PDF (${error.message})`);
  });
  if (!lines.length) throw new Error(`${file}: the PDF holds no text (a scan?); run it through OCR or copy its text out first`);
  return { text: pdfLinesToText(lines) };
}

/** Reads a paper by its extension: .pdf, .docx, .html/.htm, else plain text or Markdown. */
export async function readPaperFile(file: string): Promise<Paper> {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.docx') {
    const { value } = await mammoth.convertToHtml({ path: file });
    return { text: htmlToText(value).text };
  }
  if (extension === '.pdf') return pdfToText(await readFile(file), file);
  const raw = await readFile(file, 'utf8');
  if (extension === '.html' || extension === '.htm' || /^\s*(?:<!doctype html|<html)/i.test(raw)) return htmlToText(raw);
  if (raw.includes('\u0000')) throw new Error(`${file}: is not plain text, HTML, a PDF or a Word .docx; convert it to text first`);
  return { text: raw };
}
