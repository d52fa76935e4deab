/**
 * The personal-data guard finds contact details and anything that identifies a child, and
 * leaves alone the figures that fill every report: dates, money, counts, codes, ids.
 * Phone numbers here are from Ofcom's ranges for drama (020 7946 0xxx, 07700 900xxx,
 * 01632 960xxx); the NHS number is the NHS's own example.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listContentFiles } from '../../src/checker/content-files.ts';
import { findPersonalData, isValidNhsNumber, type PersonalDataKind } from '../../src/checker/personal-data.ts';
import { projectRoot } from '../support/library.ts';

/** What the guard finds in a text, as `kind: text found`. */
const found = (text: string) => findPersonalData(text).map((m) => `${m.kind}: ${text.slice(m.index, m.index + m.length)}`);

const FOUND: Array<[string, PersonalDataKind, string]> = [
  ['Contact: jane.doe@example.gov.uk', 'email', 'jane.doe@example.gov.uk'],
  ["Write to o'brien.k@council.example.org today.", 'email', "o'brien.k@council.example.org"],
  ['[email](mailto:j.smith@example.com)', 'email', 'j.smith@example.com'],
  ['Tel: 020 7946 0123 E-mail', 'phone-number', '020 7946 0123'],
  ['Tel 020-7946-0123.', 'phone-number', '020-7946-0123'],
  ['Tel: (020) 7946 0123', 'phone-number', '(020) 7946 0123'],
  ['call +44 (0)20 7946 0123', 'phone-number', '+44 (0)20 7946 0123'],
  ['call +44 7700 900123', 'phone-number', '+44 7700 900123'],
  ['mobile 07700 900123', 'phone-number', '07700 900123'],
  ['mobile 07700900123', 'phone-number', '07700900123'],
  ['Fax: 01632 960 123', 'phone-number', '01632 960 123'],
  ['NHS number 943 476 5919.', 'nhs-number', '943 476 5919'],
  ['NHS number 943-476-5919.', 'nhs-number', '943-476-5919'],
  ['NHS number 9434765919.', 'nhs-number', '9434765919'],
  ['NI number AB 12 34 56 C', 'ni-number', 'AB 12 34 56 C'],
  ['NI number ab123456c', 'ni-number', 'ab123456c'],
  ['(JK 123456 D)', 'ni-number', 'JK 123456 D'],
  ['born on 3 March 2012', 'date-of-birth', 'born on 3 March 2012'],
  ['born 3rd of March, 2012', 'date-of-birth', 'born 3rd of March, 2012'],
  ['was born in Bromley on 14/02/2010', 'date-of-birth', 'born in Bromley on 14/02/2010'],
  ['born March 2012', 'date-of-birth', 'born March 2012'],
  ['DOB: 03/04/2012', 'date-of-birth', 'DOB: 03/04/2012'],
  ['dob 3.4.12', 'date-of-birth', 'dob 3.4.12'],
  ['d.o.b. 2012-04-03', 'date-of-birth', 'd.o.b. 2012-04-03'],
  ['Date of birth: April 3rd, 2012', 'date-of-birth', 'Date of birth: April 3rd, 2012'],
  ['03/04/2012 (DOB)', 'date-of-birth', '03/04/2012 (DOB'],
  ['Child B was seen', 'child-reference', 'Child B'],
  ["Child A's plan", 'child-reference', 'Child A'],
  ['the review of Child AB.', 'child-reference', 'Child AB'],
  ['Young Person X', 'child-reference', 'Young Person X'],
  ['young person Y', 'child-reference', 'young person Y'],
  ['Sibling C', 'child-reference', 'Sibling C'],
  ['Children A and B', 'child-reference', 'Children A and B'],
  ['Children A, B and C', 'child-reference', 'Children A, B and C'],
  ['case ref 12345', 'case-reference', 'case ref 12345'],
  ['Case Reference: 12345', 'case-reference', 'Case Reference: 12345'],
  ['case number LCS-204518', 'case-reference', 'case number LCS-204518'],
  ['case no. 45/2019', 'case-reference', 'case no. 45/2019'],
  ['child ID 4567', 'case-reference', 'child ID 4567'],
];

