/**
 * The importer, run on every paper of the corpus, recovers at least the share of the truth it
 * recovered when the floor was recorded (floor.json), with at least the precision: a change
 * to the importer that loses ground fails here. Raise the floor as the importer improves.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateCorpus, rates } from '../../src/importer/eval.ts';
import { projectRoot } from '../support/library.ts';

const floor = JSON.parse(readFileSync(path.join(import.meta.dirname, 'floor.json'), 'utf8')) as { recall: number; precision: number; target: { recall: number; precision: number } };
const result = evaluateCorpus(projectRoot);
const measured = rates(result.overall);

describe('the import corpus', () => {
  it('has at least ten unseen papers besides the five seeds, each with its truth', () => {
    expect(result.papers.filter((p) => !p.id.startsWith('seed-')).length).toBeGreaterThanOrEqual(10);
    expect(result.papers.filter((p) => p.id.startsWith('seed-')).length).toBe(5);
  });
  it('is drafted paper by paper without the importer failing', () => {
    expect(result.papers.filter((p) => p.error).map((p) => `${p.id}: ${p.error}`)).toEqual([]);
  });
  it(`is recovered with at least the recorded recall (${floor.recall}) and precision (${floor.precision})`, () => {
    expect(measured.recall).toBeGreaterThanOrEqual(floor.recall);
    expect(measured.precision).toBeGreaterThanOrEqual(floor.precision);
  });
  it('has a floor no higher than the target', () => {
    expect(floor.recall).toBeLessThanOrEqual(floor.target.recall);
    expect(floor.precision).toBeLessThanOrEqual(floor.target.precision);
  });
});
