/**
 * Action tables and RAG statuses from progress reports. A row is an action when one cell
 * is an action number as councils write them (1.7.2, 5.8.3) and the row also has what an
 * action has: a due date ("Jan-17", "Jan – Mar 17", "March 2017"), a RAG status, or its
 * text. Rows whose first cells are empty continue the row above (a cell wrapped onto the
 * next line). Priorities come from rows and headings like "Priority 4 - Safeguarding".
 * Paragraphs after the table that start with an action number ("1.7.2 – The service …")
 * are that action's progress note.
 */
import { parseDue } from '../schemas/due.ts';
import { findDates } from './dates.ts';
import type { Note } from './findings.ts';
import type { SourceLine } from './lines.ts';
import type { Located } from './metadata.ts';

export type Rag = 'red' | 'amber' | 'green' | 'white';

export interface ExtractedAction {
  id: string;
  line: number;
  lastLine: number;
  priority?: string;
  /** Due date exactly as stated, when the library can read it. */
  due?: string;
  /** A due date as stated that the library cannot read. */
  unreadableDue?: string;
  text?: string;
  owner?: string;
  status?: Rag;
  statusLine?: number;
  /** How the status was worked out, when the paper implies it rather than states it. */
  statusInferred?: string;
  note?: string;
  noteLine?: number;
  /** Whether the action came from a table row (rather than a list, a note or a sentence). */
  fromTable: boolean;
}

export interface ExtractedPriority {
  id: string;
  title?: string;
  line: number;
}

export interface ActionsResult {
  actions: ExtractedAction[];
  priorities: ExtractedPriority[];
  /** The date the statuses are as at, when the paper says. */
  asOf?: Located<string> & { inferred?: string };
  /** Source lines of the first and last table row. */
  table?: { first: number; last: number };
  unplaced: Note[];
}

const ID = /^\d{1,2}(?:\.\d{1,2}){1,3}[a-z]?$/;
const ID_TOKEN = /\b\d{1,2}(?:\.\d{1,2}){2,3}\b/g;
const PRIORITY = /^(?:strategic\s+)?(?:priority|theme|workstream|objective)\s+(\d{1,2})\b\s*(?:[-–—:.)]\s*)?(.*)$/i;

type Role = 'id' | 'text' | 'due' | 'rag' | 'owner' | 'progress';
const HEADER_ROLES: Array<[Role, RegExp]> = [
  ['id', /^(?:ref\.?|reference|id|no\.?|number|action (?:id|no\.?|ref\.?|number|reference))$/i],
  ['text', /^(?:actions?|key actions?|action description|description|what we will do|tasks?|activity|activities|details?)$/i],
  ['due', /^(?:timescales?|due|due date|deadline|target date|by when|completion date|date due|target)$/i],
  ['rag', /^(?:rag|status|rag status|rag rating|rating|progress rating|rag rated)$/i],
  ['owner', /^(?:lead|owner|lead officer|responsible officer|responsible|accountable officer|action owner|who|lead\/owner)$/i],
  ['progress', /^(?:progress|update|comments?|commentary|progress update|position|progress to date)$/i],
];

function headerRoles(cells: readonly string[]): Map<number, Role> | undefined {
  const roles = new Map<number, Role>();
  cells.forEach((cell, index) => {
    const role = HEADER_ROLES.find(([, pattern]) => pattern.test(cell.trim()))?.[0];
    if (role) roles.set(index, role);
  });
  return roles.size >= 2 && roles.size * 2 >= cells.filter(Boolean).length ? roles : undefined;
}

