/**
 * The facts about the paper itself: which council, which committee and meeting, the
 * report number and title, what kind of review it reports and when the fieldwork was.
 * Council papers put these in a header of labelled lines ("Decision Maker:", "Date:",
 * "Report No.", "Title:") or as the first short lines of the page; both are read.
 */
import type { Authority, Framework } from '../schemas/vocabularies.ts';
import { slugify } from '../authoring/naming.ts';
import { findDates, findSpan, type DateSpan } from './dates.ts';
import type { SourceLine } from './lines.ts';

export interface Located<T> {
  value: T;
  /** Source line it was read from. */
  line: number;
}

export type PaperKind = 'inspection' | 'peer-review' | 'diagnostic' | 'monitoring-visit' | 'focused-visit' | 'thematic-review' | 'progress';

export interface PaperMetadata {
  title?: Located<string>;
  authority?: Located<string> & { name: string; known: boolean };
  committee?: Located<string>;
  meetingDate?: Located<string>;
  reportNumber?: Located<string>;
  agendaItem?: Located<string>;
  fieldwork?: Located<DateSpan>;
  published?: Located<string>;
  /** Kinds scored by how strongly the title and text point at them, best first. */
  kinds: Array<{ kind: PaperKind; score: number }>;
  /** Who carried out the review, as far as the text says. */
  conductedBy?: Located<string>;
  /** A framework the text names outright. */
  framework?: Located<string>;
}

/** How many lines of the top of the paper count as its header. */
const HEADER_LINES = 45;

/** The value of a labelled header line, e.g. "Decision Maker: EXECUTIVE". */
function labelled(lines: readonly SourceLine[], label: RegExp, limit = HEADER_LINES): Located<string> | undefined {
  for (const line of lines.slice(0, limit)) {
    const m = line.text.match(new RegExp(`^(?:${label.source})\\s*:\\s*(.+)$`, 'i'));
    if (m && m[1]!.trim()) return { value: m[1]!.trim(), line: line.no };
  }
  return undefined;
}

/** ALL-CAPS headers read better in title case: "CARE SERVICES PDS" → "Care Services PDS". */
export function tidyCaps(text: string): string {
  if (/[a-z]/.test(text)) return text;
  const small = new Set(['and', 'of', 'for', 'the', 'by', 'on', 'to', 'in', 'a']);
  return text
    .toLowerCase()
    .split(' ')
    .map((word, i) => {
      if (i > 0 && small.has(word)) return word;
      // Short vowelless words (PDS, CQC) and bracketed abbreviations ("(ILACS)") stay in capitals.
      if (/^[a-z]{2,3}$/.test(word) && !['pre', 'new', 'all', 'key', 'who', 'our', 'its', 'one', 'two'].includes(word) && !/[aeiou]/.test(word.slice(1))) return word.toUpperCase();
      if (/^\([a-z]{2,6}\)$/.test(word)) return word.toUpperCase();
      return word.replace(/^([^a-z]*)([a-z])/, (_, p: string, c: string) => p + c.toUpperCase());
    })
    .join(' ');
}

const COMMITTEE = /\b(committee|panel|board|cabinet|executive|sub-committee|forum|scrutiny|pds)\b/i;
const NOT_TITLE = /^(report (of|from|no|number|author|by)|part\s+(1|one|i)\b|ward|date|decision|contact|chief officer|responsible|this report|agenda|appendix|telephone|tel|e-?mail|fax|purpose|summary|recommendation|reason)/i;

function authorityPatterns(authority: Authority): RegExp[] {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [new RegExp(`\\b${escape(authority.name)}\\b`, 'gi'), new RegExp(`\\b${escape(authority.shortName)}\\b`, 'gi')];
}

