/**
 * RAG ratings a progress paper states in words rather than in an action table: counts
 * ("15 actions are rated green, 3 amber and 1 red", "there were currently 36 amber actions",
 * "Red: 2") and items it names by colour without an action number ("Amber: Workforce
 * strategy", "two new indicators … which were both red (A and B)"). Pure: lines in, what the
 * paper says out, each with its line.
 */
import { isTableRow, type SourceLine } from './lines.ts';
import { numberValue } from './dates.ts';
import type { Rag } from './actions.ts';

export interface StatedRagCount {
  count: number;
  line: number;
  sentence: string;
}

export interface NamedRagItem {
  /** The action's number, when the paper gives it ("4 actions (6.1.4, 6.3.4 …) rated 'Red'"). */
  id?: string;
  /** What the item is, when the paper names it without a number. */
  text?: string;
  status: Rag;
  line: number;
}

export interface RagProse {
  /** Per colour, the first count the paper states. */
  counts: Partial<Record<Rag, StatedRagCount>>;
  /** Red and amber items named without an action number. */
  items: NamedRagItem[];
}

const COLOUR = 'red|amber|green';
const THINGS = 'actions?|indicators?|measures?|items?|targets?|recommendations?|milestones?|objectives?|tasks?|ratings?|areas?|KPIs?|performance measures?';
const NUMBER = '\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';

const valueOf = (word: string) => (/^\d+$/.test(word) ? Number(word) : numberValue(word.toLowerCase()));
const colourOf = (word: string) => word.toLowerCase() as Rag;

/** The text inside the bracket that opens at `open`, nested brackets kept. */
function bracketed(text: string, open: number): string | undefined {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return text.slice(open + 1, i);
  }
  return undefined;
}

/** Names of a list: "A and B", "A; B", "A, B". A name keeps its own bracket. */
function splitNames(list: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let current = '';
  const parts = list.split(/(\(|\)|;|,|\s+and\s+(?=[A-Z]))/);
  for (const part of parts) {
    if (part === '(') depth++;
    if (part === ')') depth--;
    if (depth === 0 && (part === ';' || part === ',' || /^\s+and\s+$/.test(part))) {
      names.push(current);
      current = '';
    } else current += part;
  }
  names.push(current);
  return names.map((n) => n.trim().replace(/^(?:and|the)\s+/i, '').replace(/[.;:,]+$/, '')).filter((n) => n.length >= 3 && n.split(' ').length <= 20);
}

export function ragInProse(lines: readonly SourceLine[]): RagProse {
  const counts: RagProse['counts'] = {};
  const items: NamedRagItem[] = [];
  const count = (colour: string, value: number | undefined, line: SourceLine, sentence: string) => {
    const rag = colourOf(colour);
    if (value === undefined || value === 0 || counts[rag]) return;
    counts[rag] = { count: value, line: line.no, sentence };
  };
  const item = (named: { id?: string; text?: string }, colour: string, line: SourceLine) => {
    const status = colourOf(colour);
    if (status !== 'red' && status !== 'amber') return;
    const key = (i: { id?: string; text?: string }) => (i.id ?? i.text ?? '').toLowerCase();
    if (items.some((i) => i.status === status && key(i) === key(named))) return;
    items.push({ ...named, status, line: line.no });
  };

  for (const line of lines) {
    if (line.blank || isTableRow(line)) continue;
    for (const sentence of line.body.split(/(?<=[.!?])\s+(?=[A-Z])/)) {
      // "36 amber E actions", "3 red indicators"
      for (const m of sentence.matchAll(new RegExp(`\\b(${NUMBER})\\s+(${COLOUR})\\b(?:\\s+[A-Z]{1,2})?\\s+(?:rated\\s+)?(?:${THINGS})\\b`, 'gi'))) count(m[2]!, valueOf(m[1]!), line, sentence);
      // "15 actions are rated green, 3 amber and 1 red"
      const run = sentence.match(new RegExp(`\\b(${NUMBER})\\s+(?:\\w+\\s+)?(?:${THINGS})\\s+(?:are|were|is|was|have been|had been|being)?\\s*(?:currently\\s+)?(?:rated|RAG[- ]rated|assessed|marked|showing)?\\s*(?:as\\s+)?(${COLOUR})\\b((?:\\s*(?:,|and|,\\s*and)\\s*(?:${NUMBER})\\s+(?:as\\s+)?(?:${COLOUR})\\b)*)`, 'i'));
      if (run) {
        count(run[2]!, valueOf(run[1]!), line, sentence);
        for (const m of run[3]!.matchAll(new RegExp(`(${NUMBER})\\s+(?:as\\s+)?(${COLOUR})\\b`, 'gi'))) count(m[2]!, valueOf(m[1]!), line, sentence);
      }
      // "Red: 2", "Amber – 12"
      for (const m of sentence.matchAll(new RegExp(`\\b(${COLOUR})\\s*[:–—-]\\s*(\\d{1,3})\\b(?![./%]\\d?)`, 'gi'))) count(m[1]!, valueOf(m[2]!), line, sentence);
      // "which were both red (A and B)": the names in the bracket.
      for (const m of sentence.matchAll(new RegExp(`\\b(?:were|was|are|is|both|all|rated|as|remains?|remained)\\s+(${COLOUR})\\s*\\(`, 'gi'))) {
        const inside = bracketed(sentence, m.index! + m[0].length - 1);
        if (inside && !/^\d/.test(inside)) for (const name of splitNames(inside)) item({ text: name }, m[1]!, line);
      }
      // "Amber: Workforce strategy", "rated red: A; B" (a colour word and a colon, then names, not a number).
      for (const m of sentence.matchAll(/(?:^|[\s(;,.])(Red|Amber|RED|AMBER|(?:rated|as) (?:red|amber))\s*(?:rated\s*)?[:–—]\s*(?![\d(])([A-Z][^:]*?)(?=\s+(?:Red|Amber|Green|RED|AMBER|GREEN)\s*[:–—]|$)/g)) {
        for (const name of splitNames(m[2]!)) item({ text: name }, m[1]!.split(' ').at(-1)!, line);
      }
      // "4 actions (6.1.4, 6.3.4, 7.2.1 and 7.2.4) that were previously RAG rated 'Red' … have now been progressed to 'Amber'"
      const ids = sentence.match(/\(((?:\d{1,2}(?:\.\d{1,2}){1,3}[a-z]?(?:,\s*|\s+and\s+|,\s*and\s+)?){1,20})\)/);
      if (ids) {
        const after = sentence.slice(ids.index! + ids[0].length);
        for (const m of after.matchAll(new RegExp(`\\b(?:rated|to|as)\\s+['‘"“]?(${COLOUR})\\b`, 'gi'))) {
          for (const id of ids[1]!.split(/,\s*(?:and\s+)?|\s+and\s+/).filter(Boolean)) item({ id: id.trim() }, m[1]!, line);
        }
      }
    }
  }
  return { counts, items };
}
