/**
 * Recurring findings (src/lib/recurring.ts): the method, and its precision measured on pairs
 * from the library labelled by hand before the threshold was chosen
 * (tests/fixtures/recurring/labelled-pairs.yaml).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { contentStems, findingSimilarity, jaccard, RECURRENCE_THRESHOLD, recurrences, type Comparable } from '../src/lib/recurring.ts';
import { loadBundledLibrary } from './support/library.ts';

const finding = (ref: string, date: string, themes: string[], text: string): Comparable => ({ ref, review: ref.split('#')[0]!, date, themes, text });

describe('wording is compared as stemmed content words', () => {
  it('drops function words and the words every finding uses, and stems the rest', () => {
    expect([...contentStems('Caseloads are too high to ensure quality social work for children.')].sort()).toEqual(['caseload', 'high', 'qualiti', 'social']);
  });

  it('scores shared words over all words', () => {
    expect(jaccard(new Set(['a', 'b']), new Set(['b', 'c']))).toBeCloseTo(1 / 3);
    expect(jaccard(new Set(), new Set())).toBe(0);
  });
});

describe('a finding recurs when a later review of the council raises it again', () => {
  const inspection = finding('x/2016-04-inspection#W6', '2016-04-11', ['caseloads'], 'Caseloads are too high to ensure quality social work.');
  const visit = finding('x/2016-11-monitoring-visit#A1', '2016-11-01', ['caseloads', 'workforce'], 'Social work caseloads remain too high in the assessment teams.');
  const other = finding('x/2016-11-monitoring-visit#A2', '2016-11-01', ['housing'], 'Caseloads are too high to ensure quality social work.');

  it('links a later finding on a shared theme with similar wording to the earlier one', () => {
    const found = recurrences([visit, inspection]);
    expect(found.map((r) => [r.earlier.ref, r.later.ref])).toEqual([[inspection.ref, visit.ref]]);
    expect(found[0]!.similarity).toBeGreaterThanOrEqual(RECURRENCE_THRESHOLD);
  });

  it('never links findings without a shared theme, nor two findings of one review', () => {
    expect(findingSimilarity(inspection, other)).toBe(0);
    const sameReview = finding('x/2016-04-inspection#W7', '2016-04-11', ['caseloads'], 'Caseloads are too high.');
    expect(recurrences([inspection, sameReview])).toEqual([]);
  });
});

describe('precision on the hand-labelled pairs', () => {
  const { records } = loadBundledLibrary();
  const { pairs } = yaml.load(readFileSync(path.join(import.meta.dirname, 'fixtures/recurring/labelled-pairs.yaml'), 'utf8')) as { pairs: Array<{ a: string; b: string; same: boolean }> };
  const comparable = (ref: string): Comparable => {
    const f = records.finding(ref);
    if (!f) throw new Error(`labelled pair names ${ref}, which is not in the library`);
    return { ref, review: f.review.id, date: f.review.data.fieldwork.from, themes: f.themes.map((t) => t.id), text: f.text };
  };
  const flagged = pairs.filter((p) => findingSimilarity(comparable(p.a), comparable(p.b)) >= RECURRENCE_THRESHOLD);

  it('holds 149 pairs, 18 of them the same weakness', () => {
    expect([pairs.length, pairs.filter((p) => p.same).length]).toEqual([149, 18]);
  });

  it('flags 7 pairs at the threshold, 6 of them right: precision 86%, recall 33%', () => {
    const right = flagged.filter((p) => p.same).length;
    expect([flagged.length, right]).toEqual([7, 6]);
    expect(Math.round((right / flagged.length) * 100)).toBe(86);
    expect(Math.round((right / 18) * 100)).toBe(33);
  });
});
