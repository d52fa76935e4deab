/**
 * One inspection, one document: when the library already records a report's inspection in a
 * document written by hand from the council's papers (same council, same kind of inspection,
 * overlapping fieldwork), `npm run ingest` writes no second document and lists the report in
 * its own section of the ingest report, saying whether that document names this PDF yet.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentCopy, papersRoot, runScript } from '../support/authoring.ts';
import { sifReportPdf } from '../ingest/support/report-pdfs.ts';

const handWritten = (report = '') => `---
title: "Ofsted inspection of children's services, 2015"
authority: northmoor
kind: inspection
conductedBy: Ofsted
framework: sif
fieldwork:
  from: "2015-07"
reportedIn:
  - committee: Children's Services Scrutiny
    date: "2015-11-10"
source:
  title: Ofsted inspection of children's services
  publisher: Northmoor Borough Council
${report}summary: The council's paper on Ofsted's inspection, in the library's words.
judgements:
  - id: J1
    area: Overall effectiveness
    grade: requires-improvement
---
The council's account of the inspection.
`;

describe('npm run ingest, given a report whose inspection is already written by hand', async () => {
  const root = contentCopy();
  appendFileSync(path.join(root, 'content/vocabularies/authorities.yaml'), `\n${readFileSync(path.join(papersRoot, 'authorities.yaml'), 'utf8')}`);
  const document = path.join(root, 'content/reviews/northmoor/2015-07-inspection.mdx');
  mkdirSync(path.dirname(document), { recursive: true });
  writeFileSync(document, handWritten());
  const folder = path.join(root, 'reports');
  const pdf = "80001_northmoor/children's services inspection - 20 october 2015.pdf";
  const bytes = await sifReportPdf();
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  mkdirSync(path.join(folder, path.dirname(pdf)), { recursive: true });
  writeFileSync(path.join(folder, pdf), bytes);
  const first = runScript('ingest', [folder], root);
  const firstReport = readFileSync(path.join(root, 'content/official/ingest-report.md'), 'utf8');

  it('writes no second document of the inspection', () => {
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('0 documents written under content/reviews, 1 not');
    expect(existsSync(path.join(root, 'content/reviews/northmoor/2015-07-sif-inspection.mdx'))).toBe(false);
  });

  it('lists the report as already in the library, naming the document and the SHA-256 to record in its `report`', () => {
    expect(firstReport).toContain('| already in the library as a hand-written document | 1 |');
    expect(firstReport).toContain('| not written for another reason | 0 |');
    const section = firstReport.slice(firstReport.indexOf('## Reports already in the library'), firstReport.indexOf('## Reports not written'));
    expect(section).toContain(
      `| ${pdf} | northmoor/2015-07-inspection | the inspection is already in the library as content/reviews/northmoor/2015-07-inspection.mdx, written from Northmoor Borough Council's papers (same council, same kind of inspection, overlapping fieldwork); record this report in its \`report\` (SHA-256 ${sha256}) with what only the report gives |`,
    );
  });

  it('once the document names the report, says so, and the library still passes the checker', () => {
    writeFileSync(document, handWritten(`report:\n  title: Inspection of services for children in need of help and protection, children looked after and care leavers\n  publisher: Ofsted\n  sha256: "${sha256}"\n`));
    const second = runScript('ingest', [folder], root);
    expect(second.status).toBe(0);
    expect(readFileSync(path.join(root, 'content/official/ingest-report.md'), 'utf8')).toContain("its `report` records this PDF, and `npm run ingest -- --verify` compares its judgements |");
    const check = runScript('check', [], root);
    expect(check.stdout + check.stderr).toContain('no problems');
  });
});