/** The council: the vocabulary's authority named most (its full name counts more, and early). */
function findAuthority(lines: readonly SourceLine[], authorities: readonly Authority[]): PaperMetadata['authority'] {
  const text = lines.map((l) => l.text).join('\n');
  const header = lines.slice(0, HEADER_LINES).map((l) => l.text).join('\n');
  let best: { authority: Authority; score: number } | undefined;
  for (const authority of authorities) {
    const [full, short] = authorityPatterns(authority);
    const score = (text.match(full!)?.length ?? 0) * 3 + (text.match(short!)?.length ?? 0) + ((header.match(short!)?.length ?? 0) > 0 ? 3 : 0);
    if (score > (best?.score ?? 0)) best = { authority, score };
  }
  // A council named in the header but not in the vocabulary beats one mentioned in passing.
  // Upper-case headers ("NORTHMOOR COUNTY COUNCIL") are read in title case.
  const councilLine = (l: SourceLine) => tidyCaps(l.text.trim());
  const named = lines
    .slice(0, HEADER_LINES)
    .find(
      (l) =>
        /^(?:(?:the\s+)?(?:London Borough of|Royal Borough of|City of|Borough of|County of)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}|[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}\s+(?:Metropolitan Borough|County|Borough|City|District)?\s*Council)$/.test(councilLine(l)) &&
        !/^(?:Full|The|County|Borough|City|District|Parish|Town)\s+Council$/.test(councilLine(l)),
    );
  if (named) {
    const name = councilLine(named);
    const known = authorities.find((a) => authorityPatterns(a).some((p) => new RegExp(p.source, p.flags.replace('g', '')).test(name)));
    if (known) return { value: known.id, name: known.name, known: true, line: named.no };
    if (!best || best.score < 6) {
      const slug = slugify(name.replace(/^(the\s+)?(London Borough of|Royal Borough of|City of|Borough of|County of)\s+/i, '').replace(/\s+(Metropolitan Borough|County|Borough|City|District)?\s*Council$/i, ''));
      return { value: slug, name, known: false, line: named.no };
    }
  }
  if (!best || best.score < 2) return undefined;
  const [full, short] = authorityPatterns(best.authority);
  const first = lines.find((l) => new RegExp(full!.source, 'i').test(l.text) || new RegExp(short!.source).test(l.text));
  return { value: best.authority.id, name: best.authority.name, known: true, line: first?.no ?? 1 };
}

function findMeetingDate(lines: readonly SourceLine[]): Located<string> | undefined {
  const label = labelled(lines, /date(?: of (?:the )?meeting)?|meeting date/);
  const fromLabel = label && findDates(label.value).find((d) => d.value.length === 10);
  if (label && fromLabel) return { value: fromLabel.value, line: label.line };
  for (const line of lines.slice(0, HEADER_LINES)) {
    const m = line.text.match(/meeting (?:to be )?held on (.+)/i);
    const date = m && findDates(m[1]!).find((d) => d.value.length === 10);
    if (date) return { value: date.value, line: line.no };
  }
  // A date standing alone near the top: "11 February 2019".
  for (const line of lines.slice(0, HEADER_LINES)) {
    const dates = findDates(line.text);
    if (dates.length && dates[0]!.value.length === 10 && dates[0]!.raw.length >= line.text.length - 12) return { value: dates[0]!.value, line: line.no };
  }
  return undefined;
}

function findCommittee(lines: readonly SourceLine[], authorityName?: string): Located<string> | undefined {
  const label = labelled(lines, /decision maker|committee|meeting|report to|to/);
  if (label && COMMITTEE.test(label.value)) return { value: tidyCaps(label.value.replace(/\s*[,;]$/, '')), line: label.line };
  for (const line of lines.slice(0, HEADER_LINES)) {
    const text = line.text;
    if (!COMMITTEE.test(text) || text.split(' ').length > 12 || findDates(text).length || /[.:]$/.test(text)) continue;
    if (NOT_TITLE.test(text) || (authorityName && text.toLowerCase() === authorityName.toLowerCase())) continue;
    if (/^(the )?(panel|committee|board) (is|are)\b/i.test(text)) continue;
    return { value: tidyCaps(text), line: line.no };
  }
  return label && !findDates(label.value).length ? { value: tidyCaps(label.value), line: label.line } : undefined;
}

