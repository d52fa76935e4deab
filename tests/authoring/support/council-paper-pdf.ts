/**
 * Makes a small PDF council paper with pdf-lib, for the importer's tests: a committee
 * report on an invented council's Ofsted inspection, with its judgement table (areas
 * wrapped over two lines, a grade centred beside them or wrapped itself), its areas for
 * improvement, and the council's action table (number, action, lead, due date, RAG status;
 * the action's words wrapped onto further lines), a cover sheet's labels one under another and
 * a heading set in the body's size, on two pages with page numbers and a running footer. Text is placed line by line, at the sizes and indents a word processor
 * uses, so the reader rebuilds lines and tables from positions as it does for real papers.
 * The council, the words and the people are invented; no real paper is copied.
 */
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';

export const PAPER_JUDGEMENTS: Array<[string[], string[], string]> = [
  [['The impact of leaders on social work practice', 'with children and families'], ['Requires improvement', 'to be good'], 'requires-improvement'],
  [['The experiences and progress of children who', 'need help and protection'], ['Inadequate'], 'inadequate'],
  [['The experiences and progress of children in', 'care and care leavers'], ['Good'], 'good'],
  [['Overall effectiveness'], ['Requires improvement', 'to be good'], 'requires-improvement'],
];

export const PAPER_ACTIONS: Array<{ id: string; text: string[]; lead: string; due: string; rag: string }> = [
  { id: '1.1', text: ['Audit every child protection plan', 'open for more than twelve months and', 'report the findings to the board.'], lead: 'Head of Service', due: 'Mar-20', rag: 'Green' },
  { id: '1.2', text: ['Introduce weekly management', 'oversight of strategy discussions', 'in the front door.'], lead: 'Service Manager', due: 'Jan-20', rag: 'Amber' },
  { id: '2.1', text: ['Recruit permanent team managers for the', 'children in care teams.'], lead: 'Director', due: 'Jun-20', rag: 'Red' },
];

class Writer {
  private constructor(
    private readonly doc: PDFDocument,
    private readonly font: PDFFont,
    private readonly bold: PDFFont,
  ) {}

  static async create() {
    const doc = await PDFDocument.create();
    return new Writer(doc, await doc.embedFont(StandardFonts.Helvetica), await doc.embedFont(StandardFonts.HelveticaBold));
  }

  page!: PDFPage;
  y = 0;
  private pages = 0;

  newPage() {
    this.page = this.doc.addPage([595, 842]);
    this.pages += 1;
    this.page.drawText('Northmoor County Council – Children’s Services Scrutiny Committee', { x: 71, y: 40, size: 8, font: this.font });
    this.page.drawText(String(this.pages), { x: 290, y: 24, size: 9, font: this.font });
    this.y = 770;
  }

  at(text: string, x: number, y: number, options: { size?: number; bold?: boolean } = {}) {
    this.page.drawText(text, { x, y, size: options.size ?? 11, font: options.bold ? this.bold : this.font });
  }

  line(text: string, options: { x?: number; size?: number; bold?: boolean; after?: number } = {}) {
    const size = options.size ?? 11;
    this.at(text, options.x ?? 71, this.y, options);
    this.y -= size * 1.2 + (options.after ?? 0);
  }

  save() {
    return this.doc.save();
  }
}

/** The paper as a PDF. */
export async function councilPaperPdf(): Promise<Uint8Array> {
  const w = await Writer.create();
  w.newPage();
  w.line('NORTHMOOR COUNTY COUNCIL', { size: 16, bold: true, after: 8 });
  w.line('Children’s Services Scrutiny Committee', { size: 14, bold: true, after: 4 });
  w.line('Date of meeting: 10 December 2019', { after: 4 });
  w.line('Report No. CS19042', { after: 12 });
  w.line('Ofsted inspection of local authority children’s services', { size: 14, bold: true, after: 8 });
  w.line('Inspectors were on site between 9 and 20 September 2019. The report was', {});
  w.line('published on 15 November 2019. Ofsted graded the council’s services as follows:', { after: 12 });
  // The table: a header, then rows set apart by the cells' padding; an area wraps over two
  // lines and its grade is centred on the row, or wraps too.
  w.at('Judgement', 77, w.y, { bold: true });
  w.at('Grade', 360, w.y, { bold: true });
  w.y -= 26;
  for (const [area, grade] of PAPER_JUDGEMENTS) {
    const top = w.y;
    area.forEach((line, i) => w.at(line, 77, top - i * 13.2));
    const middle = top - ((area.length - 1) * 13.2) / 2 + ((grade.length - 1) * 13.2) / 2;
    grade.forEach((line, i) => w.at(line, 360, middle - i * 13.2));
    w.y = top - (Math.max(area.length, grade.length) - 1) * 13.2 - 24;
  }
  w.y -= 6;
  w.line('Areas for improvement', { size: 12, bold: true, after: 6 });
  for (const item of ['The timeliness of initial child protection conferences.', 'The quality of supervision and management oversight.']) {
    w.at('•', 71, w.y);
    w.line(item, { x: 89, after: 4 });
  }

  w.newPage();
  w.line('Improvement plan: progress at 30 November 2019', { size: 14, bold: true, after: 10 });
  const columns = { id: 71, text: 115, lead: 350, due: 455, rag: 515 };
  w.at('Ref', columns.id, w.y, { bold: true });
  w.at('Action', columns.text, w.y, { bold: true });
  w.at('Lead', columns.lead, w.y, { bold: true });
  w.at('Due', columns.due, w.y, { bold: true });
  w.at('RAG', columns.rag, w.y, { bold: true });
  w.y -= 24;
  for (const action of PAPER_ACTIONS) {
    const top = w.y;
    w.at(action.id, columns.id, top);
    action.text.forEach((line, i) => w.at(line, columns.text, top - i * 13.2));
    w.at(action.lead, columns.lead, top);
    w.at(action.due, columns.due, top);
    w.at(action.rag, columns.rag, top);
    w.y = top - (action.text.length - 1) * 13.2 - 24;
  }
  w.y -= 6;
  // A heading set in the body's size, just above its paragraph.
  w.line('Next steps');
  w.line('The improvement board will review the plan again in March 2020 and report its');
  w.line('findings to this committee in April 2020.', { after: 8 });
  w.line('Members are asked to note the progress made against the plan.', {});
  return w.save();
}
