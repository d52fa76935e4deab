/**
 * Findings from the structure council papers share rather than from any one paper's
 * wording: a lead-in (a heading, or a sentence ending in a colon) names what follows, and
 * a list follows it (bullets, numbers, numerals, letters, or paragraph numbers such as
 * 3.7.1). The lead-in's words say which list it is: key lines of enquiry, strengths, areas
 * for improvement or recommendations. Papers that group findings by key line of enquiry
 * ("KLOE 2", "Key Line of Enquiry 2:") put each list under the KLOE it follows.
 *
 * The paper's own recommendations to its committee ("The Panel is asked to: 1. Note …")
 * are recognised and left out: they are decisions for members, not findings.
 */
import { findDates, numberValue } from './dates.ts';
import { isTableRow, nextNonBlank, romanValue, type Marker, type SourceLine } from './lines.ts';

export type FindingList = 'strengths' | 'areasForImprovement' | 'recommendations';
export type ListCategory = FindingList | 'kloes';

export interface ExtractedItem {
  list: FindingList;
  /** The exact words, markup and line breaks removed. */
  text: string;
  /** First and last source line of the item. */
  line: number;
  lastLine: number;
  /** KLOE id (K1 …) the item sits under. */
  kloe?: string;
  /** Source line of the lead-in or heading that says what the list is. */
  leadIn: number;
  /** A sentence of running text offered as a finding: its kind is a guess from its wording. */
  candidate?: boolean;
}

export interface ExtractedKloe {
  id: string;
  title?: string;
  line: number;
}

export interface Note {
  line: number;
  lastLine?: number;
  message: string;
}

export interface DeclaredRecommendations {
  count: number;
  breakdown?: Array<{ label: string; count: number }>;
  sentence: string;
  line: number;
}

export interface FindingsResult {
  kloes: ExtractedKloe[];
  items: ExtractedItem[];
  declaredRecommendations?: DeclaredRecommendations;
  /** Counts the paper states ("five KLOEs", "18 recommendations"), to check against. */
  statedCounts: Array<{ list: ListCategory; count: number; line: number }>;
  /** Lists read but deliberately left out, and why. */
  skipped: Note[];
  /** Things that look like findings but could not be placed. */
  unplaced: Note[];
}

