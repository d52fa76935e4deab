/**
 * Makes small PDFs in the layouts of Ofsted's reports, with pdf-lib, for the ingest's tests:
 * a single inspection framework (SIF) report and an ILACS report, each with its judgement
 * table, its list of recommendations or areas for improvement, running footers, page
 * numbers and inspectors' names. The councils, the words and the names are invented; no
 * real report is copied. Text is placed line by line as Word places it, at the same sizes
 * and indents, so the reader rebuilds lines and tables from positions as it does for real.
 */
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';

/** Names the tests make sure never reach a record. */
export const INSPECTOR_NAMES = ['Jane Exampleton', 'Robin Fictional', 'Sam Madeup'];

interface Writer {
  page: PDFPage;
  y: number;
}

class ReportPdf {
  private constructor(
    private readonly doc: PDFDocument,
    private readonly font: PDFFont,
    private readonly bold: PDFFont,
    private readonly footer: string,
  ) {}

  static async create(footer: string) {
    const doc = await PDFDocument.create();
    return new ReportPdf(doc, await doc.embedFont(StandardFonts.Helvetica), await doc.embedFont(StandardFonts.HelveticaBold), footer);
  }

  private pages = 0;

  newPage(): Writer {
    const page = this.doc.addPage([595, 842]);
    this.pages += 1;
    page.drawText(this.footer, { x: 71, y: 40, size: 8, font: this.font });
    page.drawText(String(this.pages), { x: 513, y: 24, size: 20, font: this.font });
    return { page, y: 760 };
  }

  text(w: Writer, text: string, options: { x?: number; size?: number; bold?: boolean; gap?: number } = {}) {
    const size = options.size ?? 12;
    w.page.drawText(text, { x: options.x ?? 71, y: w.y, size, font: options.bold ? this.bold : this.font });
    w.y -= size * 1.21 + (options.gap ?? 0);
  }

  /** Text at a position without moving down: a table's other column. */
  at(w: Writer, text: string, x: number, y: number, size = 12) {
    w.page.drawText(text, { x, y, size, font: this.font });
  }

  /** A numbered paragraph: the number at the margin, the words indented, wrapped as given. */
  numbered(w: Writer, number: string, lines: readonly string[]) {
    this.at(w, `${number}.`, 71, w.y);
    for (const line of lines) this.text(w, line, { x: 99 });
    w.y -= 12;
  }

  bullet(w: Writer, lines: readonly string[], x = 71) {
    this.at(w, '•', x, w.y);
    for (const line of lines) this.text(w, line, { x: x + 18 });
    w.y -= 8;
  }

  save() {
    return this.doc.save();
  }
}

/** A SIF report of 2015-2017: headline, numbered judgement table, recommendations, the board's section. */
export async function sifReportPdf(): Promise<Uint8Array> {
  const pdf = await ReportPdf.create('Inspection of Northmoor children’s services');
  const p1 = pdf.newPage();
  pdf.text(p1, 'Northmoor Borough Council', { size: 26, gap: 6 });
  pdf.text(p1, 'Inspection of services for children in need of help and', { size: 14, bold: true });
  pdf.text(p1, 'protection, children looked after and care leavers', { size: 14, bold: true, gap: 6 });
  pdf.text(p1, 'Inspection date: 6 July 2015 – 30 July 2015', { size: 14, gap: 4 });
  pdf.text(p1, 'Report published: 19 October 2015', { size: 14, gap: 10 });
  pdf.text(p1, 'Children’s services in Northmoor require improvement to be good', { size: 14, bold: true, gap: 6 });
  pdf.text(p1, 'The local authority is not yet delivering good protection and help and care for', { gap: 0 });
  pdf.text(p1, 'children, young people and families.', { gap: 6 });
  pdf.text(p1, 'It is Ofsted’s expectation that, as a minimum, all children and young people', {});
  pdf.text(p1, 'receive good help, care and protection.', { gap: 30 });
  // The table: row text wraps, and a grade set over two lines is centred on its row.
  const row = (number: string, lines: string[], grade: string[], x = 71) => {
    const top = p1.y;
    pdf.at(p1, number, x, top);
    lines.forEach((line, i) => pdf.at(p1, line, x + 18, top - i * 14.5));
    const middle = top - ((lines.length - 1) * 14.5) / 2 + ((grade.length - 1) * 14.5) / 2;
    grade.forEach((g, i) => pdf.at(p1, g, 388, middle - i * 14.5));
    p1.y = top - (lines.length - 1) * 14.5 - 27;
  };
  row('1.', ['Children who need help and protection'], ['Requires', 'improvement']);
  row('2.', ['Children looked after and achieving', 'permanence'], ['Requires improvement']);
  row('2.1', ['Adoption performance'], ['Good'], 101);
  row('2.2', ['Experiences and progress of care leavers'], ['Inadequate'], 101);
  row('3.', ['Leadership, management and governance'], ['Requires improvement']);

  const p2 = pdf.newPage();
  pdf.text(p2, 'Recommendations', { size: 14, bold: true, gap: 12 });
  pdf.numbered(p2, '1', ['Strengthen management oversight in the front door so that children who', 'need a social work assessment are seen quickly (paragraph 25).']);
  pdf.numbered(p2, '2', ['Ensure that managers review child in need and child protection plans', 'regularly (paragraphs 33, 34).']);
  pdf.numbered(p2, '3', ['Implement the following areas for improvement from the previous inspection:']);
  p2.y += 12;
  pdf.bullet(p2, ['improve the timeliness of health assessments for looked after', 'children (paragraph 54)'], 99);
  pdf.bullet(p2, ['improve the quality of personal education plans (paragraph 55).'], 99);
  p2.y -= 4;
  pdf.numbered(p2, '4', ['Improve arrangements for keeping in touch with all care leavers', '(paragraphs 100 to 102).']);
  pdf.text(p2, 'Summary for children and young people', { size: 14, bold: true, gap: 12 });
  pdf.bullet(p2, ['Social workers see children on their own and listen to them.']);

  const p3 = pdf.newPage();
  pdf.text(p3, 'The Local Safeguarding Children Board (LSCB)', { size: 16, bold: true, gap: 8 });
  pdf.text(p3, 'The Local Safeguarding Children Board is good', { size: 14, bold: true, gap: 12 });
  pdf.text(p3, 'Recommendations', { size: 14, bold: true, gap: 12 });
  pdf.numbered(p3, '20', ['Evaluate the impact of multi-agency training on frontline practice.']);
  pdf.text(p3, 'Information about this inspection', { size: 16, bold: true, gap: 12 });
  pdf.text(p3, 'The inspection team', { size: 12, bold: true, gap: 4 });
  pdf.text(p3, `Lead inspector: ${INSPECTOR_NAMES[0]}`, {});
  pdf.text(p3, `Team inspectors: ${INSPECTOR_NAMES[1]}, ${INSPECTOR_NAMES[2]}`, {});
  return pdf.save();
}

