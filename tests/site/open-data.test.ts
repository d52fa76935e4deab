/** The open data exports hold every record, with the public fields, and every url resolves. */
import { describe, expect, it, inject } from 'vitest';
import { loadBundledLibrary } from '../support/library.ts';
import { fileFor, idsIn, readJson, readPage } from '../support/site.ts';

interface FindingRow { id: string; url: string; review: string; authority: string; type: string; text: string; themes: string[]; kloe: string | null; status: string | null }
interface ActionRow { id: string; url: string; plan: string; priority: string; due: string | null; dueFrom: string | null; dueTo: string | null; status: string | null; statusAsOf: string | null; history: Array<{ asOf: string; status: string; update: string }>; addresses: string[] }
interface ReviewRow { id: string; url: string; kind: string; judgements: Array<{ area: string; grade: string }>; counts: Record<string, number> }
interface PlanRow { id: string; url: string; declaredActions: number | null; priorities: Array<{ id: string; title: string; declaredActions: number | null }> }

const reviews = () => readJson<ReviewRow[]>('/data/reviews.json');
const findings = () => readJson<FindingRow[]>('/data/findings.json');
const actions = () => readJson<ActionRow[]>('/data/actions.json');
const plans = () => readJson<PlanRow[]>('/data/plans.json');

describe('open data exports', () => {
  it('reviews.json lists every review of the library with kinds, judgements and counts', () => {
    const rows = reviews();
    expect(rows.map((r) => r.id).sort()).toEqual(loadBundledLibrary(inject('contentRoot')).library.reviews.map((r) => r.id).sort());
    expect(rows.map((r) => r.id)).toEqual(expect.arrayContaining(['brent/2011-inspection', 'bromley/2016-04-inspection', 'central-bedfordshire/2018-11-peer-review']));
    const bromley2016 = rows.find((r) => r.id === 'bromley/2016-04-inspection')!;
    // The council's six judgements, and the safeguarding board's from Ofsted's report.
    expect(bromley2016.judgements).toHaveLength(7);
    expect(bromley2016.judgements.map((j) => j.grade)).toEqual([...Array(6).fill('inadequate'), 'requires-improvement']);
    expect(bromley2016.counts).toEqual({ kloes: 0, strengths: 5, areasForImprovement: 6, recommendations: 23 });
    expect(rows.find((r) => r.id === 'central-bedfordshire/2018-11-peer-review')!.counts).toMatchObject({ kloes: 5, recommendations: 18 });
    expect(rows.find((r) => r.id === 'bromley/2013-06-peer-review')!.counts).toMatchObject({ strengths: 12, areasForImprovement: 6 });
  });

  it('findings.json quotes every finding, with the Central Bedfordshire recommendations as having no action', () => {
    const rows = findings();
    const cb = rows.filter((f) => f.review === 'central-bedfordshire/2018-11-peer-review' && f.type === 'recommendation');
    expect(cb.map((f) => f.kloe)).toEqual(['K1', 'K1', 'K1', 'K1', 'K2', 'K2', 'K2', 'K2', 'K3', 'K3', 'K3', 'K4', 'K4', 'K4', 'K4', 'K5', 'K5', 'K5']);
    expect(new Set(cb.map((f) => f.status))).toEqual(new Set(['no-action']));
    expect(rows.find((f) => f.id === 'bromley/2016-04-inspection#W6')!.text).toBe('Caseloads are too high to ensure quality social work.');
    expect(rows.filter((f) => f.type === 'strength').every((f) => f.status === null)).toBe(true);
    expect(new Set(rows.map((f) => f.type))).toEqual(new Set(['strength', 'area-for-improvement', 'recommendation']));
  });

  it('actions.json gives each action its due range and latest status with history', () => {
    const action = actions().find((a) => a.id === 'bromley/2016-09-improvement-plan#5.8.3')!;
    expect(action).toMatchObject({ due: 'Dec-16', dueFrom: '2016-12', dueTo: '2016-12', status: 'red', statusAsOf: '2017-03-31', priority: '5' });
    // Fields may be added to history entries (inferred, closed, revisedDue); these three stay.
    expect(action.history.map(({ asOf, status, update }) => ({ asOf, status, update }))).toEqual([
      { asOf: '2017-02-28', status: 'red', update: 'bromley/2017-02-improvement-plan-update' },
      { asOf: '2017-03-31', status: 'red', update: 'bromley/2017-03-improvement-plan-update' },
    ]);
    expect(actions().find((a) => a.id === 'bromley/2016-09-improvement-plan#4.6.3')).toMatchObject({ due: 'Jan – Mar 17', dueFrom: '2017-01', dueTo: '2017-03' });
  });

  it('plans.json declares 236 actions across the Bromley plan’s ten priorities', () => {
    const plan = plans().find((p) => p.id === 'bromley/2016-09-improvement-plan')!;
    expect(plan.declaredActions).toBe(236);
    expect(plan.priorities.map((p) => p.declaredActions)).toEqual([12, 39, 20, 33, 44, 23, 5, 32, 14, 14]);
  });

  it('the CSV twins have a header row and one row per record', () => {
    const csv = readPage('/data/findings.csv').replace(/^\uFEFF/, '');
    // The first columns never move; every other field of the JSON follows.
    const header = csv.split('\n')[0]!.trim().split(',');
    expect(header.slice(0, 13).join(',')).toBe('id,url,review,reviewTitle,authority,type,itemId,text,themes,kloe,kloeTitle,status,actions');
    expect(new Set(header)).toEqual(new Set(Object.keys(findings()[0]!)));
    expect(readPage('/data/actions.csv')).toContain('bromley/2016-09-improvement-plan#5.8.3');
  });

  it('every url in the exports resolves to a page, and every #fragment to an element on it', () => {
    const urls = [...reviews(), ...findings(), ...actions(), ...plans()].map((r) => r.url);
    const broken = urls.filter((url) => {
      const file = fileFor(url);
      if (!file) return true;
      const fragment = url.split('#')[1];
      return fragment !== undefined && !idsIn(readPage(url)).has(decodeURIComponent(fragment));
    });
    expect(broken).toEqual([]);
    expect(urls.length).toBeGreaterThan(150);
  });
});
