/** The pure reading of the official record, on small tables made here, and the checks that refuse a bad row. */
import { describe, expect, it } from 'vitest';
import type { Authority, Framework } from '../../src/schemas/vocabularies.ts';
import { checkOfficialTables } from '../../src/official/check.ts';
import { councilHistory, gradeSpreadByYear, latestOverallEffectiveness, movement } from '../../src/official/history.ts';
import { parseOfficialTable } from '../../src/official/load.ts';
import { eventKinds, type EventKind, type InspectionRow } from '../../src/official/tables.ts';

const scale = (third: string) => ['outstanding', 'good', third, 'inadequate'].map((id) => ({ id, label: id }));
const frameworks: Framework[] = [
  { id: 'slac', name: 'SLAC', shortName: 'SLAC', years: '2009-2012', grades: scale('adequate') },
  { id: 'sif', name: 'SIF', shortName: 'SIF', years: '2013-2018', grades: scale('requires-improvement') },
  { id: 'ilacs', name: 'ILACS', shortName: 'ILACS', years: '2018-', grades: scale('requires-improvement') },
];
const council = (id: string, extra: Partial<Authority> = {}): Authority => ({ id, name: id, shortName: id, onsCode: 'E06000001', dfeCode: '805', region: 'North East', type: 'unitary', status: 'current', ...extra });
const authorities: Authority[] = [
  council('northmoor'),
  council('old-shire', { status: 'former', until: '2019-03-31', successors: ['new-shire'], type: 'county', onsCode: 'E10000001', dfeCode: '900' }),
  council('new-shire', { from: '2019-04-01', predecessors: ['old-shire'], onsCode: 'E06000002', dfeCode: '901' }),
];

let row = 0;
function judgement(councilId: string, kind: EventKind, published: string, grade: string | undefined, area = 'Overall effectiveness', overall = true): InspectionRow {
  return {
    council: councilId,
    dfeCode: authorities.find((a) => a.id === councilId)?.dfeCode ?? '000',
    event: `${councilId}/${published}-${kind}`,
    kind,
    framework: eventKinds.find((k) => k.id === kind)!.framework,
    inspectionStart: undefined,
    published,
    area: grade === undefined ? '' : area,
    overall: grade === undefined ? false : overall,
    grade,
    sourceGrade: grade ?? '',
    theme: '',
    sourceName: councilId,
    sourceFile: 'made-here.ods',
    sourceSheet: 'test',
    sourceRow: ++row,
    sourceColumn: 'A',
  };
}

const rows: InspectionRow[] = [
  judgement('northmoor', 'slac', '2011-05-01', 'adequate', 'Safeguarding OE'),
  judgement('northmoor', 'slac', '2011-05-01', 'good', 'Looked After Children OE'),
  judgement('northmoor', 'sif', '2015-01-10', 'inadequate'),
  judgement('northmoor', 'sif', '2015-01-10', 'inadequate', 'children who need help and protection', false),
  judgement('northmoor', 'sif-reinspection', '2017-01-10', 'requires-improvement'),
  judgement('northmoor', 'ilacs-standard', '2020-01-10', 'good'),
  judgement('northmoor', 'focused-visit', '2021-06-01', undefined),
  judgement('old-shire', 'sif', '2016-03-01', 'inadequate'),
  judgement('new-shire', 'focused-visit', '2022-06-01', undefined),
  judgement('new-shire', 'ilacs-standard', '2023-03-01', 'outstanding'),
];

