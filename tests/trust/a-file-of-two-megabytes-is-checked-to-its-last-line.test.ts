/**
 * A file of two megabytes is checked to its last line: a long, ordinary report passes; a
 * script and an email at its very end are found at their own lines; two megabytes on one line
 * or of junk are answered without throwing; pathological nesting is refused, not parsed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/checker/limits.ts';
import { normaliseText } from '../../src/checker/read-document.ts';
import { checkedWithoutThrowing } from '../support/checked-without-throwing.ts';
import { fixturesRoot } from '../support/fixtures.ts';
import { projectRoot } from '../support/library.ts';
import { testLibrarySources } from '../support/test-library.ts';

const vocabularies = testLibrarySources(projectRoot).filter((source) => source.file.startsWith('content/vocabularies/'));
const REVIEW = 'content/reviews/bromley/2019-01-inspection.mdx';

describe('a file of two megabytes is checked to its last line', () => {
  const valid = readFileSync(path.join(fixturesRoot, 'valid', REVIEW), 'utf8');
  const paragraph =
    'Inspectors found that 236 actions were due between May 2016 and March 2017 (94% on track); see action 5.8.3 and report CS17130, ' +
    'and the funding of £1,090k agreed on 27 November 2018 for area E09000006. Managers **review** _supervision_ every month.\n\n';
  // Just under the limit on a body's length (src/checker/limits.ts); over it is refused (tests/trust/unbounded-work-…).
  const body = paragraph.repeat(Math.floor((LIMITS.bodyCharacters - 200) / paragraph.length));

  it('a long, ordinary report passes', () => {
    const raw = valid.replace('The body of the example.', body);
    expect(raw.length).toBeGreaterThan(200_000);
    expect(checkedWithoutThrowing([...vocabularies, { file: REVIEW, raw }])).toEqual([]);
  });

  it('a script and an email at its very end are found, at their own lines', () => {
    const raw = valid.replace('The body of the example.', `${body}<script>alert(1)</script>\n\nWrite to kay.weiss@bromley.gov.uk.\n`);
    const lastLine = normaliseText(raw).trimEnd().split('\n').length;
    const problems = checkedWithoutThrowing([...vocabularies, { file: REVIEW, raw }]);
    expect(problems.map((p) => [p.line, p.column, p.message.match(/^[^:,]+/)![0]])).toEqual([
      [lastLine - 2, 1, 'has the element `<script>`'],
      [lastLine, 10, 'contains an email address ("kay.weiss@bromley.gov.uk")'],
    ]);
  });

  it('two megabytes on one line, or of junk, are answered without throwing', () => {
    const junk = Array.from({ length: 2_000_000 }, (_, i) => String.fromCharCode((i * 7919) % 65_536)).join('');
    checkedWithoutThrowing([{ file: REVIEW, raw: valid.replace('The body of the example.', 'word '.repeat(400_000)) }]);
    checkedWithoutThrowing([{ file: REVIEW, raw: junk }]);
    checkedWithoutThrowing([{ file: REVIEW, raw: `---\n${junk.replace(/\u0000/g, '')}\n---\n` }]);
  });

  it('pathological nesting is refused, not parsed for minutes', () => {
    const problems = checkedWithoutThrowing([{ file: REVIEW, raw: valid.replace('The body of the example.', `${'> '.repeat(100_000)}x`) }]);
    expect(problems.map((p) => p.message)).toContain('nests block quotes, lists or elements more than 64 deep, which is more than the checker will read');
  });
});
