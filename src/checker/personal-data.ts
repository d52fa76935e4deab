/**
 * The personal-data guard. The library is public and its documents are quoted from council
 * papers, which carry officers' contact details and, now and then, details of a child's
 * case. None of that may reach the library. `findPersonalData` finds, in any text:
 *
 * - email addresses (except the generic mailboxes in personal-data.config.ts);
 * - UK phone numbers, landline or mobile, national or +44, with spaces, hyphens or brackets;
 * - NHS numbers: ten digits, as 943 476 5919, 943-476-5919 or 9434765919, whose check digit
 *   is valid (modulus 11), so that other ten-digit figures are left alone;
 * - National Insurance numbers (QQ 12 34 56 C in shape), with HMRC's rules on prefixes;
 * - dates of birth: a date next to "born", "DOB", "d.o.b." or "date of birth";
 * - references to a child: "Child B", "Young Person X", "case ref 12345", "case number …".
 *
 * Figures that fill ordinary reports do not match: dates ("27 November 2018"), money
 * ("£1,090k"), counts ("236 actions"), ONS codes ("E09000006"), action ids ("5.8.3"),
 * report numbers ("CS17130") and percentages. Every pattern starts where a word starts and
 * has bounded repetition, so a long or hostile text is scanned in linear time.
 *
 * The wrappers below turn matches into located Problems, in frontmatter values (found by
 * walking the parsed data) and in the body.
 */
import { Locator } from './locate.ts';
import { personalDataConfig, type PersonalDataConfig } from './personal-data.config.ts';
import { formatPath, sortProblems, type Problem } from './problem.ts';
import { bodyBoundsProblems } from './bounds.ts';
import { deeplyNestedLine } from './mdx-policy.ts';
import { readerForm, renderedPieces } from './reader-text.ts';
import { walkYaml } from './walk-yaml.ts';

export type PersonalDataKind =
  | 'name-and-age'
  | 'email'
  | 'phone-number'
  | 'nhs-number'
  | 'ni-number'
  | 'date-of-birth'
  | 'case-reference'
  | 'child-reference';

export interface PersonalDataMatch {
  /** Where the match starts in the text (UTF-16 index). */
  index: number;
  length: number;
  kind: PersonalDataKind;
  /** Why it is refused, in plain English, quoting what was found. */
  message: string;
}

const PUBLIC = 'this library is public and must never hold';

/** What an author should do about each kind. */
export const PERSONAL_DATA_FIXES: Record<PersonalDataKind, string> = {
  'name-and-age': 'remove the name; if the age matters to the finding, say "a child aged 7" or give an age band',
  email: 'remove it and name the role or team instead (a generic council mailbox can be allowed in src/checker/personal-data.config.ts)',
  'phone-number': 'remove it and name the role or team instead (a general switchboard can be allowed in src/checker/personal-data.config.ts)',
  'nhs-number': 'remove it',
  'ni-number': 'remove it',
  'date-of-birth': 'remove it; if age matters to the finding, give an age band ("aged 11 to 15")',
  'case-reference': 'remove it; describe the finding without pointing to a case',
  'child-reference': 'describe the finding without pointing to a particular child',
};

const MESSAGES: Record<PersonalDataKind, (found: string) => string> = {
  'name-and-age': (found) => `names a person next to an age ("${found}"), which with the council and the date of the report would identify a child: ${PUBLIC} children's names`,
  email: (found) => `contains an email address ("${found}"): a person's address is personal data, and ${PUBLIC} contact details of officers or families`,
  'phone-number': (found) => `contains a phone number ("${found}"): a direct line or a mobile is personal data, and ${PUBLIC} contact details of officers or families`,
  'nhs-number': (found) => `contains what looks like an NHS number ("${found}", with a valid check digit), which would identify a person, often the child a report is about: ${PUBLIC} NHS numbers`,
  'ni-number': (found) => `contains what looks like a National Insurance number ("${found}"), which would identify a person: ${PUBLIC} National Insurance numbers`,
  'date-of-birth': (found) => `gives a date of birth ("${found}"), which with the council and the date of the report would identify a child: ${PUBLIC} dates of birth`,
  'case-reference': (found) => `contains a case reference ("${found}"), which points to a child's case file and would identify the child: ${PUBLIC} case references`,
  'child-reference': (found) => `refers to a particular child ("${found}"), a label taken from case files and case reviews which, with the council and dates, would identify that child: ${PUBLIC} details of a child's case`,
};

// ---------------------------------------------------------------------------------------
// Patterns. Each starts with a look-behind refusing a start inside a longer word or number.

