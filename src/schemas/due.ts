/**
 * Reads a due date as councils write it ("Jan-17", "Jan – Mar 17", "March 2017",
 * "Dec 2016", "2017", "Q3 2016/17" is not supported) into a month range.
 * Pure; used by the plan schema (to refuse what it cannot read) and by the derived data.
 */

export interface DueRange {
  /** First month, `YYYY-MM`. */
  from: string;
  /** Last month, `YYYY-MM`. */
  to: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function monthIndex(word: string): number | undefined {
  const key = word.toLowerCase().slice(0, 3);
  const index = MONTHS.indexOf(key);
  if (index < 0) return undefined;
  // Accept "Sept" and full names, but not arbitrary words starting with a month's letters.
  const full = [
    'january', 'february', 'march', 'april', 'may', 'june',
    'july', 'august', 'september', 'october', 'november', 'december',
  ][index]!;
  const lower = word.toLowerCase().replace(/\.$/, '');
  return full.startsWith(lower) || lower === 'sept' ? index : undefined;
}

function fullYear(word: string): number | undefined {
  if (/^\d{4}$/.test(word)) return Number(word);
  if (/^\d{2}$/.test(word)) return 2000 + Number(word);
  return undefined;
}

const pad = (month: number) => String(month + 1).padStart(2, '0');

/** Returns the month range a due date covers, or `undefined` when the wording is not understood. */
export function parseDue(stated: string): DueRange | undefined {
  const cleaned = stated.trim().replace(/[\u2013\u2014]/g, '-').replace(/\s*-\s*/g, '-').replace(/\s+/g, ' ');
  let m: RegExpMatchArray | null;

  // "2017"
  if ((m = cleaned.match(/^(\d{4})$/))) return { from: `${m[1]}-01`, to: `${m[1]}-12` };

  // "Jan-17", "Jan 17", "January 2017", "Jan-2017"
  if ((m = cleaned.match(/^([A-Za-z]+\.?)[- ](\d{2}|\d{4})$/))) {
    const month = monthIndex(m[1]!);
    const year = fullYear(m[2]!);
    if (month === undefined || year === undefined) return undefined;
    return { from: `${year}-${pad(month)}`, to: `${year}-${pad(month)}` };
  }

  // "Jan-Mar 17", "Jan-Mar 2017", "Nov 16-Jan 17", "November 2016-January 2017"
  if ((m = cleaned.match(/^([A-Za-z]+\.?)(?: (\d{2}|\d{4}))?-([A-Za-z]+\.?)[- ](\d{2}|\d{4})$/))) {
    const fromMonth = monthIndex(m[1]!);
    const toMonth = monthIndex(m[3]!);
    const toYear = fullYear(m[4]!);
    if (fromMonth === undefined || toMonth === undefined || toYear === undefined) return undefined;
    const fromYear = m[2] ? fullYear(m[2])! : fromMonth <= toMonth ? toYear : toYear - 1;
    const from = `${fromYear}-${pad(fromMonth)}`;
    const to = `${toYear}-${pad(toMonth)}`;
    return from <= to ? { from, to } : undefined;
  }

  // "2017-03" (already normalised)
  if ((m = cleaned.match(/^(\d{4})-(0[1-9]|1[0-2])$/))) return { from: cleaned, to: cleaned };

  return undefined;
}

/** Human label of a month range: "March 2017", "January - March 2017", "November 2016 - January 2017". */
export function formatDueRange(range: DueRange): string {
  const name = (ym: string) =>
    new Date(`${ym}-01T00:00:00Z`).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  const [fromYear] = range.from.split('-');
  const [toYear] = range.to.split('-');
  if (range.from === range.to) return `${name(range.from)} ${fromYear}`;
  if (fromYear === toYear) return `${name(range.from)} - ${name(range.to)} ${toYear}`;
  return `${name(range.from)} ${fromYear} - ${name(range.to)} ${toYear}`;
}
