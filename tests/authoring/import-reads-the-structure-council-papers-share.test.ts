/**
 * The importer's readers are built on the structure council papers share — list markers,
 * headings, lead-ins ending in a colon, tables, dates as councils write them — not on any
 * one paper's wording. These tests pin each reader on small pieces of text, including
 * forms none of the seed papers uses.
 */
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { planName, planNameFromTitle, slugify } from '../../src/authoring/naming.ts';
import { commentOnly, commented, flow, toYaml } from '../../src/authoring/yaml.ts';
import { readRag, readActions } from '../../src/importer/actions.ts';
import { findDates, findSpan } from '../../src/importer/dates.ts';
import { importPaper } from '../../src/importer/draft.ts';
import { categoryOf, isCommitteeDecision, leadInCategory, readFindings, splitInline } from '../../src/importer/findings.ts';
import { readGrade, readJudgements } from '../../src/importer/judgements.ts';
import { readLines, readMarker } from '../../src/importer/lines.ts';
import { tidyCaps } from '../../src/importer/metadata.ts';
import { guessThemes } from '../../src/importer/themes.ts';
import { checkDraft, libraryOf, librarySources } from '../support/authoring.ts';

const sources = librarySources();
const library = libraryOf(sources);

describe('lines', () => {
  it('reads list markers, including a numbered paragraph the converter put a dash before', () => {
    const marker = (text: string) => readMarker(text).marker;
    expect(marker('- 3.7.1 The inspection identified')).toEqual({ family: 'section', value: '3.7.1' });
    expect(marker('• Partners spoke')).toEqual({ family: 'bullet', value: '-' });
    expect(marker('- · Placement choice')).toEqual({ family: 'bullet', value: '-' });
    expect(marker('(iv) Managers do not')).toEqual({ family: 'roman', value: 'iv' });
    expect(marker('b) Provide GP practices')).toEqual({ family: 'alpha', value: 'b' });
    expect(marker('(c) endorses')).toEqual({ family: 'alpha', value: 'c' });
    expect(marker('12) make')).toEqual({ family: 'number', value: '12' });
    expect(marker('Recommendation 3: Improve')).toEqual({ family: 'label', value: '3', label: 'recommendation' });
    expect(marker('Area for development 2. The')).toEqual({ family: 'label', value: '2', label: 'area for development' });
    expect(marker('2016 was a year')).toBeUndefined();
    expect(readMarker('- 4.1 Areas for improvement').body).toBe('Areas for improvement');
  });

  it('tells headings from lead-ins and sentences, and drops page footers and markup', () => {
    const lines = readLines('## **Strengths**\n\n2.1 That the Committee:\n\n3.5 Ofsted Judgements\n\nPage 4 of 9\n\nThe Council has <u>improved</u> &amp; grown.\n');
    expect(lines.filter((l) => !l.blank).map((l) => [l.text, l.heading])).toEqual([
      ['Strengths', true],
      ['2.1 That the Committee:', false],
      ['3.5 Ofsted Judgements', true],
      ['The Council has improved & grown.', false],
    ]);
  });

  it('splits table rows on tabs, pipes and runs of spaces, keeping a leading gap', () => {
    const [tabs, pipes, spaces, continued] = readLines('Jan-17\t1.7.2\tUndertake a survey\n| Overall effectiveness | Good |\nAdoption performance     Inadequate\n\t\tconferencing.');
    expect(tabs!.cells).toEqual(['Jan-17', '1.7.2', 'Undertake a survey']);
    expect(pipes!.cells).toEqual(['Overall effectiveness', 'Good']);
    expect(spaces!.cells).toEqual(['Adoption performance', 'Inadequate']);
    expect(continued!.cells).toEqual(['', '', 'conferencing.']);
  });
});

