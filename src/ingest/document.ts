/**
 * From a report's record to a review document of the library: frontmatter on the content
 * model (grade ids of the framework's scale, themes by rule, provenance) and a body that
 * quotes the report's opening summary with Ofsted's attribution. Pure: the caller reads the
 * vocabularies and writes the file.
 */
import { stringify } from 'yaml';
import { guessThemes } from '../importer/themes.ts';
import { formatDate, reviewKindLabel } from '../lib/labels.ts';
import type { Authority, Framework, Theme } from '../schemas/vocabularies.ts';
import type { ReportItem, ReportJudgement, ReportRecord } from './report.ts';

export interface DocumentContext {
  authority: Authority;
  frameworks: readonly Framework[];
  themes: readonly Theme[];
  /** SHA-256 of the PDF, hex. */
  sha256: string;
  /** Ofsted's unique reference number of the council's children's services, when known. */
  urn?: string;
  /** The publication date Ofsted's reports site gives, when the report does not print one. */
  listedPublished?: string;
}

/** When no theme word matches, a finding is filed under practice, the subject of every inspection. */
export const FALLBACK_THEME = 'practice-quality';

const OGL = 'Contains public sector information licensed under the Open Government Licence v3.0.';

/** A kind's label inside a sentence: "Standard inspection" → "standard inspection", "SIF inspection" kept. */
const inSentence = (label: string) => (/^[A-Z]{2,}\b/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1));

/** Grade words as printed to the framework's grade id ("Requires improvement to be good" → `requires-improvement`). */
export function gradeId(framework: Framework, words: string): string {
  const grade = framework.grades.find((g) => g.label.toLowerCase() === words.toLowerCase());
  if (!grade) throw new Error(`"${words}" is not a grade of the ${framework.shortName} scale (${framework.grades.map((g) => g.label).join(', ')})`);
  return grade.id;
}

/** The report's paragraphs as one blockquote: each paragraph quoted, then the attribution. */
export function quoteSummary(paragraphs: readonly string[], attribution: string): string {
  const escape = (text: string) => text.replace(/([\\`*_[\]{}<>#|~])/g, '\\$1');
  return [...paragraphs.map((p) => `> ${escape(p)}`), `> — ${escape(attribution)}`].join('\n>\n');
}

/** Our own one-paragraph summary: what the report is, when, and its headline grade. */
export function summarise(record: ReportRecord, authority: Authority, gradeLabel: string | undefined): string {
  const kind = inSentence(reviewKindLabel[record.kind]!);
  const when = record.fieldwork.to ? `from ${formatDate(record.fieldwork.from)} to ${formatDate(record.fieldwork.to)}` : `on ${formatDate(record.fieldwork.from)}`;
  const counts = [
    record.recommendations.length && `${record.recommendations.length} recommendation${record.recommendations.length === 1 ? '' : 's'}`,
    record.areasForImprovement.length && `${record.areasForImprovement.length} area${record.areasForImprovement.length === 1 ? '' : 's'} for improvement`,
    record.strengths.length && `${record.strengths.length} strength${record.strengths.length === 1 ? '' : 's'}`,
  ].filter(Boolean);
  const grade = gradeLabel ? `; it graded their overall effectiveness "${gradeLabel}"` : '';
  const listed = counts.length ? ` The report lists ${counts.join(', ').replace(/, ([^,]*)$/, ' and $1')}.` : '';
  return `Ofsted's ${kind} of ${authority.shortName}'s children's services, with fieldwork ${when}${grade}.${listed}`;
}

function findings(items: readonly ReportItem[], prefix: string, themes: readonly Theme[]) {
  return items.map((item, index) => ({
    id: `${prefix}${index + 1}`,
    text: item.text,
    themes: guessThemes(item.text, themes, FALLBACK_THEME).themes,
    ...(item.addressee ? { addressee: item.addressee } : {}),
    ...(item.paragraphs ? { paragraphs: item.paragraphs } : {}),
  }));
}

function judgements(list: readonly ReportJudgement[], framework: Framework) {
  return list.map((j, index) => ({
    id: `J${index + 1}`,
    area: j.area,
    grade: gradeId(framework, j.grade),
    ...(j.sub?.length ? { sub: j.sub.map((s, i) => ({ id: `J${index + 1}.${i + 1}`, area: s.area, grade: gradeId(framework, s.grade) })) } : {}),
  }));
}

/** The review document (frontmatter and body) for a report, as MDX text. */
export function reviewDocument(record: ReportRecord, context: DocumentContext): string {
  const framework = context.frameworks.find((f) => f.id === record.framework);
  if (!framework) throw new Error(`the frameworks vocabulary has no "${record.framework}"`);
  const published = record.published ?? context.listedPublished;
  const overall = record.judgements.find((j) => /^overall effectiveness$/i.test(j.area));
  const title = `Ofsted ${inSentence(reviewKindLabel[record.kind]!)} of children's services, ${record.fieldwork.from.slice(0, 4)}`;
  const inferred: Record<string, string> = {
    themes:
      'Every finding\'s themes were assigned by rule, not read: the themes whose labels or synonyms (content/vocabularies/themes.yaml) occur in the finding\'s words, the strongest matches first; a finding with no such words is filed under "Quality of social work practice".',
  };
  if (record.kindInferred) inferred.kind = record.kindInferred;
  if (!record.published && published) inferred.published = 'The report does not print its publication date; this is the date Ofsted\'s reports site lists it under.';
  if (record.judgements.some((j) => /Local Safeguarding Children Board/.test(j.area))) {
    inferred['judgements.area'] = 'The safeguarding board\'s judgement is named here as the report words its heading; the report reviews the board alongside the council\'s services.';
  }
  const data = {
    title,
    authority: context.authority.id,
    kind: record.kind,
    conductedBy: 'Ofsted',
    framework: framework.id,
    fieldwork: { from: record.fieldwork.from, ...(record.fieldwork.to ? { to: record.fieldwork.to } : {}) },
    ...(published ? { published } : {}),
    source: {
      title: `${record.title}${record.title.includes(record.council) ? '' : ` (${record.council})`}`,
      publisher: 'Ofsted',
      ...(context.urn ? { url: `https://reports.ofsted.gov.uk/provider/44/${context.urn}` } : {}),
      sha256: context.sha256,
    },
    summary: summarise(record, context.authority, overall && framework.grades.find((g) => g.id === gradeId(framework, overall.grade))?.label),
    judgements: judgements(record.judgements, framework),
    strengths: findings(record.strengths, 'S', context.themes),
    areasForImprovement: findings(record.areasForImprovement, 'W', context.themes),
    recommendations: findings(record.recommendations, 'R', context.themes),
    inferred,
  };
  const frontmatter = stringify(data, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
  const attribution = `Ofsted, ${record.title}${record.title.includes(record.council) ? '' : `, ${record.council}`}, ${formatDate(published ?? record.fieldwork.to ?? record.fieldwork.from)}. ${OGL}`;
  const body = [
    `The report opens with this summary${record.framework === 'sif' ? ' of its judgements' : ''}:`,
    quoteSummary(record.summary, attribution),
    'The judgements, recommendations, areas for improvement and strengths above are quoted from the report as printed, in its order; the paragraph numbers they cite are the report\'s own.',
  ].join('\n\n');
  return `---\n${frontmatter}---\n\n${body}\n`;
}

/** Where a review goes: `<authority>/<yyyy-mm>-<kind>`, the month fieldwork began. */
export function documentPath(record: ReportRecord, authority: string): string {
  return `${authority}/${record.fieldwork.from.slice(0, 7)}-${record.kind}`;
}