function findTitle(lines: readonly SourceLine[], skip: Set<number>, authorityName?: string): Located<string> | undefined {
  const label = labelled(lines, /title|subject|report title/);
  if (label) return label;
  for (const line of lines.slice(0, HEADER_LINES)) {
    const text = line.text;
    if (line.blank || skip.has(line.no) || line.marker || text.split(' ').length > 20 || text.split(' ').length < 2) continue;
    if (NOT_TITLE.test(text) || /[.:;,]$/.test(text) || /:\s/.test(text) || findDates(text).length) continue;
    if (authorityName && text.toLowerCase().includes(authorityName.toLowerCase()) && text.split(' ').length <= authorityName.split(' ').length + 1) continue;
    if (/\b(council|borough)$/i.test(text) || /@|\bwww\.|https?:/.test(text)) continue;
    return { value: text, line: line.no };
  }
  return undefined;
}

const KIND_PATTERNS: Record<PaperKind, RegExp> = {
  'monitoring-visit': /\bmonitoring visits?\b/gi,
  'focused-visit': /\bfocused visits?\b/gi,
  'peer-review': /\bpeer[- ](?:reviews?|challenges?|team|reviewers?|led)\b/gi,
  diagnostic: /\bdiagnostic\b/gi,
  'thematic-review': /\bthematic (?:reviews?|inspections?)\b/gi,
  inspection: /\binspect(?:ion|ed|ors?)\b/gi,
  progress: /\b(?:progress (?:report|update|against|on|made)|exception reports?|improvement plan|action plan|RAG)\b/gi,
};

function scoreKinds(lines: readonly SourceLine[], title?: string): PaperMetadata['kinds'] {
  const text = lines.map((l) => l.text).join('\n');
  return (Object.keys(KIND_PATTERNS) as PaperKind[])
    .map((kind) => {
      const pattern = KIND_PATTERNS[kind];
      const inTitle = title ? (title.match(pattern)?.length ?? 0) : 0;
      // The title says what the paper is about; the body mentions everything around it.
      return { kind, score: inTitle * 10 + (text.match(pattern)?.length ?? 0) };
    })
    .filter((k) => k.score > 0)
    .sort((a, b) => b.score - a.score);
}

/** The sentence of a text around a position. */
function sentenceAt(text: string, index: number): string {
  const start = Math.max(text.lastIndexOf('. ', index) + 2, 0);
  const endDot = text.indexOf('. ', index);
  return text.slice(start, endDot < 0 ? text.length : endDot + 1);
}

const FIELDWORK = /\b(field ?work|on[- ]site|inspected|inspection (?:took place|was carried out|was undertaken|ran)|(?:visit|review|inspection|diagnostic) (?:took place|was (?:carried out|undertaken|held|conducted))|undert(?:ook|aken) (?:the )?(?:review|inspection|visit|diagnostic|field ?work)|carried out (?:an? |the )?(?:\w+ )?(?:review|inspection|visit)|(?:review|inspection|visit) (?:on|between|from)\b|took place (?:on|between|from|over))/i;

/**
 * The fieldwork dates: of the sentences that speak of fieldwork and give dates, the one
 * that says most (a range over a day, a day over a month; "field work" and "on site" over
 * a review merely "undertaken"), so that the date of an earlier inspection the paper
 * mentions in passing does not win.
 */
function findFieldwork(lines: readonly SourceLine[]): Located<DateSpan> | undefined {
  let best: { found: Located<DateSpan>; score: number } | undefined;
  for (const line of lines) {
    for (const m of line.text.matchAll(new RegExp(FIELDWORK.source, 'gi'))) {
      const span = findSpan(sentenceAt(line.text, m.index!));
      if (!span) continue;
      const score = (span.to ? 3 : span.from.length === 10 ? 2 : 1) + (/field ?work|on[- ]site/i.test(m[0]) ? 2 : 0);
      if (!best || score > best.score) best = { found: { value: span, line: line.no }, score };
    }
  }
  return best?.found;
}

