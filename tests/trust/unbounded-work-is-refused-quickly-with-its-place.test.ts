/**
 * What would make the checker or the build do unbounded work (YAML aliases, huge fields or
 * bodies, thousands of unclosed brackets) and text no report holds (control characters) is
 * refused before the expensive work, quickly, with the file and line.
 */
import { readFileSync } from 'node:fs';
import { testLibrarySources } from '../support/test-library.ts';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLibrary } from '../../src/checker/check-library.ts';
import { formatProblem } from '../../src/checker/problem.ts';
import { LIMITS } from '../../src/checker/limits.ts';
import { fixturesRoot } from '../support/fixtures.ts';
import { projectRoot } from '../support/library.ts';

const FILE = 'content/reviews/bromley/2019-01-inspection.mdx';
const valid = readFileSync(path.join(fixturesRoot, 'valid', FILE), 'utf8');
const vocabularies = testLibrarySources(projectRoot).filter((f) => f.file.startsWith('content/vocabularies/'));
const check = (raw: string, file = FILE) => {
  const started = performance.now();
  const problems = checkLibrary([...vocabularies, { file, raw }]).problems.filter((p) => p.file === file).map(formatProblem);
  return { problems, ms: performance.now() - started };
};

describe('unbounded work is refused quickly, with its place', () => {
  it('a YAML alias that would repeat a 100 KB string a thousand times', () => {
    const big = 'x'.repeat(100_000);
    const raw = valid.replace(/^summary: .*$/m, `summary: &big "${big}"\nscope: *big`);
    const { problems, ms } = check(raw);
    expect(problems).toEqual([
      expect.stringMatching(/^content\/reviews\/bromley\/2019-01-inspection\.mdx:\d+:8  -  uses a YAML alias \(\*big\)/),
    ]);
    expect(ms).toBeLessThan(5_000);
  });

  it('an alias nested in a list, and a merge key', () => {
    const raw = valid.replace(/^strengths:\n/m, 'base: &b { id: S9 }\nstrengths:\n  - <<: *b\n    text: t\n    themes: [*b]\n');
    expect(check(raw).problems.filter((p) => p.includes('YAML alias'))).toHaveLength(2);
  });

  it('a field over the limit, located at the field', () => {
    const raw = valid.replace(/^summary: .*$/m, `summary: "${'word '.repeat(LIMITS.fieldCharacters / 4)}"`);
    expect(check(raw).problems).toEqual([expect.stringMatching(/:\d+:\d+  summary  is 25,000 characters long, over the limit of 20,000 for one field/)]);
  });

  it('a body over the limit', () => {
    const raw = `${valid}\n${'A long line of narrative text. '.repeat(10_000)}\n`;
    expect(check(raw).problems).toEqual([expect.stringMatching(/  body  is \d+ KB long, over the limit of 256 KB/)]);
  });

  it('thousands of unclosed link openers, refused in seconds (parsing them took 65 s)', () => {
    const raw = `${valid}\n${'['.repeat(100_000)}\n`;
    const { problems, ms } = check(raw);
    expect(problems).toEqual([expect.stringMatching(/:\d+:1  body  opens 100,000 square brackets that are never closed/)]);
    expect(ms).toBeLessThan(10_000);
  });

  it('control characters from a YAML escape, in the frontmatter and in the body', () => {
    const raw = valid.replace(/^summary: .*$/m, 'summary: "A bell\\x07 here"').replace(/\n---\n([\s\S]*)$/, '\n---\nText with a \u0008 backspace.\n');
    expect(check(raw).problems).toEqual([
      expect.stringMatching(/:\d+:\d+  summary  contains a control character \(U\+0007\)/),
      expect.stringMatching(/:\d+:13  body  contains a control character \(U\+0008\)/),
    ]);
  });

  it('a vocabulary gets the same checks: markup, control characters, aliases', () => {
    const themes = vocabularies.find((f) => f.file.endsWith('themes.yaml'))!;
    const hostile = themes.raw.replace('synonyms: [', 'synonyms: ["</script><meta http-equiv=refresh content=0;url=//evil.example>", "bell\\x07", ');
    const problems = checkLibrary([...vocabularies.filter((f) => f !== themes), { file: themes.file, raw: hostile }]).problems.map(formatProblem);
    expect(problems.some((p) => /themes\.yaml:\d+:\d+  \[\d+\]\.synonyms\[0\]  contains markup \("<\/script>"\)/.test(p))).toBe(true);
    expect(problems.some((p) => /synonyms\[1\]  contains a control character \(U\+0007\)/.test(p))).toBe(true);
    const aliased = checkLibrary([{ file: themes.file, raw: themes.raw.replace(/^- id: (\S+)/m, '- &first\n  id: $1').concat('\n- *first\n') }]).problems.map(formatProblem);
    expect(aliased).toEqual([expect.stringMatching(/themes\.yaml:\d+:3  -  uses a YAML alias \(\*first\)/)]);
  });
});
