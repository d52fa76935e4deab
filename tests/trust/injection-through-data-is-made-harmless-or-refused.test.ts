/**
 * Data is not code, wherever it lands: spreadsheet cells cannot start a formula, JSON inlined
 * in a page cannot close its element, images come from the repository, and a plan cannot
 * reach into another council's recommendations without saying why.
 */
import { readFileSync } from 'node:fs';
import { testLibrarySources } from '../support/test-library.ts';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLibrary } from '../../src/checker/check-library.ts';
import { formatProblem } from '../../src/checker/problem.ts';
import { safeCell } from '../../src/lib/csv.ts';
import { toCsv } from '../../src/lib/exports.ts';
import { inlineJson } from '../../src/lib/markup.ts';
import { fixturesRoot } from '../support/fixtures.ts';
import { projectRoot } from '../support/library.ts';

const FILE = 'content/reviews/bromley/2019-01-inspection.mdx';
const valid = readFileSync(path.join(fixturesRoot, 'valid', FILE), 'utf8');
const library = testLibrarySources(projectRoot);

describe('CSV cells a spreadsheet would run are neutralised (OWASP)', () => {
  it.each(['=HYPERLINK("http://evil.example","x")', '+1+cmd|" /C calc"!A0', '-2+3', '@SUM(A1:A2)', '\t=1', '\r=1'])('%j', (text) => {
    expect(safeCell(text)).toBe(`'${text}`);
    expect(toCsv([{ text }], ['text']).split('\n')[1]).toContain(`'`);
  });

  it('ordinary text is left as it is', () => {
    expect(safeCell('Improve supervision')).toBe('Improve supervision');
    expect(toCsv([{ a: 'x', b: ['one', 'two'] }], ['a', 'b'])).toBe('\uFEFFa,b\nx,one; two\n');
  });
});

describe('JSON inlined in a page', () => {
  it('cannot close its script element or start markup, and reads back the same', () => {
    const value = { synonym: '</script><meta http-equiv="refresh" content="0;url=//evil.example">&amp;' };
    const inlined = inlineJson(value);
    expect(inlined).not.toMatch(/[<>&]/);
    expect(JSON.parse(inlined)).toEqual(value);
  });
});

describe('images in a body', () => {
  const withImage = (markdown: string) => `${valid.replace(/\n*$/, '\n')}\n${markdown}\n`;
  const problems = (raw: string, exists = (_: string) => false) =>
    checkLibrary([...library, { file: FILE, raw }], { fileExists: exists }).problems.filter((p) => p.file === FILE).map(formatProblem);

  it('a missing local image is refused at its line, naming the path looked for', () => {
    expect(problems(withImage('![A chart](./chart.png)'))).toEqual([
      expect.stringMatching(/2019-01-inspection\.mdx:\d+:1  body  shows the image "\.\/chart\.png", which is not in the repository \(looked for content\/reviews\/bromley\/chart\.png\)/),
    ]);
  });

  it('an image that exists passes', () => {
    expect(problems(withImage('![A chart](./chart.png)'), (file) => file === 'content/reviews/bromley/chart.png')).toEqual([]);
  });

  it('an image from another site is refused', () => {
    expect(problems(withImage('![x](https://evil.example/t.gif)'))).toEqual([expect.stringMatching(/  body  shows an image from another site/)]);
  });
});

describe('a plan answers its own council’s reviews', () => {
  const plan = library.find((f) => f.file === 'content/plans/bromley/2016-09-improvement-plan.mdx')!;
  it('a plan answering another council’s review is refused, naming both councils', () => {
    const raw = plan.raw.replace(/^answers:\n  - .*$/m, 'answers:\n  - brent/2011-inspection');
    const problems = checkLibrary([...library.filter((f) => f !== plan), { file: plan.file, raw }]).problems.filter((p) => p.file === plan.file).map(formatProblem);
    expect(problems.filter((p) => p.includes('answers[0]'))).toEqual([expect.stringMatching(/answers\[0\]  is a review of brent, but this plan is bromley's: its actions would change another council's recommendation statuses/)]);
  });

  it('unless it says why', () => {
    const raw = plan.raw.replace(/^answers:\n  - .*$/m, 'answersOtherCouncil: A joint plan of the two boroughs.\nanswers:\n  - brent/2011-inspection');
    const problems = checkLibrary([...library.filter((f) => f !== plan), { file: plan.file, raw }]).problems.filter((p) => p.file === plan.file).map(formatProblem);
    expect(problems.filter((p) => p.includes('answers[0]'))).toEqual([]);
  });
});
