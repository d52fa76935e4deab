/**
 * The personal-data guard reads a document as its readers will: after Markdown drops
 * escapes and emphasis and decodes character references, after the browser percent-decodes
 * an address, and with look-alike letters, spaces, dashes and digits folded. Every case is
 * refused at the line it was written on. Numbers are from Ofcom's drama ranges; the NHS
 * number is the NHS's own example.
 */
import { readFileSync } from 'node:fs';
import { testLibrarySources } from '../support/test-library.ts';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLibrary } from '../../src/checker/check-library.ts';
import { findPersonalData } from '../../src/checker/personal-data.ts';
import { readerForm } from '../../src/checker/reader-text.ts';
import { fixturesRoot } from '../support/fixtures.ts';
import { projectRoot } from '../support/library.ts';

const FILE = 'content/reviews/bromley/2019-01-inspection.mdx';
const valid = readFileSync(path.join(fixturesRoot, 'valid', FILE), 'utf8');
const vocabularies = testLibrarySources(projectRoot).filter((f) => f.file.startsWith('content/vocabularies/'));
const lines = valid.split('\n').length;

/** Problems when `text` is a paragraph of the body, two lines after the end of the valid document. */
function inBody(text: string) {
  const raw = `${valid.replace(/\n*$/, '\n')}\nAn ordinary paragraph first.\n\n${text}\n`;
  return checkLibrary([...vocabularies, { file: FILE, raw }]).problems.filter((p) => p.file === FILE);
}

const BODY: Array<[string, string, string]> = [
  ['an address with a backslash escape', 'Write to jane.doe\\@example.gov.uk.', 'email'],
  ['an address written with a character reference', 'Write to jane.doe&#64;example.gov.uk.', 'email'],
  ['an address split by emphasis', 'Write to jane.doe@**example**.gov.uk.', 'email'],
  ['a mailto link with %40', '[Email the officer](mailto:jane.doe%40example.gov.uk)', 'email'],
  ['an address with [at] and [dot]', 'Write to jane.doe [at] example [dot] gov [dot] uk', 'email'],
  ['an address with (at)', 'Write to jane.doe(at)example.gov.uk', 'email'],
  ['an address in words', 'Write to jane.doe at example dot gov dot uk', 'email'],
  ['a phone number with dots', 'Call 020.7946.0123 today.', 'phone-number'],
  ['a phone number with no-break spaces', 'Call 020\u00A07946\u00A00123 today.', 'phone-number'],
  ['a phone number with en dashes', 'Call 020\u20137946\u20130123 today.', 'phone-number'],
  ['a phone number from 0044', 'Call 0044 20 7946 0123 today.', 'phone-number'],
  ['a phone number in full-width digits', 'Call \uFF10\uFF12\uFF10 \uFF17\uFF19\uFF14\uFF16 \uFF10\uFF11\uFF12\uFF13 today.', 'phone-number'],
  ['an NHS number with dots', 'NHS 943.476.5919 was recorded.', 'nhs-number'],
  ['an NHS number with slashes', 'NHS 943/476/5919 was recorded.', 'nhs-number'],
  ['an NHS number in another grouping', 'NHS 94 3476 5919 was recorded.', 'nhs-number'],
  ['an NI number with dashes', 'NI AB-12-34-56-C was recorded.', 'ni-number'],
  ['an NI number with dots', 'NI AB.12.34.56.C was recorded.', 'ni-number'],
  ['a date of birth as 03-Apr-2012', 'She was born on 03-Apr-2012 in the borough.', 'date-of-birth'],
  ['a date of birth after "b."', 'Jay (b. 03/04/2012) moved.', 'date-of-birth'],
  ['a date of birth after "date-of-birth"', 'date-of-birth: 3 April 2012', 'date-of-birth'],
  ['a first name next to an age', 'Jayden, aged 7, was moved twice.', 'name-and-age'],
  ['an age before a first name', 'The 7-year-old Jayden was moved twice.', 'name-and-age'],
  ['a case-management reference', 'See LCS-204518 for the plan.', 'case-reference'],
  ['a CP reference', 'See CP ref 12345 for the plan.', 'case-reference'],
  ['"Child B" with a Cyrillic B', 'Child \u0412 was seen.', 'child-reference'],
  ['"CHILD B" in capitals', 'CHILD B WAS SEEN.', 'child-reference'],
  ['"Child-B" with a dash', 'Child-B was seen.', 'child-reference'],
];

describe('personal data is found as readers see it, at its line', () => {
  it.each(BODY)('%s', (_, text, kind) => {
    const problems = inBody(text);
    expect(problems.map((p) => [p.line, p.field])).toEqual([[lines + 3, 'body']]);
    expect(problems[0]!.message).toMatch(
      { email: /email address/, 'phone-number': /phone number/, 'nhs-number': /NHS number/, 'ni-number': /National Insurance/, 'date-of-birth': /date of birth/, 'name-and-age': /names a person next to an age/, 'case-reference': /case reference/, 'child-reference': /particular child/ }[kind]!,
    );
  });

  it('in the frontmatter too, in its reader form', () => {
    const raw = valid.replace(/^summary: .*$/m, 'summary: "Contact Child \u0412 via jane.doe [at] example.gov.uk"');
    const problems = checkLibrary([...vocabularies, { file: FILE, raw }]).problems.filter((p) => p.file === FILE);
    expect(problems.map((p) => `${p.field}: ${p.message.split(' (')[0]}`).sort()).toEqual([
      'summary: contains an email address',
      'summary: refers to a particular child',
    ]);
  });
});

describe('ordinary report text stays clear in its reader form', () => {
  it.each([
    'Children aged 11 to 15 were seen; those aged 16 and 17 had plans.',
    'Care leavers aged 18 to 21, and young people aged 16, were placed in bed and breakfast.',
    'In 2016/17, 236 actions were due; 15 (6%) were red. Priority 3 (12) and Table 2 (3).',
    'The report CS17130 of 24 May 2017 and the ONS code E09000006.',
    'Between January and March 2017, 1,234 referrals; 0.5 FTE; 3.8.5.1 and 5.8.3.',
    'Over 300 children, aged between 0 and 16, were reviewed in week 6.',
    'Ofsted: 0300 123 1231 or enquiries@ofsted.gov.uk (the general lines).',
  ])('%s', (text) => {
    expect(findPersonalData(readerForm(text).text)).toEqual([]);
  });
});
