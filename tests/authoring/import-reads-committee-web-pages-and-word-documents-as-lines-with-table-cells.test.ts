/**
 * A committee system's HTML page and a Word document are read into the same lines as a
 * text paper: a table row is one line with its cells, list items are items, headings are
 * headings. Both are made here, from the invented Northmoor inspection paper's content.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { htmlToText, readPaperFile } from '../../src/importer/inputs.ts';
import { readLines } from '../../src/importer/lines.ts';
import { importFrom, librarySources, libraryOf } from '../support/authoring.ts';
import { importPaper } from '../../src/importer/draft.ts';

const sources = librarySources();
const library = libraryOf(sources);
const fromText = importFrom('northmoor-inspection.txt', sources);
const judgementsOf = (result: typeof fromText) => result.extracted.judgements.map((j) => [j.area, j.grade]);

const GRADES = [
  ['The impact of leaders on social work practice with children and families', 'Requires improvement to be good'],
  ['The experiences and progress of children who need help and protection', 'Inadequate'],
  ['The experiences and progress of children in care and care leavers', 'Requires improvement to be good'],
  ['Overall effectiveness', 'Inadequate'],
];
const STRENGTHS = ['Children in care live in stable homes and most attend good schools.', 'Care leavers are well supported by personal advisers who know them well.'];

const page = `<!doctype html><html><head><title>Agenda item</title>
<link rel="canonical" href="https://democracy.example.gov.uk/mgAi.aspx?ID=1">
<script>var tracking = 1;</script></head>
<body><nav><a href="/">Home</a></nav>
<h1>Northmoor County Council</h1><h2>Cabinet</h2>
<p>Meeting to be held on Tuesday 10 December 2019</p>
<h2>OFSTED INSPECTION OF LOCAL AUTHORITY CHILDREN'S SERVICES (ILACS)</h2>
<p>Inspectors were on site between 9 and 20 September 2019.</p>
<p>Ofsted graded the council's services as follows:</p>
<table><tr><th>Judgement</th><th>Grade</th></tr>
${GRADES.map(([area, grade]) => `<tr><td><p>${area}</p></td><td>${grade}</td></tr>`).join('\n')}</table>
<p>Inspectors found the following strengths:</p>
<ol>${STRENGTHS.map((s) => `<li>${s}</li>`).join('')}</ol>
</body></html>`;

describe('an HTML page from a committee system', () => {
  const paper = htmlToText(page);
  const lines = readLines(paper.text);

  it('becomes lines: each table row one line with its cells, list items numbered, no script or navigation', () => {
    expect(lines.find((l) => l.text.startsWith('Overall effectiveness'))?.cells).toEqual(['Overall effectiveness', 'Inadequate']);
    expect(lines.filter((l) => l.marker?.family === 'number').map((l) => l.body)).toEqual(STRENGTHS);
    expect(paper.text).not.toMatch(/tracking|Home/);
    expect(paper.address).toBe('https://democracy.example.gov.uk/mgAi.aspx?ID=1');
  });

  it('is imported as the text paper is: the same judgements and strengths', () => {
    const result = importPaper(paper.text, { fileName: 'page.html', library });
    expect(judgementsOf(result)).toEqual(judgementsOf(fromText));
    expect(result.extracted.findings.items.filter((i) => i.list === 'strengths').map((i) => i.text)).toEqual(STRENGTHS);
    expect(result.extracted.metadata.fieldwork?.value).toEqual({ from: '2019-09-09', to: '2019-09-20' });
  });
});

/** A minimal Word document: paragraphs and a table, as WordprocessingML. */
async function wordDocument(paragraphs: string[], rows: string[][]): Promise<Buffer> {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r></w:p>`;
  const table = `<w:tbl>${rows.map((row) => `<w:tr>${row.map((cell) => `<w:tc>${p(cell)}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`;
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs.map(p).join('')}${table}</w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer' });
}

describe('a Word document', () => {
  it('is read through its HTML into the same lines, its table rows with their cells', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'import-docx-'));
    const file = path.join(folder, 'paper.docx');
    writeFileSync(file, await wordDocument(['NORTHMOOR COUNTY COUNCIL', 'Ofsted graded the council’s services as follows:'], [['Judgement', 'Grade'], ...GRADES]));
    const paper = await readPaperFile(file);
    const result = importPaper(paper.text, { fileName: 'paper.docx', library });
    expect(readLines(paper.text).find((l) => l.text.startsWith('Overall effectiveness'))?.cells).toEqual(['Overall effectiveness', 'Inadequate']);
    expect(judgementsOf(result)).toEqual(judgementsOf(fromText));
  });
});