describe('dates', () => {
  it('reads dates as council papers write them', () => {
    expect(findDates('19th July 2012, Wednesday 24th May 2017, 13TH SEPTEMBER 2016, 24/05/2017, June 2013, May 5, 2016').map((d) => d.value)).toEqual([
      '2012-07-19', '2017-05-24', '2016-09-13', '2017-05-24', '2013-06', '2016-05-05',
    ]);
    expect(findDates('31 February 2019')).toEqual([]);
  });

  it('reads spans, counting the end of "n days beginning …"', () => {
    expect(findSpan('inspected between the 11th April and 5th May 2016')).toEqual({ from: '2016-04-11', to: '2016-05-05' });
    expect(findSpan('on Tuesday 8 and Wednesday 9 November 2016')).toEqual({ from: '2016-11-08', to: '2016-11-09' });
    expect(findSpan('from 4 to 6 February 2019')).toEqual({ from: '2019-02-04', to: '2019-02-06' });
    expect(findSpan('11 April 2016 to 5 May 2016')).toEqual({ from: '2016-04-11', to: '2016-05-05' });
    expect(findSpan('over 30 December 2019 - 2 January 2020')).toEqual({ from: '2019-12-30', to: '2020-01-02' });
    expect(findSpan('for three days beginning 27 November 2018')).toMatchObject({ from: '2018-11-27', to: '2018-11-29' });
    expect(findSpan('in June 2013')).toEqual({ from: '2013-06' });
  });
});

describe('what a list is', () => {
  it('takes its meaning from the lead-in, its last sentence first', () => {
    expect(categoryOf('Areas for Consideration and Improvement')).toBe('areasForImprovement');
    expect(categoryOf('What is working well')).toBe('strengths');
    expect(categoryOf('What needs to improve?')).toBe('areasForImprovement');
    expect(categoryOf('What does the local authority need to improve?')).toBe('areasForImprovement');
    expect(categoryOf('The five KLOEs were:')).toBe('kloes');
    expect(categoryOf('Recommendations for KLOE 2')).toBe('recommendations');
    expect(leadInCategory('The main weaknesses were lack of oversight. These were summarised in the report as:')).toBe('areasForImprovement');
    expect(leadInCategory('In line with the recommendations of the report, the Commissioner will take the following steps:')).toBeUndefined();
  });

  it("recognises a paper's own recommendations to its committee", () => {
    expect(isCommitteeDecision('The Panel is asked to:')).toBe(true);
    expect(isCommitteeDecision('That the Committee:')).toBe(true);
    expect(isCommitteeDecision('Members are invited to comment on the contents of this report.')).toBe(true);
    expect(isCommitteeDecision('Review weekend screening arrangements with the police.')).toBe(false);
  });

  it('splits a list written as a sentence into its parts, exactly', () => {
    expect(splitInline('reflective supervision, focussed SMART plans, improved school attendance and an improved process.')).toEqual([
      'reflective supervision',
      'focussed SMART plans',
      'improved school attendance',
      'an improved process',
    ]);
  });

  it('reads KLOEs from headings with dashes, and lists numbered in any style under them', () => {
    const paper = [
      'KLOE 1 – Quality of practice', '', 'Recommendations:', '1) Improve recording', '2) Audit supervision', '',
      'KLOE 2 – Leadership', '', 'The review team recommends:', '(i) A new board', '(ii) Clearer reporting', '(iii) Member training', '',
      'Financial implications', '', '- None',
    ].join('\n');
    const result = readFindings(readLines(paper));
    expect(result.kloes.map((k) => [k.id, k.title])).toEqual([['K1', 'Quality of practice'], ['K2', 'Leadership']]);
    expect(result.items.map((i) => [i.list, i.kloe, i.text])).toEqual([
      ['recommendations', 'K1', 'Improve recording'],
      ['recommendations', 'K1', 'Audit supervision'],
      ['recommendations', 'K2', 'A new board'],
      ['recommendations', 'K2', 'Clearer reporting'],
      ['recommendations', 'K2', 'Member training'],
    ]);
  });

  it('reads KLOEs listed as "KLOE n:" lines, and files findings under the KLOE whose section they are in', () => {
    const paper = ['The lines of enquiry were', '', 'KLOE 1: Early help', 'KLOE 2: Permanence', '', 'Findings', '', 'KLOE 2: Permanence', '', 'Recommendations', '- Track every plan'].join('\n');
    const result = readFindings(readLines(paper));
    expect(result.kloes.map((k) => [k.id, k.title])).toEqual([['K1', 'Early help'], ['K2', 'Permanence']]);
    expect(result.items.map((i) => [i.kloe, i.text])).toEqual([['K2', 'Track every plan']]);
  });

  it('takes an unfinished sentence straight before a list as its lead-in', () => {
    const result = readFindings(readLines('The team identified the following strengths\n- Stable leadership\n- A skilled workforce\n\nNext steps'));
    expect(result.items.map((i) => [i.list, i.text])).toEqual([['strengths', 'Stable leadership'], ['strengths', 'A skilled workforce']]);
  });

  it('reports a list that may hold findings when its lead-in does not say which kind', () => {
    const result = readFindings(readLines('The key findings of the visit were:\n\n- Plans are timely\n- Visits are regular\n'));
    expect(result.items).toEqual([]);
    expect(result.unplaced).toEqual([
      { line: 3, lastLine: 4, message: 'a list of 2 under "The key findings of the visit were:" may hold findings, but its lead-in does not say which kind: add them by hand if they are' },
    ]);
  });

  it('continues a lettered list past "i)", which is a letter there, not a numeral', () => {
    const letters = 'abcdefghij'.split('').map((l) => `${l}) Item ${l}`);
    const result = readFindings(readLines(['Strengths', '', ...letters].join('\n')));
    expect(result.items.map((i) => i.text)).toEqual('abcdefghij'.split('').map((l) => `Item ${l}`));
  });
});

