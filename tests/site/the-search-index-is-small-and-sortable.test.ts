/**
 * The built search index: one Pagefind page per review and per plan (with its updates), no
 * sort keys in the metadata every search downloads, and a date for every page in the file
 * the search page sorts by.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, it, inject } from 'vitest';
import { DATES_PATH } from '../../src/search/records.ts';
import { loadBundledLibrary } from '../support/library.ts';
import { dist, readJson } from '../support/site.ts';

const { records: library } = loadBundledLibrary(inject('contentRoot'));
const bundle = () => path.join(dist(), 'pagefind');
const unpack = (file: string) => {
  const data = gunzipSync(readFileSync(file));
  return data.subarray('pagefind_dcd'.length);
};

it('indexes one page per review and per plan, and dates every one of them for sorting', () => {
  const fragments = readdirSync(path.join(bundle(), 'fragment'));
  expect(fragments).toHaveLength(library.reviews.length + library.plans.length);
  const dates = readJson<Record<string, [string, string]>>(`/${DATES_PATH}`);
  expect(Object.keys(dates).sort()).toEqual(fragments.map((name) => name.replace(/\.pf_fragment$/, '')).sort());
  const plan = library.plan('bromley/2016-09-improvement-plan')!;
  const planFragment = fragments.find((name) => (JSON.parse(unpack(path.join(bundle(), 'fragment', name)).toString()) as { url: string }).url === plan.url)!;
  expect(dates[planFragment.replace(/\.pf_fragment$/, '')]).toEqual([plan.data.published, plan.updates.at(-1)!.data.asOf]);
});

it('keeps sort keys out of the metadata file every search downloads', () => {
  const meta = readdirSync(bundle()).find((name) => name.endsWith('.pf_meta'))!;
  const text = unpack(path.join(bundle(), meta)).toString('latin1');
  expect(text).not.toMatch(/newest|oldest|date/);
});
