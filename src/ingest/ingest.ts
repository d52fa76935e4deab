/**
 * Ingests a folder of Ofsted's report PDFs: each read, turned into a review document,
 * checked with the whole library by the checker, and kept only when it passes. Every
 * report that is not kept has a reason. Used by `npm run ingest` and its tests.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { checkDrafts, loadLibrary } from '../authoring/library.ts';
import { readContentFiles } from '../checker/content-files.ts';
import { formatProblem } from '../checker/problem.ts';
import { sameInspection } from '../checker/same-inspection.ts';
import { findAuthority, type AuthorityEntry } from './authorities.ts';
import { documentPath, reviewDocument } from './document.ts';
import { readPdfLines } from './pdf.ts';
import { readDate, readReport, ReportError, type ReportRecord } from './report.ts';

export interface IngestedReport {
  /** The PDF, relative to the folder ingested. */
  pdf: string;
  /** The document's id (`<authority>/<yyyy-mm>-<kind>`) when one was made. */
  id?: string;
  /** The document's path relative to the project root, when it was made. */
  file?: string;
  /** The MDX text, when it was made. */
  text?: string;
  record?: ReportRecord;
  /** Why no document was kept. */
  reason?: string;
  /** The hand-written document that already records the report's inspection, when one does (then none is written). */
  inLibrary?: string;
}

/** Every PDF under a folder, as paths relative to it, in order. */
export function listPdfs(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((entry) => entry.toLowerCase().endsWith('.pdf'))
    .map((entry) => entry.split(path.sep).join('/'))
    .sort();
}

/** The URN of a report filed as `<urn>_<council>/…` (the scraper's layout), when it is. */
export function urnOf(pdf: string): string | undefined {
  return pdf.match(/(?:^|\/)(\d{5,8})_[^/]+\/[^/]+$/)?.[1];
}

/** Strips a name from text, as a test that none is left: true when the text holds one of the names. */
export function namesIn(text: string, names: readonly string[]): string[] {
  return names.filter((name) => new RegExp(`(?<![\\w])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}(?![\\w])`).test(text));
}

/** Reads and records every report under `folder`; the documents are checked but not written. */
export async function ingestFolder(folder: string, options: { root: string; out: string; onProgress?: (done: number, total: number) => void }): Promise<IngestedReport[]> {
  const library = loadLibrary(options.root);
  const authorities = load(readFileSync(path.join(options.root, 'content/vocabularies/authorities.yaml'), 'utf8')) as AuthorityEntry[];
  const outDir = path.relative(options.root, path.resolve(options.root, options.out)).split(path.sep).join('/');
  const pdfs = listPdfs(folder);
  const results: IngestedReport[] = [];
  for (const [index, pdf] of pdfs.entries()) {
    options.onProgress?.(index, pdfs.length);
    const result: IngestedReport = { pdf };
    results.push(result);
    try {
      const bytes = new Uint8Array(readFileSync(path.join(folder, pdf)));
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      // A scraper can save a web page under a report's name: say so rather than "invalid PDF".
      const head = new TextDecoder().decode(bytes.subarray(0, 512)).trimStart();
      if (!head.startsWith('%PDF')) {
        throw new ReportError(`not a PDF: the file (${bytes.length.toLocaleString('en-GB')} bytes) ${/^<(!doctype html|html)/i.test(head) ? 'is a web page' : 'does not start as a PDF does'}`);
      }
      const { lines } = await readPdfLines(bytes).catch((error: Error) => {
        throw new ReportError(`the PDF cannot be read (${error.message})`);
      });
      const record = readReport(lines);
      result.record = record;
      const urn = urnOf(pdf);
      const found = findAuthority(authorities, urn, record.council);
      if (!found.authority) throw new ReportError(found.how);
      const authority = library.authorities.find((a) => a.id === found.authority!.id) ?? found.authority;
      // One inspection, one document: a record written by hand from the council's papers stays, and carries the report under `report`.
      const handWritten = library.reviews.find((review) => !review.data.source.sha256 && sameInspection(review.data, { authority: authority.id, kind: record.kind, fieldwork: record.fieldwork }));
      if (handWritten) {
        result.inLibrary = handWritten.id;
        throw new ReportError(
          `the inspection is already in the library as ${handWritten.file}, written from ${handWritten.data.source.publisher}'s papers (same council, same kind of inspection, overlapping fieldwork); ${
            handWritten.data.report?.sha256 === sha256
              ? 'its `report` records this PDF, and `npm run ingest -- --verify` compares its judgements'
              : `record this report in its \`report\` (SHA-256 ${sha256}) with what only the report gives`
          }`,
        );
      }
      const listed = path.basename(pdf).match(/ - (\d{1,2} [a-z]+ \d{4})\.pdf$/i);
      const text = reviewDocument(record, {
        authority,
        frameworks: library.frameworks,
        themes: library.themes,
        sha256,
        urn: found.authority.ofstedUrn ?? urn,
        listedPublished: listed ? readDate(listed[1]!) : undefined,
      });
      const named = namesIn(text, record.inspectorNames);
      if (named.length) throw new ReportError(`the record would quote an inspector's name (${named.length} found); people appear by role only`);
      result.text = text;
      result.id = documentPath(record, authority.id);
    } catch (error) {
      if (!(error instanceof ReportError)) throw error;
      result.reason = error.message;
    }
  }
  // Two reports of the same kind in the month: the day fieldwork began tells them apart.
  const byId = Map.groupBy(results.filter((r) => r.id), (r) => r.id!);
  for (const group of byId.values()) {
    if (group.length < 2) continue;
    for (const r of group) r.id = `${r.id!.split('/')[0]}/${r.record!.fieldwork.from}-${r.record!.kind}`;
  }
  for (const r of results) if (r.id) r.file = `${outDir}/${r.id}.mdx`;
  // The checker judges every draft with the rest of the library, as `npm run check` will.
  const drafts = results.filter((r) => r.file);
  const problems = checkDrafts(readContentFiles(options.root), drafts.map((r) => ({ file: r.file!, raw: r.text! })));
  for (const r of drafts) {
    const mine = problems.filter((p) => p.file === r.file);
    if (!mine.length) continue;
    r.reason = `the checker refused the document: ${mine.slice(0, 3).map((p) => formatProblem(p).replace(/\s+/g, ' ')).join('; ')}`;
    delete r.file;
    delete r.text;
  }
  options.onProgress?.(pdfs.length, pdfs.length);
  return results;
}