function findPublished(lines: readonly SourceLine[]): Located<string> | undefined {
  for (const line of lines) {
    const m = line.text.match(/\b(?:report|letter|findings)\s+(?:was|were)\s+published\s+(?:on\s+)?(?:the\s+)?(.{0,40})/i);
    const date = m && findDates(m[1]!)[0];
    if (date) return { value: date.value, line: line.no };
  }
  return undefined;
}

function findConductedBy(lines: readonly SourceLine[], kind: PaperKind | undefined): Located<string> | undefined {
  const text = lines.map((l) => l.text).join('\n');
  const lineOf = (pattern: RegExp) => lines.find((l) => pattern.test(l.text))?.no ?? 1;
  const ofsted = /\bOfsted\b/i;
  const cqc = /\b(Care Quality Commission|CQC)\b/;
  if (kind === 'peer-review' || kind === 'diagnostic') {
    const lga = /\b(Local Government Association|LGA)\b/;
    if (lga.test(text)) return { value: 'LGA', line: lineOf(lga) };
    const region = text.match(/\b(Eastern|East Midlands|West Midlands|North East|North West|South East|South West|London|Yorkshire(?: and (?:the )?Humber)?|Northern|Southern|Western|East of England)\s+Region(?:al)?\b/i);
    if (region) return { value: `${tidyCaps(region[1]!)} Region peer network`, line: lineOf(new RegExp(region[0])) };
    return undefined;
  }
  if (ofsted.test(text)) {
    if (kind === 'inspection' && cqc.test(text)) return { value: 'Ofsted and CQC', line: lineOf(cqc) };
    return { value: 'Ofsted', line: lineOf(ofsted) };
  }
  return undefined;
}

function findFramework(lines: readonly SourceLine[], frameworks: readonly Framework[]): Located<string> | undefined {
  const names: Record<string, RegExp> = {
    ilacs: /\bILACS\b|inspections? of local authority children'?s services/i,
    sif: /\bSIF\b|single inspection framework/i,
    slac: /\bSLAC\b|inspection of safeguarding and looked after children/i,
  };
  for (const framework of frameworks) {
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = names[framework.id] ?? new RegExp(`\\b${escape(framework.shortName)}\\b|${escape(framework.name)}`, 'i');
    const line = lines.find((l) => pattern.test(l.text));
    if (line) return { value: framework.id, line: line.no };
  }
  return undefined;
}

export function readMetadata(lines: readonly SourceLine[], authorities: readonly Authority[], frameworks: readonly Framework[]): PaperMetadata {
  const authority = findAuthority(lines, authorities);
  const committee = findCommittee(lines, authority?.name);
  const meetingDate = findMeetingDate(lines);
  const skip = new Set([committee?.line, meetingDate?.line, authority?.line].filter((n): n is number => n !== undefined));
  const title = findTitle(lines, skip, authority?.name);
  const reportNumber = (() => {
    for (const line of lines.slice(0, HEADER_LINES * 2)) {
      const m = line.text.match(/\breport\s+(?:no\.?|number|ref(?:erence)?\.?)\s*:?\s*([A-Z]{1,6}[/-]?\d[\w/-]*)/i);
      if (m) return { value: m[1]!, line: line.no };
    }
    return undefined;
  })();
  const agendaItem = (() => {
    const line = lines.slice(0, HEADER_LINES).find((l) => /^agenda item\s+\w+$/i.test(l.text));
    return line ? { value: line.text.replace(/^agenda item\s+/i, ''), line: line.no } : undefined;
  })();
  const kinds = scoreKinds(lines, title?.value);
  const reviewKind = kinds.find((k) => k.kind !== 'progress')?.kind;
  return {
    title,
    authority,
    committee,
    meetingDate,
    reportNumber,
    agendaItem,
    fieldwork: findFieldwork(lines),
    published: findPublished(lines),
    kinds,
    conductedBy: findConductedBy(lines, reviewKind),
    framework: findFramework(lines, frameworks),
  };
}
