/**
 * A PDF council paper is read from its text's positions, the way the ingest reads Ofsted's
 * reports: its judgement table and its action table come back as rows (cells separated by
 * tabs), with the words of a wrapped cell joined, so the importer recovers every judgement
 * and every action, with its lead, due date and status. The PDF is made by our own
 * generator (support/council-paper-pdf.ts); page numbers and the running footer are dropped.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPaper } from '../../src/importer/draft.ts';
import { readPaperFile } from '../../src/importer/inputs.ts';
import { librarySources, libraryOf } from '../support/authoring.ts';
import { councilPaperPdf, PAPER_ACTIONS, PAPER_JUDGEMENTS } from './support/council-paper-pdf.ts';

const library = libraryOf(librarySources());

async function paperFile(bytes: Uint8Array, name = 'paper.pdf') {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'import-pdf-')), name);
  writeFileSync(file, bytes);
  return file;
}

describe('a PDF council paper', () => {
  it('comes back with its tables as rows of tab-separated cells, wrapped cells joined', async () => {
    const { text } = await readPaperFile(await paperFile(await councilPaperPdf()));
    const lines = text.split('\n');
    expect(lines).toContain('The impact of leaders on social work practice with children and families\tRequires improvement to be good');
    expect(lines).toContain('The experiences and progress of children who need help and protection\tInadequate');
    expect(lines).toContain('Ref\tAction\tLead\tDue\tRAG');
    expect(lines).toContain('1.1\tAudit every child protection plan open for more than twelve months and report the findings to the board.\tHead of Service\tMar-20\tGreen');
    expect(lines).toContain('- The timeliness of initial child protection conferences.');
    // Labels of a cover sheet and a heading in the body's size stand on their own lines.
    expect(lines).toContain('Date of meeting: 10 December 2019');
    expect(lines).toContain('Report No. CS19042');
    expect(lines).toContain('Next steps');
    expect(lines).toContain('The improvement board will review the plan again in March 2020 and report its findings to this committee in April 2020.');
    expect(text).not.toMatch(/Scrutiny Committee\n\n?\d\n|^\d$/m);
    expect(text).not.toContain('Northmoor County Council – Children’s Services Scrutiny Committee');
  });

  it('is imported with every judgement and every action of its tables recovered', async () => {
    const file = await paperFile(await councilPaperPdf());
    const { text } = await readPaperFile(file);
    const result = importPaper(text, { fileName: path.basename(file), library, authority: 'northumberland' });
    expect(result.extracted.judgements.map((j) => [j.area, j.grade])).toEqual(PAPER_JUDGEMENTS.map(([area, , grade]) => [area.join(' '), grade]));
    expect(result.extracted.actions.actions.map((a) => [a.id, a.text, a.owner, a.due, a.status])).toEqual(
      PAPER_ACTIONS.map((a) => [a.id, a.text.join(' '), a.lead, a.due, a.rag.toLowerCase()]),
    );
    expect(result.extracted.metadata.meetingDate?.value).toBe('2019-12-10');
    expect(result.extracted.metadata.reportNumber?.value).toBe('CS19042');
  });

  it('that is no PDF is refused naming the file', async () => {
    const file = await paperFile(Buffer.from('%PDF-1.7\n\u0000\u0001 not a document'), 'broken.pdf');
    await expect(readPaperFile(file)).rejects.toThrow(`${file}: cannot be read as a PDF`);
  });
});
