/** The generated authorities vocabulary: every council in Ofsted's 2025 statistics, and the ones gone since 2009. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { authoritySchema } from '../../src/schemas/vocabularies.ts';
import { councilSlug } from '../../src/official/slug.ts';

const root = path.resolve(import.meta.dirname, '../..');
const authorities = z.array(authoritySchema).parse(parse(readFileSync(path.join(root, 'content/vocabularies/authorities.yaml'), 'utf8')));
const byId = new Map(authorities.map((a) => [a.id, a]));
const current = authorities.filter((a) => a.status === 'current');

describe('the authorities vocabulary', () => {
  it('has the 153 current councils of the 2025 statistics, each with a status', () => {
    expect(current).toHaveLength(153);
    expect(authorities.every((a) => a.status === 'current' || a.status === 'former')).toBe(true);
  });

  it('gives every current council its own DfE code, ONS code and slug', () => {
    for (const field of ['dfeCode', 'onsCode', 'id'] as const) expect(new Set(current.map((a) => a[field])).size).toBe(153);
  });

  it('keeps the slugs the library already used, with their names', () => {
    expect(['bexley', 'brent', 'bromley', 'cambridgeshire', 'central-bedfordshire', 'hertfordshire'].map((id) => byId.get(id)?.name)).toEqual([
      'London Borough of Bexley',
      'London Borough of Brent',
      'London Borough of Bromley',
      'Cambridgeshire County Council',
      'Central Bedfordshire Council',
      'Hertfordshire County Council',
    ]);
  });

  it('names the former councils of the reorganisations since 2009 with their dates', () => {
    const former = authorities.filter((a) => a.status === 'former').map((a) => `${a.id} until ${a.until} → ${a.successors?.join(' + ')}`);
    expect(former).toEqual([
      'bournemouth until 2019-03-31 → bournemouth-christchurch-and-poole',
      'buckinghamshire-county-council until 2020-03-31 → buckinghamshire',
      'cumbria until 2023-03-31 → cumberland + westmorland-and-furness',
      'dorset-county-council until 2019-03-31 → bournemouth-christchurch-and-poole + dorset',
      'north-yorkshire-county-council until 2023-03-31 → north-yorkshire',
      'northamptonshire until 2021-03-31 → north-northamptonshire + west-northamptonshire',
      'poole until 2019-03-31 → bournemouth-christchurch-and-poole',
      'somerset-county-council until 2023-03-31 → somerset',
    ]);
  });

  it('makes successors and predecessors mirror each other, and a successor start the day after', () => {
    for (const a of authorities) {
      for (const s of a.successors ?? []) {
        expect(byId.get(s)?.predecessors, `${a.id} → ${s}`).toContain(a.id);
        const dayAfter = new Date(Date.parse(`${a.until}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
        expect(byId.get(s)?.from, `${s} starts the day after ${a.id} ends`).toBe(dayAfter);
      }
      for (const p of a.predecessors ?? []) expect(byId.get(p)?.successors, `${p} ← ${a.id}`).toContain(a.id);
    }
  });

  it('lists ten statistical neighbours for every council that has them, each a council of the vocabulary and never itself', () => {
    const withNeighbours = authorities.filter((a) => a.statisticalNeighbours);
    expect(current.every((a) => a.statisticalNeighboursModel === 'dfe-2025')).toBe(true);
    for (const a of withNeighbours) {
      expect(a.statisticalNeighbours).toHaveLength(10);
      expect(a.statisticalNeighbours!.every((n) => byId.has(n) && n !== a.id)).toBe(true);
      expect(a.statisticalNeighboursModel).toBeDefined();
    }
    // A current council's neighbours are current councils.
    for (const a of current) expect(a.statisticalNeighbours!.filter((n) => byId.get(n)!.status !== 'current')).toEqual([]);
  });

  it('derives every slug from the ONS name by the one rule', () => {
    expect(councilSlug('Bristol, City of')).toBe('bristol');
    expect(councilSlug('St. Helens')).toBe('st-helens');
    expect(councilSlug('Bournemouth, Christchurch and Poole')).toBe('bournemouth-christchurch-and-poole');
    expect(councilSlug('Bournemouth, Christchurch & Poole')).toBe('bournemouth-christchurch-and-poole');
    expect(councilSlug('Kingston upon Hull, City of')).toBe('kingston-upon-hull');
    expect(councilSlug("King's Lynn")).toBe('kings-lynn');
    expect(byId.get('herefordshire')?.onsCode).toBe('E06000019');
    expect(byId.get('st-helens')?.dfeCode).toBe('342');
  });
});
