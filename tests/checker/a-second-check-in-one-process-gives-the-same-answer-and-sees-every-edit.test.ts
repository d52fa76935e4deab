/**
 * The checker remembers what it made of each file while the file's text is unchanged
 * (src/checker/check-library.ts), so checking a draft against the library reads only the
 * draft. Remembering must never change an answer: a second check gives the same problems, as
 * new objects a caller may change; an edit is read afresh; images are looked for every time.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { checkLibrary } from '../../src/checker/check-library.ts';
import { fixturesRoot } from '../support/fixtures.ts';
import { projectRoot } from '../support/library.ts';
import { testLibrarySources } from '../support/test-library.ts';

const FILE = 'content/reviews/bromley/2019-01-inspection.mdx';
const valid = readFileSync(path.join(fixturesRoot, 'valid', FILE), 'utf8');
const library = testLibrarySources(projectRoot);
const check = (raw: string, fileExists = (_: string) => false) => checkLibrary([...library, { file: FILE, raw }], { fileExists }).problems;

it('gives the same problems twice, as new objects each time', () => {
  const broken = valid.replace('\ntitle:', '\ntitlx:');
  const first = check(broken);
  expect(first.length).toBeGreaterThan(0);
  first[0]!.message = 'changed by a caller';
  const second = check(broken);
  expect(second[0]!.message).not.toBe('changed by a caller');
  expect(second).toEqual(check(broken));
});

it('reads a file again once its text changes, and back', () => {
  expect(check(valid)).toEqual([]);
  expect(check(valid.replace('\ntitle:', '\ntitlx:')).map((p) => p.field)).toContain('titlx');
  expect(check(valid)).toEqual([]);
});

it('looks for a body’s images on every check, as they come and go on disk', () => {
  const withImage = `${valid.replace(/\n*$/, '\n')}\n![A chart](./chart.png)\n`;
  expect(check(withImage).map((p) => p.field)).toEqual(['body']);
  expect(check(withImage, (file) => file === 'content/reviews/bromley/chart.png')).toEqual([]);
  expect(check(withImage).map((p) => p.field)).toEqual(['body']);
});