describe('tables', () => {
  it('maps grades onto framework scales', () => {
    expect(readGrade('Requires improvement to be good', library.frameworks)).toBe('requires-improvement');
    expect(readGrade('requires improvement', library.frameworks)).toBe('requires-improvement');
    expect(readGrade('Adequate.', library.frameworks)).toBe('adequate');
    expect(readGrade('Improving', library.frameworks)).toBeUndefined();
  });

  it('reads a Markdown judgement table', () => {
    const judgements = readJudgements(readLines('| Judgement | Grade |\n|---|---|\n| Overall effectiveness | Good |\n| Help and protection | Requires improvement |'), library.frameworks);
    expect(judgements.map((j) => [j.id, j.area, j.grade])).toEqual([
      ['J1', 'Overall effectiveness', 'good'],
      ['J2', 'Help and protection', 'requires-improvement'],
    ]);
  });

  it('puts an indented row under the row above it as a sub-judgement', () => {
    const table = ['Overall effectiveness                  Good', 'Children looked after                  Good', '    Adoption performance               Outstanding', 'Leadership                             Good'];
    const judgements = readJudgements(readLines(table.join('\n')), library.frameworks);
    expect(judgements.map((j) => [j.id, j.area, j.sub?.map((s) => [s.id, s.area, s.grade])])).toEqual([
      ['J1', 'Overall effectiveness', undefined],
      ['J2', 'Children looked after', [['J2.1', 'Adoption performance', 'outstanding']]],
      ['J3', 'Leadership', undefined],
    ]);
  });

  it('reads RAG words, and single letters only under a RAG heading', () => {
    expect(readRag("'Red'")).toBe('red');
    expect(readRag('Completed')).toBe('green');
    expect(readRag('G')).toBeUndefined();
    expect(readRag('G', true)).toBe('green');
  });

  it('reads an action table laid out with spaces, without a header row', () => {
    const result = readActions(readLines('1.1  Recruit two senior practitioners to the court team   Sept 2019   Green\n1.2  Review the threshold document with partners   Oct-19   Amber'));
    expect(result.actions.map((a) => [a.id, a.text, a.due, a.status])).toEqual([
      ['1.1', 'Recruit two senior practitioners to the court team', 'Sept 2019', 'green'],
      ['1.2', 'Review the threshold document with partners', 'Oct-19', 'amber'],
    ]);
  });
});

describe('themes, names and YAML', () => {
  it('guesses themes from labels and synonyms, with a default when nothing matches', () => {
    expect(guessThemes('Life story work is completed for every child', library.themes, 'practice-quality').themes).toEqual(['life-story-work']);
    expect(guessThemes('The PLO panel meets weekly', library.themes, 'practice-quality').themes).toEqual(['legal-proceedings']);
    expect(guessThemes('Genograms are presented in a consistent format', library.themes, 'practice-quality')).toEqual({ themes: ['practice-quality'], matched: [] });
  });

  it('names files by the convention', () => {
    expect(slugify("Children's Services & Families")).toBe('childrens-services-and-families');
    expect(planNameFromTitle('Bromley Children’s Services Improvement Plan 2016-2018', ['Bromley'])).toBe('childrens-services-improvement-plan');
    expect(planName('bromley/2016-09-improvement-plan')).toBe('improvement-plan');
    expect(planName('brent/2011-action-plan')).toBe('action-plan');
    expect(tidyCaps("PRE DECISION SCRUTINY BY CARE SERVICES PDS")).toBe('Pre Decision Scrutiny by Care Services PDS');
  });

  it('writes any quoted text so that it reads back exactly, with comments where they belong', () => {
    const awkward = 'He said: "no" # not a comment\n\ttabbed — and a \\ backslash: yes';
    const text = toYaml({
      intro: commentOnly('guidance'),
      id: commented('TO CONFIRM (line 3)', 'K1'),
      answer: 'no',
      text: awkward,
      themes: flow(['permanence', 'adoption']),
      items: [commented('first', { id: 'R1', text: 'x' })],
    });
    expect(text).toContain('# guidance\n# TO CONFIRM (line 3)\nid: K1\nanswer: "no"\n');
    expect(text).toContain('items:\n  # first\n  - id: R1\n');
    expect(yaml.load(text)).toEqual({ id: 'K1', answer: 'no', text: awkward, themes: ['permanence', 'adoption'], items: [{ id: 'R1', text: 'x' }] });
  });
});