const EMAIL = /(?<![\w.%+'’-])[\w.%+'’-]{1,64}@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,8}[a-z]{2,24}(?![\w-])/gi;

/**
 * A UK number as written: +44 or 0044 or a leading 0 (perhaps in brackets), digit groups
 * apart by a space, a hyphen or a dot (text is scanned in its reader form, so no-break
 * spaces, en dashes and full-width digits arrive as these).
 */
const PHONE = /(?<![\w+£$€.,/-])(?:(?:\+|00)44[ .-]?(?:\(0\)[ .-]?)?\d{1,5}|\(0\d{1,5}\)|0\d{1,5})(?:[ .-]?\d{2,8}){1,4}(?![\w£%/]|[.,]\d|[ .-]\d)/g;

/** Ten digits in any grouping, apart by spaces, hyphens, dots or slashes, and not part of a longer run of figures. */
const NHS = /(?<![\w£$€.,/+-]|\d[ ./-])\d(?:[ ./-]?\d){9}(?![\w£%]|[.,/]\d|[ -]\d)/g;

/** Two prefix letters (D, F, I, Q, U, V never first; D, F, I, O, Q, U, V never second), six digits, A to D; groups apart by a space, hyphen or dot. */
const NI = /(?<![a-z0-9])[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][ .-]?\d{2}[ .-]?\d{2}[ .-]?\d{2}[ .-]?[A-D](?![a-z0-9])/gi;
const NI_UNALLOCATED = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DATE = [
  '\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})(?!\\d)', // 03/04/2012, 3.4.12
  `\\d{1,2}[ /.-]${MONTH}[ /.-](?:\\d{4}|\\d{2})(?!\\d)`, // 03-Apr-2012, 3 Apr 12
  '\\d{4}-\\d{2}-\\d{2}(?!\\d)', // 2012-04-03
  `\\d{1,2}(?:st|nd|rd|th)?(?: of)? ${MONTH},? \\d{4}(?!\\d)`, // 3rd of April 2012
  `${MONTH} \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}(?!\\d)`, // April 3, 2012
  `${MONTH},? \\d{4}(?!\\d)`, // April 2012
].join('|');
/** "born", but not a cohort's bounds ("children born after 1 September 2014"). */
const BIRTH_WORD = '(?:born(?! (?:after|before|between|since|from|on or (?:after|before))(?![a-z]))|date[ -]of[ -]birth|birth[ -]?date|d\\.o\\.b\\.?|dob|b\\.(?= ?\\d))(?![a-z])';
/** A birth word, then within a few words (no full stop between) a date; or a date labelled "(DOB)". */
const DATE_OF_BIRTH = new RegExp(
  `(?<![a-z])${BIRTH_WORD}[^.!?;\\n]{0,30}?(?<![a-z0-9])(?:${DATE})|(?<![\\w/.-])(?:${DATE})[ ,(–-]{0,3}(?:dob|d\\.o\\.b)(?![a-z])`,
  'gi',
);