/** An ILACS report of 2022-: title, lead inspector, "Judgement | Grade" table, summary, "What needs to improve?". */
export async function ilacsReportPdf(options: { summaryNamesInspector?: boolean } = {}): Promise<Uint8Array> {
  const pdf = await ReportPdf.create('Inspection of Wexcombe local authority children’s services');
  const p1 = pdf.newPage();
  pdf.text(p1, 'Inspection of Wexcombe local authority', { size: 26 });
  pdf.text(p1, 'children’s services', { size: 26, gap: 8 });
  pdf.text(p1, 'Inspection dates: 7 to 18 October 2024', { gap: 8 });
  pdf.text(p1, `Lead inspector: ${INSPECTOR_NAMES[0]}, His Majesty’s Inspector`, { gap: 20 });
  pdf.at(p1, 'Judgement', 77, p1.y);
  pdf.at(p1, 'Grade', 300, p1.y);
  p1.y -= 33;
  const row = (lines: string[], grade: string) => {
    pdf.at(p1, grade, 300, p1.y);
    for (const line of lines) {
      pdf.at(p1, line, 77, p1.y);
      p1.y -= 14.5;
    }
    p1.y -= 12.5;
  };
  row(['The impact of leaders on social work', 'practice with children and families'], 'Good');
  row(['The experiences and progress of', 'children who need help and protection'], 'Requires improvement to be good');
  row(['The experiences and progress of', 'children in care'], 'Good');
  row(['The experiences and progress of care', 'leavers'], 'Outstanding');
  row(['Overall effectiveness'], 'Good');
  p1.y -= 10;
  pdf.text(p1, 'Children in Wexcombe receive good help from a stable workforce. Leaders know');
  pdf.text(p1, 'their services well and have acted on the findings of the last inspection.', { gap: 6 });
  pdf.text(p1, options.summaryNamesInspector ? `Inspectors led by ${INSPECTOR_NAMES[0]} saw strong practice with care leavers.` : 'Inspectors saw strong practice with care leavers.');

  const p2 = pdf.newPage();
  pdf.text(p2, 'What needs to improve?', { size: 14, bold: true, gap: 10 });
  pdf.bullet(p2, ['The timeliness of initial child protection conferences.']);
  pdf.bullet(p2, ['The quality of management oversight and supervision of social', 'workers.']);
  pdf.text(p2, 'The experiences and progress of children who need help and', { size: 14, bold: true });
  pdf.text(p2, 'protection: requires improvement to be good', { size: 14, bold: true, gap: 10 });
  pdf.numbered(p2, '1', ['Children and families receive help at the right time from a range of', 'early help services.']);
  return pdf.save();
}