/** A RAG status a cell states. Single letters only count in a column headed RAG or Status. */
export function readRag(cell: string, inRagColumn = false): Rag | undefined {
  const word = cell.trim().toLowerCase().replace(/^['‘"]|['’"]$/g, '');
  if (['red', 'amber', 'green', 'white'].includes(word)) return word as Rag;
  if (/^complete(?:d)?$/.test(word)) return 'green';
  if (inRagColumn) return ({ r: 'red', a: 'amber', g: 'green', w: 'white' } as Record<string, Rag>)[word];
  return undefined;
}

const SHORTFALL = /not progressed|\bred\b|overdue|off[- ]track|delayed|behind (?:schedule|timescale)|not (?:been )?(?:completed|started) (?:with)?in/i;

interface PriorityCandidate {
  id: string;
  title: string;
  line: number;
  garbled: boolean;
}

function priorityOf(line: SourceLine): PriorityCandidate | undefined {
  const cells = line.cells.length ? line.cells : [line.text];
  const first = cells.findIndex(Boolean);
  if (first < 0) return undefined;
  const m = cells[first]!.replace(/^[-•·]\s*/, '').match(PRIORITY);
  if (!m) return undefined;
  const rest = cells.slice(first + 1).filter(Boolean);
  // "Priority 4 - Sa<TAB>afeguardir" is a word broken across cells by the PDF converter.
  const garbled = rest.length > 0 && /^[a-z]/.test(rest[0]!);
  let title = m[2]!.replace(/\s*\(\d+ actions?\)$/i, '').replace(/[*\s]+$/, '').trim();
  if (!title && rest.length && !garbled && rest[0]!.split(' ').length >= 2 && !/^\d/.test(rest[0]!)) title = rest[0]!;
  return { id: m[1]!, title, line: line.no, garbled };
}

/** The date statuses are as at: "as at 31 March 2017", "up to 31 March 2017", "to the end of March 2017". */
function findAsOf(lines: readonly SourceLine[]): ActionsResult['asOf'] {
  const counts = new Map<string, { line: number; count: number }>();
  for (const line of lines) {
    for (const m of line.text.matchAll(/\b(?:as at|as of|up to(?: and including)?|position at|at|by|to)\s+(?:the\s+)?(?:end of\s+)?(.{6,30})/gi)) {
      const date = findDates(m[1]!)[0];
      if (!date || date.index > 12) continue;
      if (date.value.length === 10 && /^(?:as at|as of|up to|position at)/i.test(m[0])) {
        const known = counts.get(date.value);
        counts.set(date.value, { line: known?.line ?? line.no, count: (known?.count ?? 0) + 1 });
      }
    }
  }
  const best = [...counts.entries()].sort((a, b) => b[1].count - a[1].count || a[1].line - b[1].line)[0];
  if (best) return { value: best[0], line: best[1].line };
  for (const line of lines) {
    const m = line.text.match(/\b(?:as at|as of|up to|to|at) the end of\s+(\w+\s+\d{4})/i);
    const month = m && findDates(m[1]!)[0];
    if (month && month.value.length === 7) {
      const [year, mm] = month.value.split('-').map(Number);
      const last = new Date(Date.UTC(year!, mm!, 0)).toISOString().slice(0, 10);
      return { value: last, line: line.no, inferred: `The paper gives the position at the end of ${m![1]}; the last day of that month is taken as the date.` };
    }
  }
  return undefined;
}

/** "3.8 Immediate Action Taken": a numbered section about actions. */
const ACTION_SECTION = /\bactions?\b/i;

/**
 * Actions listed as bullets under the numbered sub-headings of an actions section: under
 * "3.8 Immediate Action Taken", "3.8.2 Capacity has been increased" and its bullets are
 * actions 3.8.2.1, 3.8.2.2 … of priority 3.8.2. Sub-points indented under a bullet are its
 * detail, not its words.
 */
function listedActions(lines: readonly SourceLine[], priorities: PriorityCandidate[]): ExtractedAction[] {
  const found: ExtractedAction[] = [];
  const short = (line: SourceLine) => line.body.split(' ').length <= 12 && !/[.:;,]$/.test(line.body);
  for (let i = 0; i < lines.length; i++) {
    const section = lines[i]!;
    if (section.marker?.family !== 'section' || !short(section) || !ACTION_SECTION.test(section.body)) continue;
    const prefix = `${section.marker.value}.`;
    let sub: { id: string; count: number; indent?: number } | undefined;
    let current: ExtractedAction | undefined;
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j]!;
      if (line.blank) {
        current = undefined;
        continue;
      }
      const marker = line.marker;
      if (marker?.family === 'section' && !marker.value.startsWith(prefix)) break;
      if (marker?.family === 'section') {
        current = undefined;
        sub = short(line) ? { id: marker.value, count: 0 } : undefined;
        if (sub) priorities.push({ id: sub.id, title: line.body, line: line.no, garbled: false });
        continue;
      }
      if (!sub) continue;
      if (marker?.family === 'bullet') {
        sub.indent ??= line.indent;
        if (line.indent > sub.indent) {
          current = undefined;
          continue;
        }
        current = { id: `${sub.id}.${++sub.count}`, priority: sub.id, text: line.body, line: line.no, lastLine: line.no, fromTable: false };
        found.push(current);
      } else if (current && !marker && !line.heading) {
        current.text = `${current.text} ${line.text}`;
        current.lastLine = line.no;
      }
    }
  }
  return withStatedDue(found);
}

/** Sections of a committee report that hold no actions, whatever their paragraphs say. */
const NOT_ACTIONS = /\b(?:summary|recommendations?|background|introduction|purpose|financial|legal|diversity|equalit|implications?|risks?|consultation|contact|appendi|conclusions?|next steps|challenges|reasons?|options|glossary)\b/i;