/** What a lead-in or heading says the list under it is. */
export function categoryOf(text: string): ListCategory | undefined {
  const t = text.toLowerCase();
  const specificKloe = /\bkloe\s*\d|\bline of enquiry\s*\d/.test(t);
  if (!specificKloe && /\bkloes?\b|lines? of enquiry|lines? of inquiry/.test(t)) return 'kloes';
  // "nine recommendations for improvement" are recommendations.
  if (/\brecommendations?\b/.test(t) && !/\bareas?\b|weakness|strength/.test(t)) return 'recommendations';
  // Ofsted's "What needs to improve?" lists its areas for improvement, as the ingest reads its reports.
  if ((/\bareas?\b/.test(t) && /improv|develop|consider|concern|weak|areas? (?:of|for) (?:\w+ )?focus/.test(t)) || /weakness|shortcoming|areas? of concern|for improvement\b|for development\b|^what needs to improve\b|^what does the (?:local authority|lscb|board|council) need to improve\b/.test(t)) {
    return 'areasForImprovement';
  }
  if (/\bstrengths?\b|good practice|working well|works well|what is going well|positive (?:findings|practice)|what('s| is) working|went well/.test(t)) return 'strengths';
  if (/recommend|what needs to improve|need(?:s)? to improve/.test(t)) return 'recommendations';
  return undefined;
}

/** Lists of these are not findings, whatever else the lead-in mentions: "take the following steps:". */
const OTHER_LISTS = /\bfollowing\s+(?:\w+\s+)?(?:steps|actions?|tasks|measures|objectives|outcomes|documents|papers|posts|activities|ways|reasons|questions|judgements|elements|stages|principles|aims|priorities|changes|meetings|sessions|events)\b/i;

/** What a lead-in says the list after it is: its last sentence first, then the whole of it. */
/** "…these actions included:": the list is of what the subject names, whatever came before. */
const OTHER_SUBJECTS = /\b(?:these|the|our|key|main)\s+(?:\w+\s+)?(?:steps|actions?|measures|changes|activities|developments|achievements)\s+(?:included?|taken|were|are|have been|comprise)\b[^.]*:?$/i;

/** "… and key issues were as following:": the list is of what the last clause names. */
const OTHER_ITEMS = /(?:^|,\s+|\s+and\s+)(?:the\s+)?(?:key\s+|main\s+)?(?:issues|themes|matters|points|topics|headings|questions|comments)\s+(?:were|are|included?|raised)\b[^,]*:?$/i;

export function leadInCategory(text: string): ListCategory | undefined {
  const sentences = text.split(/(?<=[.!?])\s+/);
  const last = sentences.at(-1) ?? text;
  if (OTHER_LISTS.test(last) || OTHER_SUBJECTS.test(last) || OTHER_ITEMS.test(last)) return undefined;
  return categoryOf(last) ?? categoryOf(text);
}

/** Lead-ins that speak of findings without saying which kind. */
const FINDINGS_WORDS = /\bfindings?\b|\bfound\b|\bidentified\b|\bobserved\b|\bconcluded\b|\bkey messages\b|\bfeedback\b/i;

/** The paper's own recommendations to its committee, not a review's findings. */
export function isCommitteeDecision(text: string): boolean {
  return /\b(?:is|are) (?:asked|invited|requested|recommended) to\b|\bthat the (?:committee|panel|board|cabinet|executive|council|members?|sub-committee)\b|\bmembers (?:are|is) (?:asked|invited|requested)|^note the\b|\bto note (?:the|progress)\b|\bto (?:note|comment)\b.*\b(?:report|progress)\b/i.test(
    text,
  );
}

const KLOE_REF = /^(?:kloe|key line of (?:enquiry|inquiry)|line of (?:enquiry|inquiry))\s*(\d{1,2}|[ivx]{1,4})\b\s*(?:[:.)–—-]\s*)?(.*)$/i;

function kloeNumber(token: string): number | undefined {
  return /^\d+$/.test(token) ? Number(token) : romanValue(token);
}

/** A line that opens a KLOE section: "KLOE 2 …", "Key Line of Enquiry 2: title". */
function kloeOpening(line: SourceLine): { n: number; title?: string } | undefined {
  if (line.marker && !['number', 'section'].includes(line.marker.family)) return undefined;
  const m = line.body.match(KLOE_REF);
  if (!m) return undefined;
  const n = kloeNumber(m[1]!);
  if (!n) return undefined;
  const rest = m[2]!.trim();
  // A title follows a colon or dash, or is the rest of a heading; "KLOE 1 considered …" has none.
  const separated = /^(?:kloe|key line|line)[^:–—-]*?\d+\s*[:–—-]/i.test(line.body) || /^(?:kloe|key line|line)[^:]*?[ivx]+\s*[:.–—-]/i.test(line.body);
  const title = rest && (separated || line.heading) && !/^[a-z]/.test(rest) ? rest.replace(/[.:]$/, '') : undefined;
  return { n, title };
}

function sameFamily(first: Marker, next: Marker, previous: Marker): boolean {
  if (first.family === 'label' || next.family === 'label') return first.family === next.family && first.label === next.label;
  if (first.family === next.family) {
    // Paragraphs 4.1, 4.2 … are one list; 3.0 after 2.1 starts another section.
    const parent = (m: Marker) => m.value.split('.').slice(0, -1).join('.');
    return first.family !== 'section' || (first.value.split('.').length === next.value.split('.').length && parent(first) === parent(next));
  }
  // In a lettered list, "i)" after "h)" is a letter, not a numeral.
  return (
    first.family === 'alpha' &&
    next.family === 'roman' &&
    previous.value.length === 1 &&
    String.fromCharCode(previous.value.charCodeAt(0) + 1) === next.value
  );
}

/** Joins a wrapped line to the text before it; a word broken at its hyphen is rejoined. */
function join(text: string, more: string): string {
  if (!text) return more;
  return /[A-Za-z]-$/.test(text) ? `${text}${more}` : `${text} ${more}`;
}

interface RawItem {
  text: string;
  line: number;
  lastLine: number;
  marker: Marker;
}

/** The list starting at `start` and the index just after it. */
function collectList(lines: readonly SourceLine[], start: number): { items: RawItem[]; end: number } {
  const first = lines[start]!;
  const family = first.marker!;
  const items: RawItem[] = [{ text: first.body, line: first.no, lastLine: first.no, marker: family }];
  let i = start + 1;
  while (i < lines.length) {
    const line = lines[i]!;
    const current = items.at(-1)!;
    const itemIndent = lines[current.line - 1]?.indent ?? 0;
    if (line.blank) {
      const j = nextNonBlank(lines, i);
      if (j < 0) break;
      const next = lines[j]!;
      if (next.marker && !next.heading && sameFamily(family, next.marker, current.marker) && !kloeOpening(next)) {
        i = j;
        continue;
      }
      // A page break in mid-sentence: the item goes on after the gap.
      if (!next.marker && !next.heading && /^[a-z]/.test(next.text) && !/[.!?:;]$/.test(current.text)) {
        current.text = join(current.text, next.text);
        current.lastLine = next.no;
        i = j + 1;
        continue;
      }
      break;
    }
    if (line.marker && sameFamily(family, line.marker, current.marker) && !kloeOpening(line)) {
      if (line.heading && line.marker.family !== 'label') break;
      items.push({ text: line.body, line: line.no, lastLine: line.no, marker: line.marker });
      i++;
      continue;
    }
    if (line.heading || kloeOpening(line)) break;
    if (line.marker) {
      // Sub-points indented under an item belong to it.
      if (line.indent > itemIndent + 1) {
        current.text = join(current.text, line.text);
        current.lastLine = line.no;
        i++;
        continue;
      }
      break;
    }
    // A wrapped line: the item goes on.
    current.text = join(current.text, line.text);
    current.lastLine = line.no;
    i++;
  }
  // An item with no words (a heading such as "Recommendation 3" alone) is left to the caller.
  return { items: items.filter((item) => item.text.trim() !== ''), end: i };
}

/** Splits "…were identified as: a, b, c and d." into its parts, exactly as written. */
export function splitInline(text: string): string[] {
  const body = text.replace(/[.;]\s*$/, '').trim();
  const parts = body.split(/\s*[,;]\s+/).map((p) => p.trim()).filter(Boolean);
  const last = parts.pop();
  if (last === undefined) return [];
  const cut = last.lastIndexOf(' and ');
  if (cut > 0) parts.push(last.slice(0, cut).trim(), last.slice(cut + 5).trim());
  else parts.push(last);
  return parts.filter(Boolean);
}

const COUNTED = '(\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)';

function statedCounts(lines: readonly SourceLine[]): FindingsResult['statedCounts'] {
  const counts: FindingsResult['statedCounts'] = [];
  const patterns: Array<[ListCategory, RegExp]> = [
    ['kloes', new RegExp(`\\b${COUNTED}\\s+(?:key lines? of enquiry|kloes?|lines of enquiry)\\b`, 'i')],
    ['recommendations', new RegExp(`\\b${COUNTED}\\s+(?:\\w+\\s+)?recommendations\\b`, 'i')],
    ['strengths', new RegExp(`\\b${COUNTED}\\s+(?:\\w+\\s+)?strengths\\b`, 'i')],
  ];
  for (const line of lines) {
    for (const [list, pattern] of patterns) {
      const m = line.text.match(pattern);
      const count = m && numberValue(m[1]!);
      if (count && !findDates(m[0]).length) counts.push({ list, count, line: line.no });
    }
  }
  return counts;
}

function declaredRecommendations(lines: readonly SourceLine[]): DeclaredRecommendations | undefined {
  const pattern = new RegExp(`\\b(?:made|makes|making|set out|sets out|gave|lists|listed|contains|contained|includes|included)\\s+${COUNTED}\\s+(?:\\w+\\s+)?recommendations\\b([^.]*)`, 'i');
  for (const line of lines) {
    const m = line.body.match(pattern);
    const count = m && numberValue(m[1]!);
    if (!m || !count) continue;
    const start = line.body.lastIndexOf('. ', m.index!) + 1;
    const end = line.body.indexOf('. ', m.index! + m[0].length);
    const sentence = line.body.slice(start, end < 0 ? undefined : end + 1).trim();
    let breakdown: DeclaredRecommendations['breakdown'];
    const inner = m[2]!.match(/\(([^)]*)\)/)?.[1];
    if (inner) {
      const parts = inner.split(/,\s*|\s+and\s+(?=\d)/).map((p) => p.match(/^(\d{1,3})\s+(.+)$/));
      if (parts.every(Boolean)) {
        breakdown = parts.map((p) => ({ count: Number(p![1]), label: p![2]!.trim() }));
        if (breakdown.reduce((sum, b) => sum + b.count, 0) !== count) breakdown = undefined;
      }
    }
    return { count, breakdown, sentence, line: line.no };
  }
  return undefined;
}

