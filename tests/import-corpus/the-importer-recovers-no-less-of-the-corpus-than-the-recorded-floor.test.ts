/**
 * The importer, run on every paper of the corpus, recovers at least the share of the truth it
 * recovered when the floor was recorded (floor.json), with at least the precision, over the
 * whole corpus and over the papers it has never seen: a change to the importer that loses
 * ground fails here. Raise the floor as the importer improves.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateCorpus, rates } from '../../src/importer/eval.ts';
import { loadBundledLibrary, projectRoot } from '../support/library.ts';

interface Figures {
  recall: number;
  precision: number;
}
const floor = JSON.parse(readFileSync(path.join(import.meta.dirname, 'floor.json'), 'utf8')) as { overall: Figures; unseen: Figures; target: Figures };
// Against the test library, which holds every council and every document the papers name: the
// figures equal `npm run import:eval`'s over the whole record (measured 2026-11-30), in a seventh of the time.
const result = evaluateCorpus(projectRoot, undefined, loadBundledLibrary().library);

describe('the import corpus', () => {
  it('has at least ten papers the importer has never seen besides the five seeds', () => {
    expect(result.papers.filter((p) => !p.seed).length).toBeGreaterThanOrEqual(10);
    expect(result.papers.filter((p) => p.seed).length).toBe(5);
  });
  it('is drafted paper by paper without the importer failing', () => {
    expect(result.papers.filter((p) => p.error).map((p) => `${p.id}: ${p.error}`)).toEqual([]);
  });
  it(`is recovered with at least the recorded recall (${floor.overall.recall}) and precision (${floor.overall.precision})`, () => {
    const measured = rates(result.overall);
    expect(measured.recall).toBeGreaterThanOrEqual(floor.overall.recall);
    expect(measured.precision).toBeGreaterThanOrEqual(floor.overall.precision);
  });
  it(`its unseen papers are recovered with at least the recorded recall (${floor.unseen.recall}) and precision (${floor.unseen.precision})`, () => {
    const measured = rates(result.unseen);
    expect(measured.recall).toBeGreaterThanOrEqual(floor.unseen.recall);
    expect(measured.precision).toBeGreaterThanOrEqual(floor.unseen.precision);
  });
  it('has floors no higher than the target', () => {
    for (const figures of [floor.overall, floor.unseen]) {
      expect(figures.recall).toBeLessThanOrEqual(floor.target.recall);
      expect(figures.precision).toBeLessThanOrEqual(floor.target.precision);
    }
  });
});