/**
 * A progress report written as numbered paragraphs ("4.2 A programme of mentoring … has been
 * put in place"): each paragraph of a section that is not the report's own apparatus
 * (summary, background, implications …) is an action, numbered as the paper numbers it.
 * Paragraphs that introduce findings (`skip`) are left out. Used only for plans and updates
 * with no action table.
 */
export function paragraphActions(lines: readonly SourceLine[], skip: ReadonlySet<number>): ExtractedAction[] {
  const found: ExtractedAction[] = [];
  let section = '';
  let current: ExtractedAction | undefined;
  for (const line of lines) {
    const marker = line.marker;
    if (line.heading && !(marker?.family === 'section' && marker.value.split('.').length === 2 && !marker.value.endsWith('.0'))) {
      section = line.body;
      current = undefined;
      continue;
    }
    if (line.blank) continue;
    if (marker?.family === 'section' && /^\d{1,2}\.\d{1,2}$/.test(marker.value) && !marker.value.endsWith('.0')) {
      current = undefined;
      if (NOT_ACTIONS.test(section) || skip.has(line.no) || line.body.split(' ').length < 6) continue;
      current = { id: marker.value, priority: marker.value.split('.')[0], text: line.body, line: line.no, lastLine: line.no, fromTable: false };
      found.push(current);
    } else if (current && !marker && /^[a-z]/.test(line.body)) {
      current.text = `${current.text} ${line.body}`;
      current.lastLine = line.no;
    } else current = undefined;
  }
  // A paragraph whose first sentence a post carries out ("The Head of Localities has established …") names its owner.
  for (const action of found) {
    const m = action.text!.match(OWNER_SUBJECT);
    if (m) action.owner = m[1]!;
  }
  return withStatedDue(found);
}