/** Wording that makes a sentence an area for improvement rather than a strength. */
const SHORTCOMING = /\b(?:lack(?:s|ed|ing)?|insufficient|inconsistent(?:ly)?|weak(?:ness|nesses)?|poor|needs to improve|needed to|need(?:s|ed)? to (?:improve|be (?:improved|strengthened|addressed)|develop|strengthen|address)|should|must|variable|variations?|gaps? in|concerns?|however|too (?:high|low|many|few|slow)|(?:been|was|were|is|are) slow|limited|not (?:yet|always|consistently|sufficiently|enough|good enough|effective)|requires? improvement|improvement (?:is|was) needed|for further consideration)\b/i;
/** "The Ofsted Inspection recognised that …", "Inspectors found …", "The peer team identified …". */
const REVIEWERS_FOUND = /^(?:the\s+)?(?:ofsted|inspectors?|(?:ofsted\s+)?inspection(?:\s+report)?|(?:peer\s+)?review(?:ers|\s+team)?|peer\s+(?:team|challenge)|reviewers)\b[^.]{0,30}?\b(?:recognised|found|noted|identified|highlighted|praised|commended|judged)\s+(?:that\s+)?/i;
/** Sentences that lean on the one before ("This supports …", "As a result, …") stay with it. */
const LEANS_BACK = /^(?:This (?:is|was|supports|means|has|had|allows|ensures)\b|As a result\b|The [\w ]{3,30}? (?:judged|concluded that|considered|felt) this\b)/;
/** What a KLOE's opening sentence does: "KLOE 1 considered pre-proceedings work." */
const KLOE_SENTENCE = /^(?:kloe|key line of (?:enquiry|inquiry)|line of (?:enquiry|inquiry))\s*\w+\b/i;

