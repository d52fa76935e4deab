/**
 * The facts about the paper itself: which council, which committee and meeting, the
 * report number and title, what kind of review it reports and when the fieldwork was.
 * Council papers put these in a header of labelled lines ("Decision Maker:", "Date:",
 * "Report No.", "Title:") or as the first short lines of the page; both are read.
 */
import type { Authority, Framework } from '../schemas/vocabularies.ts';
import { slugify } from '../authoring/naming.ts';
import { findDates, findSpan, type DateSpan } from './dates.ts';
import { isTableRow, titleLike, type SourceLine } from './lines.ts';

export interface Located<T> {
  value: T;
  /** Source line it was read from. */
  line: number;
}

export type PaperKind = 'inspection' | 'peer-review' | 'diagnostic' | 'monitoring-visit' | 'focused-visit' | 'thematic-review' | 'progress';

export interface PaperMetadata {
  title?: Located<string>;
  /** The council; `from` says how it was found when not from a line of the text. */
  authority?: Located<string> & { name: string; from?: string; notInVocabulary?: boolean };
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
const NOT_TITLE = /^(report (of|from|no|number|author|by)|part\s+(1|one|i)\b|ward|date|decision|contact|chief officer|responsible|this report|agenda|appendix|telephone|tel|e-?mail|fax|purpose|summary|recommendation|reason|issue\s+-\s+\w+$|minutes\b|meeting of|view the|supporting documents|<<)/i;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The forms a council's name takes in papers: its names, "X Council", "City of X", "London Borough of X", "LB X". */
function nameForms(authority: Authority): string[] {
  const short = authority.shortName;
  const forms = new Set([authority.name, short]);
  for (const form of [`${short} Council`, `${short} City Council`, `${short} County Council`, `${short} Borough Council`, `City of ${short}`, `London Borough of ${short}`, `Royal Borough of ${short}`, `${short} Metropolitan Borough Council`]) forms.add(form);
  return [...forms];
}

/** Words that are also places: "Reading the report" is no council, "Reading Borough Council" is. */
function mentions(text: string, authority: Authority): { full: number; short: number; first: number } {
  let full = 0;
  let short = 0;
  let first = -1;
  const note = (index: number) => (first < 0 || index < first ? (first = index) : first);
  const longForms = nameForms(authority).filter((f) => f !== authority.shortName && f.length > authority.shortName.length);
  for (const form of longForms) {
    // Hyphens and spaces alike: "Stockton-on-Tees", "Stockton on Tees".
    const pattern = new RegExp(`\\b${escapeRegExp(form).replace(/[-\s]+/g, '[\\s-]+')}\\b`, 'gi');
    for (const m of text.matchAll(pattern)) {
      full++;
      note(m.index!);
    }
  }
  const shortPattern = new RegExp(`\\b${escapeRegExp(authority.shortName).replace(/[-\s]+/g, '[\\s-]+')}(?!\\w)`, 'g');
  for (const m of text.matchAll(shortPattern)) {
    // At the start of a line or sentence a place name is only counted with its council word (counted above).
    if (/(?:^|\n|[.!?:]\s+)$/.test(text.slice(Math.max(0, m.index! - 3), m.index!)) || m.index === 0) continue;
    short++;
    note(m.index!);
  }
  return { full, short, first };
}

/**
 * The council of a web address: a host label or path segment that begins with its id or
 * short name run together ("moderngov.cheshireeast.gov.uk", "democratic.bracknell-forest.gov.uk",
 * "…/peterborough-city-council-action-plan…"); the longest wins.
 */
export function authorityOfAddress(address: string, authorities: readonly Authority[]): Authority | undefined {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return undefined;
  }
  const compact = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');
  const parts = [...url.hostname.split('.'), ...url.pathname.split('/')].map(compact).filter((p) => p.length >= 4);
  let best: { authority: Authority; length: number } | undefined;
  for (const authority of authorities) {
    for (const key of new Set([compact(authority.id), compact(authority.shortName)])) {
      if (key.length < 4 || !parts.some((p) => p.startsWith(key))) continue;
      if (!best || key.length > best.length) best = { authority, length: key.length };
    }
  }
  return best?.authority;
}

/** A council named on a line of its own in the header ("Northmoor County Council") that the vocabulary lacks. */
function councilNotInVocabulary(lines: readonly SourceLine[]): PaperMetadata['authority'] {
  // Upper-case headers ("NORTHMOOR COUNTY COUNCIL") are read in title case.
  const named = lines
    .slice(0, HEADER_LINES)
    .map((l) => ({ line: l, name: tidyCaps(l.text.trim()) }))
    .find(
      ({ name }) =>
        /^(?:(?:the\s+)?(?:London Borough of|Royal Borough of|City of|Borough of|County of)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}|[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}\s+(?:Metropolitan Borough|County|Borough|City|District)?\s*Council)$/.test(name) &&
        !/^(?:Full|The|County|Borough|City|District|Parish|Town)\s+Council$/.test(name),
    );
  if (!named) return undefined;
  const slug = slugify(named.name.replace(/^(the\s+)?(London Borough of|Royal Borough of|City of|Borough of|County of)\s+/i, '').replace(/\s+(Metropolitan Borough|County|Borough|City|District)?\s*Council$/i, ''));
  return { value: slug, name: named.name, line: named.line.no, notInVocabulary: true };
}