const OWNER_SUBJECT = /^The ((?:Assistant |Deputy |Executive )?(?:Head|Director|Manager|Service Manager|Team Manager|Principal Social Worker|Chief Executive|Lead Member)(?: of [A-Z][\w&']*(?: (?:and|&|for|of) [A-Z][\w&']*| [A-Z][\w&']*){0,4})?) (?:has|have|will|is|are)\b/;

/** An action whose words say when it will be done ("… will be implemented in July 2012") takes that month as its due date. */
function withStatedDue(actions: ExtractedAction[]): ExtractedAction[] {
  for (const action of actions) {
    const m = action.due ? null : action.text?.match(FUTURE_DATE);
    if (m && parseDue(m[1]!)) action.due = m[1]!;
  }
  return actions;
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const FUTURE_DATE = new RegExp(`\\b(?:will|(?:is|are) (?:due|expected|planned|scheduled) to)\\b[^.]{0,80}?\\b(?:in|by)\\s+(?:the\\s+(?:beginning|start|end)\\s+of\\s+)?((?:${MONTHS})\\s+\\d{4})\\b`);

export function readActions(lines: readonly SourceLine[]): ActionsResult {
  const actions = new Map<string, ExtractedAction>();
  const candidates: PriorityCandidate[] = [];
  const unplaced: Note[] = [];
  const garbledRows: number[] = [];
  let roles: Map<number, Role> | undefined;
  let currentPriority: string | undefined;
  let current: { action: ExtractedAction; textIndex: number } | undefined;
  let gap = 0;
  let firstRow: number | undefined;
  let lastRow: number | undefined;
  let sectionHeading = '';
  /** The heading each action's row sat under: "Actions not progressed …" says they are red. */
  const headings = new Map<string, string>();
  const consumed = new Set<number>();

  for (const line of lines) {
    const priority = priorityOf(line);
    if (priority) {
      candidates.push(priority);
      currentPriority = priority.id;
      current = undefined;
      continue;
    }
    if (line.heading) {
      // A new section starts a new table: the last one's column headings no longer apply.
      sectionHeading = line.text;
      roles = undefined;
    }
    if (line.blank) {
      if (current && ++gap > 2) current = undefined;
      continue;
    }
    const cells = line.cells;
    const filled = cells.filter(Boolean);
    const header = filled.length >= 2 ? headerRoles(cells) : undefined;
    if (header) {
      roles = header;
      current = undefined;
      continue;
    }
    const idIndex = cells.findIndex((cell) => ID.test(cell));
    const dueIndex = cells.findIndex((cell, i) => i !== idIndex && cell !== '' && !ID.test(cell) && parseDue(cell) !== undefined && /[a-z]/i.test(cell));
    const ragIndex = cells.findIndex((cell, i) => i !== idIndex && readRag(cell, roles?.get(i) === 'rag') !== undefined);
    const wordy = cells.findIndex((cell, i) => i !== idIndex && i !== dueIndex && i !== ragIndex && cell.split(' ').length >= 3);
    const idDepth = idIndex >= 0 ? cells[idIndex]!.split('.').length : 0;
    // An action row: a number, and what an action has. Two-level numbers ("1.5") could be
    // anything in a table, so they need a due date, a status or an id column.
    const isAction = filled.length >= 2 && idIndex >= 0 && (dueIndex >= 0 || ragIndex >= 0 || (wordy >= 0 && (idDepth >= 3 || roles?.get(idIndex) === 'id')));
    if (isAction) {
      const id = cells[idIndex]!;
      gap = 0;
      firstRow ??= line.no;
      lastRow = line.no;
      consumed.add(line.no);
      if (actions.has(id)) {
        garbledRows.push(line.no);
        current = undefined;
        continue;
      }
      const roleIndex = (role: Role) => [...(roles ?? new Map<number, Role>()).entries()].find(([, r]) => r === role)?.[0];
      const textCol = roleIndex('text');
      const textIndex = textCol !== undefined && cells[textCol] && textCol !== idIndex && textCol !== dueIndex && textCol !== ragIndex
        ? textCol
        : cells.reduce((best, cell, i) => (i !== idIndex && i !== dueIndex && i !== ragIndex && i !== roleIndex('owner') && i !== roleIndex('progress') && cell.length > (cells[best]?.length ?? 0) ? i : best), -1);
      const ownerIndex = roleIndex('owner');
      const progressIndex = roleIndex('progress');
      const dueCell = dueIndex >= 0 ? cells[dueIndex] : roleIndex('due') !== undefined ? cells[roleIndex('due')!] : undefined;
      const action: ExtractedAction = {
        id,
        line: line.no,
        lastLine: line.no,
        text: textIndex >= 0 && cells[textIndex] ? cells[textIndex] : undefined,
        due: dueCell && parseDue(dueCell) ? dueCell : undefined,
        unreadableDue: dueCell && !parseDue(dueCell) ? dueCell : undefined,
        owner: ownerIndex !== undefined && ownerIndex !== textIndex ? cells[ownerIndex] || undefined : undefined,
        note: progressIndex !== undefined && progressIndex !== textIndex ? cells[progressIndex] || undefined : undefined,
        noteLine: progressIndex !== undefined && cells[progressIndex] ? line.no : undefined,
        priority: currentPriority,
        fromTable: true,
      };
      if (ragIndex >= 0) {
        action.status = readRag(cells[ragIndex]!, roles?.get(ragIndex) === 'rag');
        action.statusLine = line.no;
      }
      actions.set(id, action);
      headings.set(id, sectionHeading);
      current = { action, textIndex };
      continue;
    }
    // A row whose first cells are empty carries on the row above.
    if (current && cells.length >= 2 && cells[0] === '' && idIndex < 0) {
      gap = 0;
      consumed.add(line.no);
      const { action, textIndex } = current;
      cells.forEach((cell, i) => {
        if (!cell) return;
        const role = roles?.get(i);
        if (role === 'owner' && i !== textIndex) action.owner = [action.owner, cell].filter(Boolean).join(' ');
        else if (role === 'progress' && i !== textIndex) action.note = [action.note, cell].filter(Boolean).join(' ');
        else if (role === 'rag' && readRag(cell, true)) action.status = readRag(cell, true);
        else if (action.text && (action.text.includes(cell) || cell.slice(0, 25) === action.text.slice(0, 25))) garbledRows.push(line.no);
        else action.text = action.text ? (/[A-Za-z]-$/.test(action.text) ? action.text + cell : `${action.text} ${cell}`) : cell;
      });
      action.lastLine = line.no;
      lastRow = line.no;
      continue;
    }
    current = undefined;
  }

  // A table of actions "not progressed" rates them red, though no cell says so.
  for (const action of actions.values()) {
    const heading = headings.get(action.id) ?? '';
    if (action.status || !SHORTFALL.test(heading)) continue;
    action.status = 'red';
    action.statusLine = action.line;
    action.statusInferred = `Listed in the table under "${heading}".`;
  }
  const tableDepth = Math.max(0, ...[...actions.keys()].map((id) => id.split('.').length));

  // Progress notes after the table: "1.7.2 – The service …", "5.8.2 & 5.8.3 The Head of …".
  let noteHeading = '';
  for (const line of lines) {
    if (lastRow === undefined || line.no <= lastRow || consumed.has(line.no)) continue;
    if (line.heading && !priorityOf(line)) noteHeading = line.text;
    const text = line.text.replace(/^[-•·]\s+/, '');
    const m = text.match(/^((?:\d{1,2}(?:\.\d{1,2}){1,3})(?:\s*(?:&|and|,)\s*\d{1,2}(?:\.\d{1,2}){1,3})*)\s*[-–—−:]?\s+(\S.{30,})$/);
    if (!m || line.heading) continue;
    const ids = m[1]!.split(/\s*(?:&|and|,)\s*/);
    const accepted = ids.filter((id) => actions.has(id) || (id.split('.').length === tableDepth && tableDepth >= 3 && /action|status|progress|update|exception/i.test(noteHeading)));
    if (accepted.length !== ids.length) continue;
    for (const id of ids) {
      const action = actions.get(id) ?? { id, line: line.no, lastLine: line.no, fromTable: false, priority: id.split('.')[0] };
      action.note = m[2]!.replace(/^[-–—−]\s*/, '');
      action.noteLine = line.no;
      if (!action.status && SHORTFALL.test(noteHeading)) {
        action.status = 'red';
        action.statusLine = line.no;
        action.statusInferred = `Reported under "${noteHeading}".`;
      }
      actions.set(id, action);
    }
  }

  // Statuses stated in a sentence: "4 actions (6.1.4, 6.3.4, 7.2.1 and 7.2.4) … have now been progressed to 'Amber'".
  for (const line of lines) {
    if (consumed.has(line.no)) continue;
    for (const sentence of line.body.split(/(?<=\.)\s+(?=[A-Z0-9])/)) {
      const ids = [...sentence.matchAll(ID_TOKEN)].map((m) => m[0]);
      const colours = [...sentence.matchAll(/['‘"]?\b(red|amber|green|white)\b['’"]?/gi)];
      if (!ids.length || !colours.length || !/\bnow\b|progressed to|moved to|changed to|(?:are|is|were|was) (?:now )?(?:rag )?rated/i.test(sentence)) continue;
      const status = colours.at(-1)![1]!.toLowerCase() as Rag;
      for (const id of ids) {
        const action = actions.get(id) ?? { id, line: line.no, lastLine: line.no, fromTable: false, priority: id.split('.')[0] };
        if (action.status && !action.statusInferred) continue;
        action.status = status;
        action.statusLine = line.no;
        action.statusInferred = `Read from the sentence: "${sentence.length > 200 ? `${sentence.slice(0, 200)}…` : sentence}"`;
        actions.set(id, action);
      }
    }
  }

  // Rows the converter broke beyond reading: action numbers in a table row that made no action.
  for (const line of lines) {
    if (consumed.has(line.no) || line.cells.filter(Boolean).length < 2 || firstRow === undefined) continue;
    if (line.no < firstRow || line.no > (lastRow ?? firstRow) + 20) continue;
    const ids = [...line.text.matchAll(ID_TOKEN)].map((m) => m[0]).filter((id) => !actions.has(id));
    if (ids.length) unplaced.push({ line: line.no, message: `${[...new Set(ids)].join(', ')} ${ids.length === 1 ? 'appears' : 'appear'} in a table row too garbled to read: add by hand if needed` });
  }
  if (garbledRows.length) {
    unplaced.push({ line: garbledRows[0]!, lastLine: garbledRows.at(-1), message: `${garbledRows.length} repeated or garbled table row${garbledRows.length === 1 ? '' : 's'} left out (the PDF conversion repeats cells): check the action texts around them` });
  }

  for (const listed of listedActions(lines, candidates)) if (!actions.has(listed.id)) actions.set(listed.id, listed);

  // Each priority's title from its cleanest mention: not broken across cells, then the fullest.
  const priorities = new Map<string, ExtractedPriority>();
  for (const candidate of candidates) {
    const known = priorities.get(candidate.id);
    const usable = !candidate.garbled && candidate.title ? candidate.title : undefined;
    if (!known) priorities.set(candidate.id, { id: candidate.id, title: usable, line: candidate.line });
    else if (usable && usable.length > (known.title?.length ?? 0)) known.title = usable;
  }
  for (const action of actions.values()) {
    const first = action.id.split('.')[0]!;
    if (priorities.has(first)) action.priority = first;
    action.priority ??= first;
  }

  return {
    actions: [...actions.values()],
    priorities: [...priorities.values()].sort((a, b) => Number(a.id) - Number(b.id)),
    asOf: actions.size ? findAsOf(lines) : undefined,
    table: firstRow !== undefined ? { first: firstRow, last: lastRow ?? firstRow } : undefined,
    unplaced,
  };
}