describe('a monitoring visit report numbered 1.0, 1.1 with sentence-case headings', () => {
  const paper = [
    'REPORT TO: CHILDREN AND YOUNG PEOPLE SCRUTINY PANEL',
    'DATE: 5th November 2019',
    'SUBJECT: Ofsted monitoring visit, September 2019',
    '',
    'Hertfordshire County Council',
    '',
    '1.0 Purpose',
    '',
    "1.1 To report the findings of Ofsted's fourth monitoring visit, which took place on 24 and 25 September 2019.",
    '',
    '2.0 Recommendation',
    '',
    '2.1 That the Panel notes the findings of the monitoring visit.',
    '',
    '3.0 Findings of the monitoring visit',
    '',
    '3.1 Inspectors found that:',
    '  • Leaders have strengthened the front door.',
    '  • Social workers visit children regularly.',
    '',
    '3.2 Inspectors identified the following areas where further improvement is needed:',
    '  • Management oversight is not yet consistent across teams, and supervision records',
    '    do not always show reflection.',
    '  • Return home interviews are not always completed within 72 hours.',
  ].join('\n');
  const result = importPaper(paper, { fileName: 'visit.txt', library });

  it('reads the labelled header in capitals and the visit dates', () => {
    const m = result.extracted.metadata;
    expect([m.committee?.value, m.meetingDate?.value, m.title?.value, m.authority?.value]).toEqual([
      'Children and Young People Scrutiny Panel', '2019-11-05', 'Ofsted monitoring visit, September 2019', 'hertfordshire',
    ]);
    expect(result.file).toBe('content/reviews/hertfordshire/2019-09-monitoring-visit.mdx');
  });

  it('ends the committee recommendation at the next section, and finds the areas for improvement', () => {
    expect(result.report.leftOut).toEqual([{ line: 11, lastLine: 13, message: "the paper's own recommendations to its committee, not findings" }]);
    expect(result.extracted.findings.items.map((i) => [i.list, i.text])).toEqual([
      ['areasForImprovement', 'Management oversight is not yet consistent across teams, and supervision records do not always show reflection.'],
      ['areasForImprovement', 'Return home interviews are not always completed within 72 hours.'],
    ]);
  });

  it('reports the list whose lead-in does not say whether it holds strengths or areas', () => {
    expect(result.report.notPlaced.map((n) => [n.line, n.lastLine])).toEqual([[18, 19]]);
    expect(checkDraft(sources, result)).toEqual([]);
  });
});

describe('a paper written in Markdown', () => {
  it('is read the same way, and drafts a valid review', () => {
    const paper = [
      '# Hertfordshire County Council',
      '',
      '## Children, Young People and Families Panel',
      '',
      'Date: 3 June 2019',
      '',
      '## Focused visit to children in care services',
      '',
      'Ofsted carried out a focused visit on 30 April and 1 May 2019.',
      '',
      '### What is working well',
      '',
      '* Children in care are visited regularly by social workers who know them well.',
      '* Placement stability has improved.',
      '',
      '### Areas for improvement',
      '',
      '* The quality of care plans is inconsistent.',
    ].join('\n');
    const result = importPaper(paper, { fileName: 'visit.md', library });
    expect(result.file).toBe('content/reviews/hertfordshire/2019-04-focused-visit.mdx');
    expect(result.extracted.findings.items.map((i) => [i.list, i.text])).toEqual([
      ['strengths', 'Children in care are visited regularly by social workers who know them well.'],
      ['strengths', 'Placement stability has improved.'],
      ['areasForImprovement', 'The quality of care plans is inconsistent.'],
    ]);
    expect(result.extracted.metadata.committee?.value).toBe('Children, Young People and Families Panel');
    expect(checkDraft(sources, result)).toEqual([]);
  });
});