/** Splits running text into sentences, keeping "e.g." and initials whole. */
export function sentences(text: string): string[] {
  return text.split(/(?<=[a-z0-9)'’"”]{2}[.!?])\s+(?=[A-Z‘'"“(])/).map((t) => t.trim()).filter(Boolean);
}

/** Each sentence of the given lines (paragraphs joined across page breaks) as a candidate finding. */
function proseCandidates(lines: readonly SourceLine[], at: readonly number[]): Array<Omit<ExtractedItem, 'kloe' | 'leadIn'>> {
  const paragraphs: Array<{ text: string; line: number; lastLine: number }> = [];
  for (const no of at) {
    const line = lines[no - 1]!;
    if (line.blank || isTableRow(line)) continue;
    const last = paragraphs.at(-1);
    // A paragraph broken by the page ("… in pre-" / "proceedings and …") goes on.
    if (last && !/[.!?]$/.test(last.text) && /^[a-z]/.test(line.body) && !line.marker) {
      last.text = join(last.text, line.body);
      last.lastLine = no;
    } else paragraphs.push({ text: line.body, line: no, lastLine: no });
  }
  const found: Array<Omit<ExtractedItem, 'kloe' | 'leadIn'>> = [];
  for (const paragraph of paragraphs) {
    const parts: string[] = [];
    for (const sentence of sentences(paragraph.text)) {
      if (KLOE_SENTENCE.test(sentence)) continue;
      if (parts.length && LEANS_BACK.test(sentence)) parts[parts.length - 1] += ` ${sentence}`;
      else parts.push(sentence);
    }
    for (const text of parts) {
      if (text.split(' ').length < 5) continue;
      found.push({ list: SHORTCOMING.test(text) ? 'areasForImprovement' : 'strengths', text, line: paragraph.line, lastLine: paragraph.lastLine, candidate: true });
    }
  }
  return found;
}

/** "inspectors observing that …", "The inspection team … observing that …", "Inspectors recognised that … and that …". */
const REPORTED = /\b(?:inspectors?|the inspection team|hmi)\b[^.;]{0,120}?\b(?:observ(?:ed|ing)|recognis(?:ed|ing)|not(?:ed|ing))\s+that\s+(.+?)\.?$/i;

/** The clauses a sentence reports inspectors to have observed, in a progress paper's words. */
function reportedClauses(text: string): string[] {
  const found: string[] = [];
  for (const sentence of sentences(text)) {
    const m = sentence.match(REPORTED);
    if (!m) continue;
    for (const clause of m[1]!.split(/,?\s+and that\s+/)) if (clause.split(' ').length >= 4) found.push(clause.trim());
  }
  return found;
}

const STRENGTHS_FOUND = /\bstrengths? (?:had been|have been|were|was) (?:identified|found)\b/i;
const AREAS_FOUND = /\bidentified for (?:further )?(?:consideration|improvement|development)\b/i;

/** "These included reviewing … and developing …": the parts of a list in running text. */
function splitRun(list: string): string[] {
  return list.replace(/[.;]$/, '').split(/;\s*|,\s+and\s+|\s+and\s+(?=(?:the|a|an|\w+ing)\s)/).map((p) => p.trim()).filter((p) => p.split(' ').length >= 2);
}

/**
 * A paragraph of minutes that reports strengths and areas in turn ("A number of strengths
 * had been identified … In particular, a and b. … areas … identified for further
 * consideration. These included c and d. …"): each sentence, or each part of a list the
 * paragraph gives, is offered as a finding; lists take the kind just announced, other
 * sentences the kind their wording says.
 */
function interleavedFindings(line: SourceLine): Array<Omit<ExtractedItem, 'kloe' | 'leadIn'>> {
  const all = sentences(line.body);
  if (!all.some((t) => STRENGTHS_FOUND.test(t)) || !all.some((t) => AREAS_FOUND.test(t))) return [];
  const found: Array<Omit<ExtractedItem, 'kloe' | 'leadIn'>> = [];
  let announced: FindingList = 'strengths';
  const add = (list: FindingList, text: string) => found.push({ list, text, line: line.no, lastLine: line.no, candidate: true });
  for (const sentence of all) {
    if (STRENGTHS_FOUND.test(sentence) && !/\bas a strength\b/i.test(sentence)) {
      announced = 'strengths';
      continue;
    }
    if (AREAS_FOUND.test(sentence)) {
      announced = 'areasForImprovement';
      const were = sentence.match(/\bidentified for (?:further )?\w+ were (.+)$/i);
      if (were) for (const part of splitRun(were[1]!)) add('areasForImprovement', part);
      continue;
    }
    const list = sentence.match(/^(?:These|They|This) included? (.+)$/i) ?? sentence.match(/^In particular,\s+(.+)$/i);
    if (list) {
      for (const part of splitRun(list[1]!)) add(announced, part);
      continue;
    }
    const recommended = sentence.match(/^Consideration was (?:recommended|suggested|advised) (?:to|for)\s+(.+)$/i);
    if (recommended) {
      add('areasForImprovement', recommended[1]!.replace(/\.$/, ''));
      continue;
    }
    if (sentence.split(' ').length >= 5) add(SHORTCOMING.test(sentence) ? 'areasForImprovement' : 'strengths', sentence);
  }
  return found;
}

export function readFindings(lines: readonly SourceLine[]): FindingsResult {
  const kloes = new Map<number, ExtractedKloe>();
  const items: ExtractedItem[] = [];
  const skipped: Note[] = [];
  const unplaced: Note[] = [];
  const consumed = new Set<number>();
  const prose = new Map<string, number[]>();
  const proseHeadings: number[] = [];
  let currentKloe: number | undefined;
  let lastHeading: { index: number; category?: ListCategory } | undefined;

  const defineKloe = (n: number, title: string | undefined, line: number) => {
    const known = kloes.get(n);
    if (!known) kloes.set(n, { id: `K${n}`, title, line });
    else if (!known.title && title) known.title = title;
  };

  const addItems = (category: ListCategory, raw: RawItem[], leadIn: number, kloe: number | undefined) => {
    raw.forEach((item, index) => {
      if (category === 'kloes') {
        const n = ['number', 'roman', 'section'].includes(item.marker.family)
          ? (item.marker.family === 'roman' ? romanValue(item.marker.value) : Number(item.marker.value.split('.').at(-1)))
          : undefined;
        defineKloe(n ?? index + 1, item.text.replace(/[;.]$/, ''), item.line);
        return;
      }
      items.push({ list: category, text: item.text, line: item.line, lastLine: item.lastLine, kloe: kloe ? `K${kloe}` : undefined, leadIn });
    });
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.blank || consumed.has(i)) continue;

    const opening = kloeOpening(line);
    if (opening) {
      currentKloe = opening.n;
      defineKloe(opening.n, opening.title, line.no);
    } else if (line.heading && !categoryOf(line.text) && line.marker?.family !== 'label') {
      currentKloe = undefined;
    }
    if (line.heading) lastHeading = { index: i, category: categoryOf(line.text) };

    // Self-labelled items need no lead-in: "Recommendation 3. The council should …".
    if (line.marker?.family === 'label') {
      const { items: raw, end } = collectList(lines, i);
      let last = end;
      if (!raw.length) {
        // "Recommendation 3" on its own line: its words are the paragraph after it.
        let k = nextNonBlank(lines, i + 1);
        const words: string[] = [];
        let lastLine = line.no;
        while (k >= 0 && k < lines.length && !lines[k]!.blank && !lines[k]!.marker && !lines[k]!.heading) {
          words.push(lines[k]!.text);
          lastLine = lines[k]!.no;
          k++;
        }
        if (words.length) raw.push({ text: words.reduce(join, ''), line: line.no, lastLine, marker: line.marker });
        last = Math.max(k, i + 1);
      }
      const category = categoryOf(line.marker.label!);
      if (category && category !== 'kloes') addItems(category, raw, line.no, currentKloe);
      for (let k = i; k < last; k++) consumed.add(k);
      i = last - 1;
      continue;
    }

    // A lead-in is a heading, a line ending in a colon, or an unfinished sentence a list follows at once.
    const directNext = lines[i + 1];
    const leadsIn =
      line.heading || /:$/.test(line.text) || (!line.marker && !/[.;,!?)]$/.test(line.text) && !!directNext?.marker && !directNext.blank && directNext.marker.family !== 'label');
    const j = leadsIn ? nextNonBlank(lines, i + 1) : -1;
    const next = j >= 0 ? lines[j]! : undefined;
    if (next?.marker && !next.heading && next.marker.family !== 'label' && !kloeOpening(next)) {
      const { items: raw, end } = collectList(lines, j);
      const committee = isCommitteeDecision(line.text) || isCommitteeDecision(raw[0]?.text ?? '');
      let category = line.heading ? categoryOf(line.text) : leadInCategory(line.text);
      // A plain sentence ("The reviewers found:") takes its meaning from the heading above it.
      if (!category && !line.heading && lastHeading && i - lastHeading.index <= 8) category = lastHeading.category;
      if (committee && category) {
        skipped.push({ line: line.no, lastLine: lines[end - 1]?.no, message: "the paper's own recommendations to its committee, not findings" });
      }
      // Lists of anything else are read line by line, so lead-ins inside them still count.
      if (category && !committee) {
        const kloeInLeadIn = line.text.match(/\b(?:kloe|line of enquiry)\s*(\d{1,2})\b/i);
        const kloe = kloeInLeadIn ? Number(kloeInLeadIn[1]) : currentKloe;
        if (kloeInLeadIn && category !== 'kloes') defineKloe(kloe!, undefined, line.no);
        addItems(category, raw, line.no, category === 'kloes' ? undefined : kloe);
      }
      if (category) {
        for (let k = j; k < end; k++) consumed.add(k);
        i = end - 1;
        continue;
      }
      // Under a neutral lead-in ("The panel noted the following:"), an item saying what the
      // inspection or the reviewers found is offered as a finding, its kind guessed from its wording.
      // Paragraphs numbered on from earlier ones (44., 45. …) are the report's own numbering, not a list.
      const continuesNumbering = raw[0]?.marker?.family === 'number' && raw[0].marker.value !== '1';
      if (!committee && !continuesNumbering) {
        for (const item of raw) {
          if (!REVIEWERS_FOUND.test(item.text) || /:(?:\s|$)/.test(item.text)) continue;
          const list = SHORTCOMING.test(item.text) ? 'areasForImprovement' : 'strengths';
          items.push({ list, text: item.text, line: item.line, lastLine: item.lastLine, kloe: currentKloe ? `K${currentKloe}` : undefined, leadIn: line.no, candidate: true });
        }
      }
      // Numbered paragraphs (3.1, 3.2 …) are the paper's own structure, not a list to place.
      if (!committee && FINDINGS_WORDS.test(line.text) && raw.length >= 2 && next.marker.family !== 'section') {
        unplaced.push({
          line: lines[j]!.no,
          lastLine: lines[end - 1]?.no,
          message: `a list of ${raw.length} under "${line.text.length > 60 ? `${line.text.slice(0, 60)}…` : line.text}" may hold findings, but its lead-in does not say which kind: add them by hand if they are`,
        });
      }
    }

    // "…were identified as: reflective supervision, …, and …." — a list written as a sentence.
    const colon = line.text.indexOf(': ');
    if (colon > 0 && !line.heading && !isTableRow(line)) {
      // Only the clause just before the colon says what the list is.
      const clause = line.text.slice(0, colon).split(/(?<=[.!?])\s+/).at(-1)!;
      const category = OTHER_LISTS.test(clause) ? undefined : categoryOf(clause);
      const after = line.text.slice(colon + 2);
      if (category && category !== 'kloes' && !isCommitteeDecision(line.text) && /[,;]/.test(after) && after.length < 600) {
        const parts = splitInline(after);
        if (parts.length >= 2) {
          for (const part of parts) items.push({ list: category, text: part, line: line.no, lastLine: line.no, kloe: currentKloe ? `K${currentKloe}` : undefined, leadIn: line.no });
          continue;
        }
      }
    }

    // Strengths and areas reported in turn in one paragraph of minutes.
    if (!line.heading && !line.marker && !currentKloe) {
      const interleaved = interleavedFindings(line);
      if (interleaved.length) {
        items.push(...interleaved.map((item) => ({ ...item, leadIn: line.no })));
        unplaced.push({ line: line.no, message: `a paragraph reporting strengths and areas in turn: its ${interleaved.length} parts are offered as findings; keep the ones that are` });
        continue;
      }
      // A paragraph of one sentence saying what the inspection or the reviewers found is offered as a finding.
      const only = sentences(line.body);
      if (only.length === 1 && REVIEWERS_FOUND.test(only[0]!) && !/:/.test(only[0]!) && only[0]!.split(' ').length >= 6 && !isTableRow(line)) {
        items.push({ list: SHORTCOMING.test(only[0]!) ? 'areasForImprovement' : 'strengths', text: only[0]!, line: line.no, lastLine: line.no, leadIn: line.no, candidate: true });
        unplaced.push({ line: line.no, message: 'a sentence saying what was found is offered as a finding (its kind guessed from its wording); keep it if it is one' });
        continue;
      }
    }

    // What inspectors were reported to have observed ("… with inspectors observing that progress
    // of the Improvement Plan had been slow", "Inspectors recognised that A and that B"): each clause.
    if (!line.heading && !currentKloe && !isTableRow(line) && (!line.marker || ['section', 'number', 'bullet'].includes(line.marker.family))) {
      const clauses = reportedClauses(line.body);
      if (clauses.length) {
        for (const clause of clauses) items.push({ list: SHORTCOMING.test(clause) ? 'areasForImprovement' : 'strengths', text: clause, line: line.no, lastLine: line.no, leadIn: line.no, candidate: true });
        unplaced.push({ line: line.no, message: `what inspectors were reported to have observed: ${clauses.length} clause${clauses.length === 1 ? '' : 's'} offered as findings (kind guessed from the wording); keep the ones that are` });
      }
    }

    // "Some areas for improvement were identified which included a; b; c." — a list after "included", in semicolons.
    if (!line.heading && !isTableRow(line)) {
      for (const sentence of sentences(line.body)) {
        const m = sentence.match(/^(.*?)\b(?:which|that)?\s*(?:included|include|includes|were|was)\s+(?:identified as\s+|as follows\s+)?(.+;.+)$/i);
        const category = m && !OTHER_LISTS.test(m[1]!) ? categoryOf(m[1]!) : undefined;
        if (!m || !category || category === 'kloes' || isCommitteeDecision(sentence)) continue;
        const parts = m[2]!.replace(/\.$/, '').split(/\s*;\s*(?:and\s+)?/).filter(Boolean);
        if (parts.length < 2) continue;
        for (const part of parts) items.push({ list: category, text: part, line: line.no, lastLine: line.no, kloe: currentKloe ? `K${currentKloe}` : undefined, leadIn: line.no });
      }
    }

    if (line.heading && categoryOf(line.text) && categoryOf(line.text) !== 'kloes' && next && !next.marker && !next.heading && !isCommitteeDecision(next.text)) {
      proseHeadings.push(i);
    }
    if (currentKloe && !line.heading && !opening?.title) prose.set(`K${currentKloe}`, [...(prose.get(`K${currentKloe}`) ?? []), line.no]);
  }

  // A findings heading over running text is worth a word, unless items were found under it after all.
  for (const index of proseHeadings) {
    const heading = lines[index]!;
    const nextHeading = lines.slice(index + 1).find((l) => l.heading)?.no ?? Infinity;
    if (items.some((item) => item.line > heading.no && item.line < nextHeading)) continue;
    unplaced.push({ line: heading.no, message: `"${heading.text}" is followed by running text, not a list: copy the findings you want from it by hand` });
  }

  // Running text under a KLOE: each sentence is offered as a finding, its kind guessed from its wording.
  for (const [kloe, at] of prose) {
    const candidates = proseCandidates(lines, at);
    for (const c of candidates) items.push({ ...c, kloe, leadIn: at[0]! });
    if (candidates.length) {
      unplaced.push({
        line: at[0]!,
        lastLine: at.at(-1),
        message: `running text under ${kloe}: its ${candidates.length} sentences are offered as findings (strength or area guessed from the wording); keep the ones that are findings`,
      });
    }
  }

  return {
    kloes: [...kloes.entries()].sort(([a], [b]) => a - b).map(([, k]) => k),
    items,
    declaredRecommendations: declaredRecommendations(lines),
    statedCounts: statedCounts(lines),
    skipped,
    unplaced,
  };
}
