/**
 * Dates as council papers write them ("11 February 2019", "19th July 2012", "Wednesday
 * 24th May 2017", "June 2013", "between the 11th April and 5th May 2016", "for three days
 * beginning 27 November 2018"), read into the library's partial dates (`YYYY-MM-DD`,
 * `YYYY-MM`). Pure.
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const WEEKDAY = '(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\s+)?';
const YEAR = '((?:19|20)\\d{2})';
const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];

/** "five" → 5, "12" → 12. */
export function numberValue(word: string): number | undefined {
  if (/^\d+$/.test(word)) return Number(word);
  const index = NUMBER_WORDS.indexOf(word.toLowerCase());
  return index < 0 ? undefined : index + 1;
}

const pad = (n: number) => String(n).padStart(2, '0');

function monthNumber(word: string): number {
  return MONTHS.findIndex((m) => m.startsWith(word.toLowerCase().slice(0, 3))) + 1;
}

/** A real calendar day as `YYYY-MM-DD`, or undefined. */
function day(year: string, month: string, dayOfMonth: string): string | undefined {
  const value = `${year}-${pad(monthNumber(month))}-${pad(Number(dayOfMonth))}`;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value) ? value : undefined;
}

export interface FoundDate {
  value: string;
  /** Position of the match in the text. */
  index: number;
  raw: string;
}

/** Every full date ("27 November 2018", "24/05/2017", "2019-02-11") and month ("June 2013") in a text, in order. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  const taken: Array<[number, number]> = [];
  const add = (index: number, raw: string, value: string | undefined) => {
    if (!value || taken.some(([a, b]) => index < b && index + raw.length > a)) return;
    taken.push([index, index + raw.length]);
    found.push({ value, index, raw });
  };
  for (const m of text.matchAll(new RegExp(`\\b${WEEKDAY}${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}\\b`, 'gi'))) {
    add(m.index!, m[0], day(m[3]!, m[2]!, m[1]!));
  }
  for (const m of text.matchAll(new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, 'gi'))) {
    add(m.index!, m[0], day(m[3]!, m[1]!, m[2]!));
  }
  for (const m of text.matchAll(/\b(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})\b/g)) {
    add(m.index!, m[0], day(m[3]!, MONTHS[Number(m[2]) - 1] ?? 'x', m[1]!));
  }
  for (const m of text.matchAll(/\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/g)) {
    add(m.index!, m[0], day(m[1]!, MONTHS[Number(m[2]) - 1] ?? 'x', m[3]!));
  }
  // A month on its own, not the tail of an impossible day ("31 February 2019").
  for (const m of text.matchAll(new RegExp(`(?<!\\d(?:st|nd|rd|th)?\\s+(?:of\\s+)?)\\b${MONTH}\\s+${YEAR}\\b`, 'gi'))) {
    add(m.index!, m[0], `${m[2]}-${pad(monthNumber(m[1]!))}`);
  }
  return found.sort((a, b) => a.index - b.index);
}

export interface DateSpan {
  from: string;
  to?: string;
  /** How `to` was worked out, when the text gives a length rather than an end. */
  inferred?: string;
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The first span of dates in a text: "between the 11th April and 5th May 2016",
 * "8 and 9 November 2016", "4 to 6 February 2019", "from 11 April 2016 to 5 May 2016",
 * "for three days beginning 27 November 2018", or a single date or month.
 */
export function findSpan(text: string): DateSpan | undefined {
  let m: RegExpMatchArray | null;
  // "three days beginning 27 November 2018": the end is counted, and says so.
  const length = new RegExp(`\\b(\\d{1,2}|${NUMBER_WORDS.join('|')})[- ]days?\\s+(?:beginning|starting|commencing|from)(?:\\s+on)?\\s+(?:the\\s+)?${WEEKDAY}${DAY}\\s+${MONTH}\\s+${YEAR}`, 'i');
  if ((m = text.match(length))) {
    const from = day(m[4]!, m[3]!, m[2]!);
    const days = numberValue(m[1]!);
    if (from && days) {
      return days > 1
        ? { from, to: addDays(from, days - 1), inferred: `The paper gives ${m[1]} days beginning ${m[2]} ${m[3]} ${m[4]}; the end date is counted from that.` }
        : { from };
    }
  }
  // "11th April and 5th May 2016", "8 and 9 November 2016", "4 to 6 February 2019", "11 April 2016 to 5 May 2016".
  const range = new RegExp(
    `${WEEKDAY}${DAY}(?:\\s+${MONTH})?(?:,?\\s+${YEAR})?\\s*(?:and|to|until|-|–|—)\\s*(?:the\\s+)?${WEEKDAY}${DAY}\\s+${MONTH},?\\s+${YEAR}`,
    'i',
  );
  if ((m = text.match(range))) {
    const toYear = m[6]!;
    const to = day(toYear, m[5]!, m[4]!);
    const from = day(m[3] ?? toYear, m[2] ?? m[5]!, m[1]!);
    if (from && to && from <= to) return { from, to };
  }
  // "between January 2022 and 1 February 2022": a month to a day.
  if ((m = text.match(new RegExp(`\\b${MONTH}\\s+${YEAR}\\s*(?:and|to|until|-|–)\\s*(?:the\\s+)?${DAY}\\s+${MONTH},?\\s+${YEAR}`, 'i')))) {
    const from = `${m[2]}-${pad(monthNumber(m[1]!))}`;
    const to = day(m[5]!, m[4]!, m[3]!);
    if (to && from <= to) return { from, to };
  }
  // "June to August 2019", "October/November 2014"
  if ((m = text.match(new RegExp(`\\b${MONTH}\\s*(?:and|to|-|–|/)\\s*${MONTH}\\s+${YEAR}`, 'i')))) {
    const from = `${m[3]}-${pad(monthNumber(m[1]!))}`;
    const to = `${m[3]}-${pad(monthNumber(m[2]!))}`;
    if (from <= to) return { from, to };
  }
  const single = findDates(text)[0];
  return single ? { from: single.value } : undefined;
}