/**
 * The council: the one the paper's address names, else the vocabulary's authority named most
 * (a full name counts more, and a mention in the header more again).
 */
function findAuthority(lines: readonly SourceLine[], authorities: readonly Authority[], address?: string): PaperMetadata['authority'] {
  const fromAddress = address ? authorityOfAddress(address, authorities) : undefined;
  if (fromAddress) return { value: fromAddress.id, name: fromAddress.name, line: 0, from: `the paper's address (${address})` };
  const text = lines.map((l) => l.text).join('\n');
  const headerEnd = lines.slice(0, HEADER_LINES).reduce((n, l) => n + l.text.length + 1, 0);
  let best: { authority: Authority; score: number; first: number } | undefined;
  for (const authority of authorities) {
    const found = mentions(text, authority);
    if (!found.full && !found.short) continue;
    const score = found.full * 3 + found.short + (found.first >= 0 && found.first < headerEnd ? 3 : 0) + (authority.status === 'former' ? 0 : 0.5);
    if (!best || score > best.score) best = { authority, score, first: found.first };
  }
  if (!best) return councilNotInVocabulary(lines);
  const offset = best.first;
  let at = 0;
  const line = lines.find((l) => (at += l.text.length + 1) > offset)?.no ?? 1;
  return { value: best.authority.id, name: best.authority.name, line };
}

/**
 * The meeting as committee systems print it: "Meeting: 23/01/2020 - Children and Families
 * Scrutiny Panel (Item 25)", "Decided at meeting: 17/09/2024 - Executive", "Meeting of Overview
 * & Scrutiny Committee, Monday, 17th December, 2018 6.30 p.m. (Item 4.1)", "11/02/2021 - Getting
 * to Good Plan" (a decision's date and its item).
 */
function meetingLine(lines: readonly SourceLine[]): { date?: Located<string>; committee?: Located<string> } {
  // The labelled forms may come at the foot of a decision record; a bare "date - item" only at the top.
  for (const line of lines) {
    const text = line.text.replace(/^[-•]\s*/, '');
    let m = text.match(/^(?:decided at )?meeting:\s*(\d{1,2}\/\d{1,2}\/\d{4})\s*[-–]\s*(.+?)(?:\s*\(item [\w.]+\))?$/i);
    if (m) {
      const date = findDates(m[1]!)[0];
      return { date: date && { value: date.value, line: line.no }, committee: { value: m[2]!.trim(), line: line.no } };
    }
    m = text.match(/^meeting of (?:the )?(.+?),\s*(.+?)(?:\s*\(item [\w.]+\))?$/i);
    if (m && COMMITTEE.test(m[1]!)) {
      const date = findDates(m[2]!.replace(/(\w+day),/i, '$1'))[0];
      return { date: date && date.value.length === 10 ? { value: date.value, line: line.no } : undefined, committee: { value: m[1]!.trim(), line: line.no } };
    }
    m = line.no <= HEADER_LINES ? text.match(/^(\d{1,2}\/\d{1,2}\/\d{4})\s+[-–]\s+\S/) : null;
    const date = m && findDates(m[1]!)[0];
    if (date) return { date: { value: date.value, line: line.no } };
  }
  return {};
}

/** "Further to minute 84/16 the Scrutiny Board considered …", "The Children and Young People Scrutiny Committee was invited to consider …". */
const MINUTED_BODY = /\b(?:[Tt]he|of the) ((?:[A-Z][\w'’&,-]*|and|of|&|for)(?:\s+(?:[A-Z][\w'’&-]*|and|of|&|for)){0,8}\s+(?:Committee|Board|Panel|Sub-Committee|Forum))\b(?=\s+(?:considered|received|was|were|noted|resolved|agreed|on\b))/;

