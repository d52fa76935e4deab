/**
 * The benchmark's synthetic corpus is a valid library: the real checker finds nothing
 * wrong with it, it is the same for the same seed, and it has the shape of the real thing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../src/bench/corpus.ts';
import { benchQueries, themeBanks } from '../../src/bench/phrases.ts';
import { checkLibrary } from '../../src/checker/check-library.ts';
import { formatProblem } from '../../src/checker/problem.ts';
import { parseDue } from '../../src/schemas/due.ts';
import type { PlanData } from '../../src/schemas/plan.ts';
import type { ReviewData } from '../../src/schemas/review.ts';
import type { UpdateData } from '../../src/schemas/update.ts';
import { projectRoot } from '../support/library.ts';

const read = (name: string) => readFileSync(path.join(projectRoot, 'content', 'vocabularies', `${name}.yaml`), 'utf8');
const vocabularies = { authorities: read('authorities'), themes: read('themes'), frameworks: read('frameworks') };
const corpus = generateCorpus({ documents: 30, seed: 7, vocabularies });
const result = checkLibrary(corpus.files.map((file) => ({ file: file.path, raw: file.text })));
const { reviews, plans, updates } = result.library;

describe('the synthetic benchmark corpus', () => {
  it('passes the real checker with no problems', () => {
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.documentCount).toBe(30);
    expect(corpus.stats.documents).toBe(30);
  });

  it('is the same for the same seed, and different for another', () => {
    expect(generateCorpus({ documents: 30, seed: 7, vocabularies }).files).toEqual(corpus.files);
    expect(generateCorpus({ documents: 30, seed: 8, vocabularies }).files).not.toEqual(corpus.files);
  });

  it('has every kind of document, in the proportions of a national library', () => {
    expect(Object.keys(corpus.stats.byKind).sort()).toEqual(['focused-visit', 'inspection', 'monitoring-visit', 'peer-review', 'plan', 'update']);
    expect(updates.length).toBeGreaterThan(plans.length);
    expect(corpus.files.every((f) => f.path.startsWith('content/'))).toBe(true);
  });

  it('uses 153 current authorities: the real ones kept, any others with valid-looking ONS codes in all nine regions', () => {
    const authorities = yaml.load(corpus.files.find((f) => f.path === 'content/vocabularies/authorities.yaml')!.text) as Array<{ id: string; onsCode: string; region: string; type: string; status?: string }>;
    expect(authorities.filter((a) => a.status !== 'former')).toHaveLength(153);
    for (const real of yaml.load(vocabularies.authorities) as Array<{ id: string }>) expect(authorities).toContainEqual(real);
    expect(new Set(authorities.map((a) => a.onsCode)).size).toBe(authorities.length);
    const prefix = { 'london-borough': 'E09', 'metropolitan-district': 'E08', unitary: 'E06', county: 'E10' } as Record<string, string>;
    for (const a of authorities) expect(a.onsCode.slice(0, 3)).toBe(prefix[a.type]);
    expect(new Set(authorities.map((a) => a.region)).size).toBe(9);
    expect(corpus.files.find((f) => f.path.endsWith('themes.yaml'))!.text).toBe(vocabularies.themes);
  });

  it('grades inspections on the framework of their year, with 10 to 40 findings per review', () => {
    for (const review of reviews) {
      const data: ReviewData = review.data;
      const year = Number(data.fieldwork.from.slice(0, 4));
      const findings = data.strengths.length + data.areasForImprovement.length + data.recommendations.length;
      expect(findings, review.id).toBeGreaterThanOrEqual(10);
      expect(findings, review.id).toBeLessThanOrEqual(40);
      if (data.kind === 'inspection') {
        expect(data.framework, review.id).toBe(year <= 2012 ? 'slac' : year < 2018 ? 'sif' : year > 2018 ? 'ilacs' : data.framework);
        expect(data.judgements.length).toBeGreaterThan(0);
      }
      if (data.kind === 'peer-review') {
        expect(data.kloes.length).toBeGreaterThanOrEqual(3);
        expect(data.strengths.every((s) => s.kloe)).toBe(true);
      }
      if (data.kind === 'monitoring-visit') expect(reviews.find((r) => r.id === data.follows)?.data.kind).toBe('inspection');
    }
  });

  it('has plans of 100 to 250 actions answering inspections, with every due date readable', () => {
    for (const plan of plans) {
      const data: PlanData = plan.data;
      expect(data.actions.length).toBeGreaterThanOrEqual(100);
      expect(data.actions.length).toBeLessThanOrEqual(250);
      expect(data.priorities.length).toBeGreaterThanOrEqual(8);
      for (const action of data.actions) expect(parseDue(action.due!), action.due).toBeDefined();
      const answered = reviews.find((r) => r.id === data.answers[0])!;
      expect(answered.data.kind).toBe('inspection');
      // Every area for improvement and recommendation of the inspection has an action.
      const addressed = new Set(data.actions.flatMap((a) => a.addresses));
      for (const finding of [...answered.data.areasForImprovement, ...answered.data.recommendations]) expect(addressed).toContain(`${answered.id}#${finding.id}`);
    }
  });

  it('has monthly updates giving RAG statuses for a share of their plan’s actions', () => {
    for (const update of updates) {
      const data: UpdateData = update.data;
      const plan = plans.find((p) => p.id === data.plan)!;
      expect(data.statuses.length).toBeGreaterThan(0);
      expect(data.statuses.length).toBeLessThan(plan.data.actions.length);
      expect(data.asOf.slice(0, 7) < '2026-11').toBe(true);
    }
  });

  it('writes bodies of a few thousand words that are plain MDX prose', () => {
    for (const doc of [...reviews, ...plans, ...updates]) {
      const words = doc.body.split(/\s+/).filter(Boolean).length;
      expect(words, doc.id).toBeGreaterThanOrEqual(1500);
      expect(doc.body, doc.id).not.toMatch(/[<>{}]|\blorem\b|\bipsum\b|\bundefined\b|\bNaN\b/);
    }
  });

  it('has a phrase bank for every theme, and a document for every benchmark query to find', () => {
    const themes = yaml.load(vocabularies.themes) as Array<{ id: string }>;
    for (const theme of themes) expect(themeBanks[theme.id], theme.id).toBeDefined();
    // Pagefind finds pages holding every word of a query: some document must hold them all.
    const texts = corpus.files.map((f) => f.text.toLowerCase());
    const unmatched = benchQueries.filter((query) => !texts.some((text) => query.toLowerCase().split(' ').every((word) => text.includes(word))));
    expect(unmatched).toEqual([]);
  });
});