/** "case ref 12345", "case number LCS-12345", "child ID 123456", "client no. 45/2019". */
const CASE_REFERENCE = /(?<![A-Za-z])(?:[Cc]ase|[Cc]lient|[Cc]hild(?:'s|’s)?|[Pp]erson|[Ff]amily)\s(?:[Rr]ef(?:erence)?\.?|[Nn]o\.?|[Nn]umber|[Nn]um\.?|ID|[Ii]d)\s{0,3}(?:is\s|[:#]\s{0,3})?[A-Z]{0,4}[-/]?\d[\dA-Z/-]{2,19}(?![A-Za-z0-9])/g;

/** A case number as case-management systems print it: "LCS-204518", "CP ref 12345", "CIN no. 4521". */
const SYSTEM_REFERENCE = /(?<![A-Za-z0-9])(?:(?:LCS|CP|CIN|CLA|LAC|EHM|ICS|MOSAIC|SSID|PLO)-\d{5,}|(?:LCS|CP|CIN|CLA|LAC|EH|EHM|ICS|MASH|MOSAIC|SSID|PLO)\s?(?:[Rr]ef(?:erence)?\.?|[Nn]o\.|[Nn]umber|ID)\s?[:#]?\s?[A-Z]{0,4}-?\d{3,})(?![A-Za-z0-9])/g;

/** "Child B", "child AB", "CHILD B", "Child-B", "Young Person X", "Sibling C", "Children A and B". */
const CHILD_REFERENCE = /(?<![A-Za-z])(?:[Cc]hild|CHILD|[Yy]oung [Pp]erson|YOUNG PERSON|YP|[Ss]ibling|[Bb]aby|[Ii]nfant|[Cc]hildren [A-Z]{1,2}(?:, ?[A-Z]{1,2})* (?:and|&))[\s-]([A-Z]{1,2})(?![A-Za-z0-9&])/g;

/**
 * A first name next to an age: "Jayden, aged 7", "Jayden aged 7", "Jayden, 7 years old",
 * "7-year-old Jayden". The capitalised word must not be one reports use for groups or to
 * start a sentence ("Children aged 11", "Those aged 16").
 */
const NAME_AGE = /(?<![A-Za-z])([A-Z][a-z]{2,15})(?:,?\s+(?:aged?|who is|who was)\s+\d{1,2}|,?\s+(?:is\s+)?\d{1,2}\s+years?\s+old)(?![\d-])|(?<![\w-])\d{1,2}[- ]years?[- ]old\s+([A-Z][a-z]{2,15})(?![A-Za-z])/g;
const NOT_A_NAME = new Set(
  ('The This That These Those All Some Most Many Few Each Every Any Both Other Others Such Their Our His Her Its When Where While Whilst If For From With Without And But Or Of In On At By To As Only Also Just Over Under Between Those Anyone Everyone Nobody Someone People Persons Person Children Child Young Girls Girl Boys Boy Pupils Pupil Students Student Babies Baby Infants Infant Adolescents Adolescent Teenagers Teenager Adults Adult Parents Parent Carers Carer Leavers Leaver Siblings Sibling Families Family Mothers Mother Fathers Father Residents Learners Learner Women Woman Men Man Care Looked Cohort Group Groups Population Numbers Number Cases Case Referrals Referral Total Approximately Around About Nearly Almost Under Over Aged Age Year Years Ages Those Whom Who Which Whose What Why How Were Was Are Is Being Been Have Has Had Not None Fewer More Less Least Most Older Younger Oldest Youngest Eligible Including Excluding Males Male Females Female Unaccompanied Asylum Seekers Seeking Disabled Vulnerable Missing Placed Living Aged').split(' '),
);
/** Capitals after "child" that are words or abbreviations, not a child's label. */
const NOT_A_LABEL = new Set(['I', 'CP', 'IN', 'IS', 'IT', 'ID', 'ON', 'OF', 'OR', 'TO', 'AT', 'AS', 'AN', 'BY', 'UK', 'LA', 'SW', 'PA', 'EH', 'NO', 'SO', 'DO', 'IF', 'UP', 'US', 'WE', 'BE', 'HE', 'ME', 'MY', 'GP', 'OT']);

// ---------------------------------------------------------------------------------------

/** Every piece of personal data in `text`, in order; overlapping finds are reported once. */
export function findPersonalData(text: string, config: PersonalDataConfig = personalDataConfig): PersonalDataMatch[] {
  const found: Array<{ index: number; length: number; kind: PersonalDataKind; rank: number }> = [];
  const scan = (pattern: RegExp, kind: PersonalDataKind, rank: number, accept: (match: RegExpExecArray) => boolean = () => true) => {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (accept(match)) found.push({ index: match.index, length: match[0].length, kind, rank });
    }
  };
  const allowedEmails = new Set(config.allowedEmails.map((email) => email.toLowerCase()));
  const allowedPhones = new Set(config.allowedPhoneNumbers.map(nationalDigits));

  scan(EMAIL, 'email', 0, (match) => !allowedEmails.has(match[0].toLowerCase()));
  scan(CASE_REFERENCE, 'case-reference', 1);
  scan(SYSTEM_REFERENCE, 'case-reference', 1);
  scan(NAME_AGE, 'name-and-age', 7, (match) => !NOT_A_NAME.has((match[1] ?? match[2])!));
  scan(NHS, 'nhs-number', 2, (match) => isValidNhsNumber(match[0]));
  scan(NI, 'ni-number', 3, (match) => !NI_UNALLOCATED.has(match[0].slice(0, 2).toUpperCase()));
  scan(PHONE, 'phone-number', 4, (match) => isUkPhoneNumber(match[0]) && !allowedPhones.has(nationalDigits(match[0])));
  scan(DATE_OF_BIRTH, 'date-of-birth', 5);
  scan(CHILD_REFERENCE, 'child-reference', 6, (match) => !NOT_A_LABEL.has(match[1]!));

  found.sort((a, b) => a.index - b.index || a.rank - b.rank);
  const kept: PersonalDataMatch[] = [];
  let end = 0;
  for (const item of found) {
    if (item.index < end) continue;
    const quoted = text.slice(item.index, item.index + item.length);
    kept.push({ index: item.index, length: item.length, kind: item.kind, message: MESSAGES[item.kind](quoted) });
    end = item.index + item.length;
  }
  return kept;
}

/** NHS numbers end in a check digit: 11 minus the sum of the first nine digits weighted 10 down to 2, modulo 11. */
export function isValidNhsNumber(written: string): boolean {
  const digits = written.replace(/\D/g, '');
  if (digits.length !== 10) return false;
  let sum = 0;
  for (let index = 0; index < 9; index++) sum += Number(digits[index]) * (10 - index);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

/** The number as dialled from within the UK: +44 (0)20 … becomes 020 …. */
function nationalDigits(written: string): string {
  const trimmed = written.trim();
  const international = /^(?:\+|00)44/.exec(trimmed);
  if (international) return `0${trimmed.slice(international[0].length).replace(/\(0\)/, '').replace(/\D/g, '')}`;
  return trimmed.replace(/\D/g, '');
}

/** Ten or eleven digits from 0, in the ranges the UK uses (01, 02, 03, 05, 07, 08, 09). */
function isUkPhoneNumber(written: string): boolean {
  const digits = nationalDigits(written);
  return /^0[1235789]\d{8,9}$/.test(digits);
}

// ---------------------------------------------------------------------------------------
// Located problems.

/** Line and column (1-based) of each index in a text. */
function positionFinder(text: string) {
  const starts = [0];
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return {
    starts,
    at(index: number) {
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (starts[middle]! <= index) low = middle;
        else high = middle - 1;
      }
      return { line: low + 1, column: index - starts[low]! + 1 };
    },
  };
}

/**
 * Personal data in an MDX body that starts on file line `bodyLine`, found in the text as
 * readers see it (`reader-text.ts`: rendered, decoded, folded) and located in the file.
 */
export function personalDataInBody(file: string, body: string, bodyLine: number, config?: PersonalDataConfig): Problem[] {
  const positions = positionFinder(body);
  const seen = new Set<string>();
  const problems: Problem[] = [];
  // A body the checker refuses to parse (too long, too deeply nested, too many open brackets)
  // is scanned as written: parsing it is the unbounded work those refusals prevent.
  const parseable = bodyBoundsProblems(file, body, bodyLine).length === 0 && deeplyNestedLine(body) === undefined;
  for (const piece of parseable ? renderedPieces(body) : [readerForm(body)]) {
    for (const match of findPersonalData(piece.text, config)) {
      const { line, column } = positions.at(piece.offsets[match.index] ?? 0);
      // An address is both a link's target and its text: one problem.
      const key = `${line}:${match.kind}:${piece.text.slice(match.index, match.index + match.length)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      problems.push({ file, line: line + bodyLine - 1, column, field: 'body', message: match.message, fix: PERSONAL_DATA_FIXES[match.kind] });
    }
  }
  return problems;
}

/**
 * Personal data in parsed YAML (a document's frontmatter or a vocabulary), in every string,
 * number and key, located at the value and, when the value is written out plainly in the
 * YAML, at the very characters. Works on the raw data, valid or not.
 */
export function personalDataInYaml(
  file: string,
  data: unknown,
  yamlText: string,
  firstLine: number,
  locator = new Locator(yamlText, firstLine),
  config?: PersonalDataConfig,
): Problem[] {
  const problems: Problem[] = [];
  const positions = positionFinder(yamlText);

  walkYaml(data, (raw, pathTo, isKey) => {
    // Scanned in its reader form (decoded, folded); located by its written form where they agree.
    const text = readerForm(raw).text;
    const matches = findPersonalData(text, config);
    if (matches.length === 0) return;
    const path = pathTo();
    const start = locator.locate(path, { key: isKey });
    const lineIndex = start.line - firstLine;
    const startOffset = (positions.starts[lineIndex] ?? 0) + start.column - 1;
    // The YAML spelling of a value is its text, give or take quotes, escapes and folding.
    const window = yamlText.slice(startOffset, startOffset + text.length * 2 + 20);
    let cursor = 0;
    for (const match of matches) {
      const found = window.indexOf(text.slice(match.index, match.index + match.length), cursor);
      let position = start;
      if (found >= 0) {
        const at = positions.at(startOffset + found);
        position = { line: at.line + firstLine - 1, column: at.column };
        cursor = found + match.length;
      }
      problems.push({ file, ...position, field: formatPath(path), message: match.message, fix: PERSONAL_DATA_FIXES[match.kind] });
    }
  });
  return sortProblems(problems);
}