function findMeetingDate(lines: readonly SourceLine[]): Located<string> | undefined {
  const fromLine = meetingLine(lines).date;
  if (fromLine) return fromLine;
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
  const fromLine = meetingLine(lines).committee;
  if (fromLine) return fromLine;
  const label = labelled(lines, /decision maker|committee|report to|to/);
  if (label && COMMITTEE.test(label.value)) return { value: tidyCaps(label.value.replace(/\s*[,;]$/, '')), line: label.line };
  for (const line of lines.slice(0, HEADER_LINES)) {
    const m = line.text.match(MINUTED_BODY) ?? line.text.match(/\bChair of the ((?:[A-Z][\w'’&-]*|and|of|&)(?:\s+(?:[A-Z][\w'’&-]*|and|of|&)){0,8}\s+(?:Committee|Board|Panel))\b/);
    if (m && /^[A-Z]/.test(m[1]!) && m[1]!.split(' ').length >= 2) return { value: m[1]!.replace(/^(?:The)\s+/, ''), line: line.no };
  }
  for (const line of lines.slice(0, HEADER_LINES)) {
    const text = line.text;
    if (!COMMITTEE.test(text) || text.split(' ').length > 12 || findDates(text).length || /[.:]$/.test(text)) continue;
    if (NOT_TITLE.test(text) || (authorityName && text.toLowerCase() === authorityName.toLowerCase())) continue;
    // A sentence about a body ("The Panel is …", "The Local Safeguarding Children Board is good") is no name.
    if (/\b(?:is|are|was|were)\b/i.test(text)) continue;
    // A report's contents ("Executive summary	4") name no committee.
    if (/\bexecutive summary\b/i.test(text) || (line.cells.length >= 2 && /^\d{1,3}$/.test(line.cells.at(-1)!))) continue;
    // "Review of the effectiveness of the Local Safeguarding Children Board" is a title about a board.
    if (/^(?:the\s+)?(?:review|inspection|report|evaluation|outcomes?|findings)\s+of\b/i.test(text)) continue;
    return { value: tidyCaps(text), line: line.no };
  }
  return label && !findDates(label.value).length ? { value: tidyCaps(label.value), line: label.line } : undefined;
}

function findTitle(lines: readonly SourceLine[], skip: Set<number>, authorityName?: string): Located<string> | undefined {
  const label = labelled(lines, /title|subject|report title/);
  if (label) return label;
  for (const line of lines.slice(0, HEADER_LINES)) {
    const text = line.text;
    if (line.blank || skip.has(line.no) || line.marker || isTableRow(line) || text.split(' ').length > 20 || text.split(' ').length < 2) continue;
    // A committee system's title may end in a colon or carry its month: "Ofsted Focused Visit January 2019".
    const dates = findDates(text);
    if (/:$/.test(text) && !titleLike(text)) continue;
    if (NOT_TITLE.test(text) || /[.;,]$/.test(text) || /:\s/.test(text) || (dates.length && (dates[0]!.value.length === 10 || dates[0]!.index < 3))) continue;
    if (authorityName && text.toLowerCase().includes(authorityName.toLowerCase()) && text.split(' ').length <= authorityName.split(' ').length + 1) continue;
    if (/\b(council|borough)$/i.test(text) || /@|\bwww\.|https?:/.test(text)) continue;
    return { value: text.replace(/:$/, ''), line: line.no };
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

const FIELDWORK = /\b(field ?work|on[- ]site|inspected|inspection dates?:|(?:had been|has been|was|were) (?:undertaken|carried out|conducted) (?:in|on|during|between|from)|carried out (?:during|in|on|between|from)|undergone (?:an? |the )?(?:[\w/]+ ){0,3}(?:inspection|review|visit|challenge) (?:in|on|during|between)|inspection (?:took place|was carried out|was undertaken|ran)|(?:visit|review|inspection|diagnostic) (?:took place|was (?:carried out|undertaken|held|conducted))|undert(?:ook|aken) (?:the )?(?:review|inspection|visit|diagnostic|field ?work)|carried out (?:an? |the )?(?:\w+ )?(?:review|inspection|visit)|(?:review|inspection|visit) (?:on|between|from)\b|took place (?:on|between|from|over))/i;

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
    // "The report was published on …", or a report's own label: "Report published: 18 September 2015", "Publication date: …".
    const m =
      line.text.match(/\b(?:report|letter|findings)\s+(?:was|were)\s+published\s+(?:on\s+)?(?:the\s+)?(.{0,40})/i) ??
      line.text.match(/^(?:report\s+published|date\s+of\s+publication|publication\s+date|published)\s*:\s*(.{0,40})/i);
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

export function readMetadata(lines: readonly SourceLine[], authorities: readonly Authority[], frameworks: readonly Framework[], address?: string): PaperMetadata {
  const authority = findAuthority(lines, authorities, address);
  const committee = findCommittee(lines, authority?.name);
  const meetingDate = findMeetingDate(lines);
  const skip = new Set([committee?.line, meetingDate?.line].filter((n): n is number => n !== undefined));
  const title = findTitle(lines, skip, authority?.name);
  const reportNumber = (() => {
    for (const line of lines.slice(0, HEADER_LINES * 2)) {
      const m = line.text.match(/\breport\s+(?:no\.?|number|ref(?:erence)?\.?)\s*:?\s*([A-Z]{1,6}[/-]?\d[\w/-]*)/i) ?? line.text.match(/\breport\s+(\d{1,4}\/(?:19|20)\d{2})\b/i);
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