const ORDINARY = [
  '27 November 2018',
  'between 11 April 2016 and 5 May 2016',
  'published on 27th June 2016',
  '2016-04-11',
  'Jan-Mar 2017',
  '2016/17',
  'Q1 2017/18',
  '£1,090k',
  '£949k in 2016/17 with a full year effect of £1,471k',
  '236 actions were due',
  'Approx. 300 CLA, 230 subject to a child protection plan and 2000 children in need',
  '106 Local Authorities',
  'E09000006',
  'action 5.8.3',
  'actions 10.2.1 and 9.5.1',
  'Report No. CS17130',
  '94% of plans',
  'Tables 1 to 3',
  '6 158 288 288',
  'Director ECHS	1	83	200	200	Yes	Yes	From Nov 2016',
  '0 83 200 200 0 12 34',
  '1234567890',
  '943 476 5918',
  'a child in need plan',
  'the Child Protection Conference',
  'child CP plans',
  'child A&E attendances',
  'a child I met',
  'children born after 1 September 2014',
  'born in 2010',
  'Born in Bradford',
  'case numbers rose to 1,200',
  'the case number of the child',
  'GB 12 34 56 A',
  'QQ 12 34 56 C',
  '@bromleycouncil',
  'https://www.gov.uk/government/uploads/system/uploads/attachment_data/file/530578/Bromley_direction.pdf',
  'BROMLEY BR1 3UH',
  'enquiries@ofsted.gov.uk',
  'Ofsted on 0300 123 1231',
  'SIF 2013-2018',
  'ILACS 2018-',
  '12:30 to 14:00',
];

describe('personal data is found', () => {
  it.each(FOUND)('in %j: %s', (text, kind, match) => {
    expect(found(text)).toEqual([`${kind}: ${match}`]);
  });

  it('with a message saying why it matters, for every kind', () => {
    const messages = FOUND.map(([text]) => findPersonalData(text)[0]!.message);
    for (const message of messages) expect(message).toMatch(/this library is public and must never hold/);
    expect(findPersonalData('Child B')[0]!.message).toMatch(/would identify that child/);
    expect(findPersonalData('943 476 5919')[0]!.message).toMatch(/would identify a person, often the child/);
  });

  it('once, where two patterns overlap', () => {
    expect(found('case ref 9434765919')).toEqual(['case-reference: case ref 9434765919']);
  });

  it('in every spacing of every NHS number with a valid check digit, and in no number with an invalid one', () => {
    const nineDigits = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 }).filter((d) => d[0] !== 0);
    const spacing = fc.constantFrom(['', ''], [' ', ' '], ['-', '-'], [' ', ''], ['', ' ']);
    fc.assert(
      fc.property(nineDigits, fc.integer({ min: 0, max: 9 }), spacing, (digits, last, [a, b]) => {
        const number = `${digits.slice(0, 3).join('')}${a}${digits.slice(3, 6).join('')}${b}${digits.slice(6).join('')}${last}`;
        const kinds = findPersonalData(`Records for ${number} were incomplete.`).map((m) => m.kind);
        expect(kinds.includes('nhs-number')).toBe(isValidNhsNumber(number));
      }),
      { numRuns: 500 },
    );
  });
});

describe('ordinary report text is left alone', () => {
  it.each(ORDINARY)('%j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('and allowed generic mailboxes and lines are configuration', () => {
    const config = { allowedEmails: ['Childrens.Services@Example.gov.uk'], allowedPhoneNumbers: ['020 7946 0000'] };
    expect(findPersonalData('childrens.services@example.gov.uk or 0207 946 0000', config)).toEqual([]);
    expect(findPersonalData('jane.doe@example.gov.uk', config).map((m) => m.kind)).toEqual(['email']);
  });

  it('in every file of the library', () => {
    for (const file of listContentFiles(projectRoot)) {
      expect(found(readFileSync(path.join(projectRoot, file), 'utf8')), file).toEqual([]);
    }
  });
});

describe('the guard is safe on any text', () => {
  it('its finds are in order, inside the text, and never overlap', () => {
    const pieces = fc.constantFrom('a@b.co ', '020 7946 0123', '943 476 5919', 'Child B ', 'born ', '3 March 2012', ' ', '-', '0', '@', '.', 'DOB ', 'case ref ', 'AB 12 34 56 C');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.array(pieces, { maxLength: 20 }).map((p) => p.join(''))), (text) => {
        let end = 0;
        for (const match of findPersonalData(text)) {
          expect(match.index).toBeGreaterThanOrEqual(end);
          expect(match.length).toBeGreaterThan(0);
          end = match.index + match.length;
          expect(end).toBeLessThanOrEqual(text.length);
          expect(match.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

// The source papers are outside the repository (the project brief's shared folder); where
// they are present, every officer's email address and phone number in them is caught.
const seeds = '/work/shared/seeds';
describe.skipIf(!existsSync(seeds))('the source papers', () => {
  it('have every officer’s email address and phone number caught, and nothing else', () => {
    const finds = readdirSync(seeds)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .flatMap((name) => findPersonalData(readFileSync(path.join(seeds, name), 'utf8')).map((m) => `${name.slice(0, 3)} ${m.kind}`));
    expect(finds).toEqual([
      ...['000 phone-number', '000 email', '000 phone-number', '000 email'],
      ...['001 email', '001 email', '001 email'],
      ...['003 phone-number', '003 email'],
      ...['004 phone-number', '004 email', '004 phone-number', '004 phone-number', '004 email'],
    ]);
  });
});