describe('the official record, read', () => {
  it('gives a council’s history oldest first, with its predecessor’s inspections when asked', () => {
    expect(councilHistory(rows, 'northmoor').map((e) => `${e.kind} ${e.judgements.length}`)).toEqual(['slac 2', 'sif 2', 'sif-reinspection 1', 'ilacs-standard 1', 'focused-visit 0']);
    expect(councilHistory(rows, 'new-shire').map((e) => e.event)).toEqual(['new-shire/2022-06-01-focused-visit', 'new-shire/2023-03-01-ilacs-standard']);
    expect(councilHistory(rows, 'new-shire', authorities).map((e) => e.council)).toEqual(['old-shire', 'new-shire', 'new-shire']);
  });

  it('takes each council’s latest overall effectiveness as at a date, carrying a predecessor’s to a council not yet inspected', () => {
    const grades = (map: ReturnType<typeof latestOverallEffectiveness>) => Object.fromEntries([...map].map(([id, l]) => [id, l.grade]));
    expect(grades(latestOverallEffectiveness(rows))).toEqual({ northmoor: 'good', 'old-shire': 'inadequate', 'new-shire': 'outstanding' });
    expect(grades(latestOverallEffectiveness(rows, '2019-12-31'))).toEqual({ northmoor: 'requires-improvement', 'old-shire': 'inadequate' });
    expect(grades(latestOverallEffectiveness(rows, '2022-12-31', authorities))).toEqual({ northmoor: 'good', 'new-shire': 'inadequate' });
  });

  it('spreads overall grades by year and framework, counting SLAC’s two overall judgements apart', () => {
    expect(gradeSpreadByYear(rows).map((s) => `${s.year} ${s.framework} ${s.area} ${JSON.stringify(s.counts)}`)).toEqual([
      '2011 slac Looked After Children OE {"good":1}',
      '2011 slac Safeguarding OE {"adequate":1}',
      '2015 sif Overall effectiveness {"inadequate":1}',
      '2016 sif Overall effectiveness {"inadequate":1}',
      '2017 sif Overall effectiveness {"requires-improvement":1}',
      '2020 ilacs Overall effectiveness {"good":1}',
      '2023 ilacs Overall effectiveness {"outstanding":1}',
    ]);
  });

  it('counts a move from inadequate to good from the first inadequate judgement, through requires improvement, to the first good one', () => {
    const moved = movement(rows, frameworks);
    expect(moved.moves.map((m) => `${m.from.event} → ${m.to.event} ${m.days}`)).toEqual(['northmoor/2015-01-10-sif → northmoor/2020-01-10-ilacs-standard 1826']);
    expect(moved).toMatchObject({ councils: 1, notYet: ['old-shire'], medianDays: 1826, minDays: 1826, maxDays: 1826 });
  });

  it('gives the median of an even number of moves as the mean of the middle two', () => {
    const more = [...rows, judgement('old-shire', 'sif-reinspection', '2018-03-01', 'good')];
    expect(movement(more, frameworks)).toMatchObject({ councils: 2, notYet: [], medianDays: (730 + 1826) / 2, minDays: 730, maxDays: 1826 });
  });
});

describe('the checks of the official tables', () => {
  it('pass these tables', () => {
    expect(checkOfficialTables({ inspections: rows, latest: [] }, { authorities, frameworks })).toEqual([]);
  });

  it('name the file, line and field of an unknown council, a grade off the scale and an inspection of a council that did not yet exist', () => {
    const bad = [
      { ...judgement('northmoor', 'sif', '2015-01-10', 'inadequate'), council: 'northmor', event: 'northmor/2015-01-10-sif', line: 7 },
      { ...judgement('northmoor', 'slac', '2011-05-01', 'requires-improvement'), line: 8 },
      { ...judgement('new-shire', 'sif', '2016-01-10', 'good'), line: 9 },
    ];
    expect(checkOfficialTables({ inspections: bad, latest: [] }, { authorities, frameworks }).map((p) => `${p.file}:${p.line}:${p.column}  ${p.field}  ${p.message}`)).toEqual([
      'content/official/inspections.csv:7:1  council  "northmor" is not in the authorities vocabulary',
      'content/official/inspections.csv:8:10  grade  "requires-improvement" is not on the SLAC scale',
      'content/official/inspections.csv:9:1  council  new-shire did not exist on 2016-01-10 (2019-04-01 to …)',
    ]);
  });

  it('find successors and predecessors that do not mirror each other', () => {
    const broken = authorities.map((a) => (a.id === 'new-shire' ? { ...a, predecessors: [] } : a));
    expect(checkOfficialTables({ inspections: [], latest: [] }, { authorities: broken, frameworks }).map((p) => `${p.field}  ${p.message}`)).toEqual([
      '[1].successors  names new-shire, whose predecessors do not name old-shire',
    ]);
  });

  it('refuse, when loading, a row whose field breaks its schema, naming its line and column', () => {
    const csv = 'council,dfeCode,event,kind,framework,inspectionStart,published,area,overall,grade,sourceGrade,theme,sourceName,sourceFile,sourceSheet,sourceRow,sourceColumn\n'
      + 'northmoor,805,northmoor/2015-01-10-sif,sif,sif,,2015-01-10,Overall effectiveness,true,inadequate,Inadequate,,Northmoor,a.ods,s,3,I\n'
      + 'northmoor,805,northmoor/2015-01-10-sif,sif,sif,,10/01/2015,Overall effectiveness,true,inadequate,Inadequate,,Northmoor,a.ods,s,4,I\n';
    const { rows: loaded, problems } = parseOfficialTable('inspections', csv);
    expect(loaded).toHaveLength(1);
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column}  ${p.field}`)).toEqual(['content/official/inspections.csv:3:7  published']);
  });
});
