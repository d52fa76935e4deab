/**
 * `npm run ingest` end to end, as it runs on Ofsted's folder of reports, on PDFs of our own
 * making: a document for each report that reads and passes the checker, in the right place,
 * with no inspector's name in it; every other report in the ingest report with its reason.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentCopy, papersRoot, runScript } from '../support/authoring.ts';
import { ilacsReportPdf, INSPECTOR_NAMES, sifReportPdf } from '../ingest/support/report-pdfs.ts';

describe('npm run ingest', async () => {
  const root = contentCopy();
  appendFileSync(path.join(root, 'content/vocabularies/authorities.yaml'), `\n${readFileSync(path.join(papersRoot, 'authorities.yaml'), 'utf8')}`);
  const folder = path.join(root, 'reports');
  const put = (file: string, bytes: Uint8Array | string) => {
    mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    writeFileSync(path.join(folder, file), bytes);
  };
  put("80001_northmoor/children's services inspection - 20 october 2015.pdf", await sifReportPdf());
  put("80002_wexcombe/children's services inspection - 29 november 2024.pdf", await ilacsReportPdf());
  put("80002_wexcombe/children's services inspection - 30 november 2024.pdf", await ilacsReportPdf({ summaryNamesInspector: true }));
  put("80003_elsewhere/children's services inspection - 1 may 2020.pdf", 'not a PDF at all');
  put("80004_elsewhere/children's services inspection - 2 may 2020.pdf", '<!DOCTYPE html>\n<html lang="en"><head><title>Ofsted</title></head></html>');
  const run = runScript('ingest', [folder], root);

  it('writes a review per readable report under content/reviews/<authority>/<yyyy-mm>-<kind>.mdx', () => {
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('5 reports read');
    expect(run.stdout).toContain('2 documents written under content/reviews, 3 not');
    expect(existsSync(path.join(root, 'content/reviews/northmoor/2015-07-sif-inspection.mdx'))).toBe(true);
    expect(existsSync(path.join(root, 'content/reviews/wexcombe/2024-10-standard-inspection.mdx'))).toBe(true);
  });

  it('records grades on the framework\'s scale, paragraph references, provenance and the rule that assigned themes', () => {
    const sif = readFileSync(path.join(root, 'content/reviews/northmoor/2015-07-sif-inspection.mdx'), 'utf8');
    expect(sif).toContain('kind: "sif-inspection"\nconductedBy: "Ofsted"\nframework: "sif"');
    expect(sif).toContain('grade: "requires-improvement"');
    expect(sif).toMatch(/text: "Ensure that managers review child in need and child protection plans regularly \(paragraphs 33, 34\)\."\n {4}themes:\n(?: {6}- "[a-z-]+"\n)+ {4}paragraphs:\n {6}- "33"\n {6}- "34"/);
    expect(sif).toContain('addressee: "Local Safeguarding Children Board"');
    expect(sif).toContain('url: "https://reports.ofsted.gov.uk/provider/44/80001"');
    expect(sif).toMatch(/sha256: "[0-9a-f]{64}"/);
    expect(sif).toContain('themes: "Every finding\'s themes were assigned by rule');
    expect(sif).not.toContain('reportedIn');
  });

  it('quotes the opening summary with Ofsted\'s attribution under the Open Government Licence, and names no inspector', () => {
    const ilacs = readFileSync(path.join(root, 'content/reviews/wexcombe/2024-10-standard-inspection.mdx'), 'utf8');
    expect(ilacs).toContain('> Children in Wexcombe receive good help from a stable workforce.');
    expect(ilacs).toContain('> — Ofsted, Inspection of Wexcombe local authority children’s services, 29 November 2024. Contains public sector information licensed under the Open Government Licence v3.0.');
    expect(ilacs).toContain('published: "2024-11-29"');
    for (const name of INSPECTOR_NAMES) expect(ilacs).not.toContain(name);
    expect(ilacs).not.toMatch(/Lead inspector/i);
  });

  it('lists each report it did not write with the reason, in the ingest report', () => {
    const report = readFileSync(path.join(root, 'content/official/ingest-report.md'), 'utf8');
    expect(report).toContain('| documents written (read, and passed the checker) | 2 |');
    expect(report).toMatch(/80002_wexcombe\/children's services inspection - 30 november 2024\.pdf \| the record would quote an inspector's name/);
    expect(report).toMatch(/80003_elsewhere\/children's services inspection - 1 may 2020\.pdf \| not a PDF: the file \(16 bytes\) does not start as a PDF does/);
    expect(report).toMatch(/80004_elsewhere\/children's services inspection - 2 may 2020\.pdf \| not a PDF: the file \(\d+ bytes\) is a web page/);
  });

  it('leaves a library that npm run check passes', () => {
    const check = runScript('check', [], root);
    expect(check.stdout + check.stderr).toContain('no problems');
    expect(check.status).toBe(0);
  });
});
