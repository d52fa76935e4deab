/**
 * The catalogue of hostile documents (tests/fixtures/hostile-cases.yaml, made into documents
 * by tests/support/hostile.ts): each case is one document that tries to run code at build
 * time, ship script to readers, or leak personal data. Each is refused by the checker at the
 * very line and column of the offence, and its cleaned twin (the same document with the
 * offence rewritten the way an author would) passes. Both are checked against the real
 * vocabularies (the example refers to no other document, so the rest of the library would
 * only make the hundred checks slower).
 */
import { describe, expect, it } from 'vitest';
import { testLibrarySources } from '../support/test-library.ts';
import { checkLibrary, type SourceText } from '../../src/checker/check-library.ts';
import { formatProblem, sortProblems } from '../../src/checker/problem.ts';
import { cleanedDocument, hostileCase, hostileCases, hostileDocument, HOSTILE_FILE } from '../support/hostile.ts';
import { projectRoot } from '../support/library.ts';

const vocabularies = testLibrarySources(projectRoot).filter((source) => source.file.startsWith('content/vocabularies/'));

/** The problems in the case's own document, sorted, with the source line each points at. */
function check(document: SourceText) {
  const problems = sortProblems(checkLibrary([...vocabularies, document]).problems.filter((p) => p.file === document.file));
  const text = (line: number, column: number) => (document.raw.split('\n')[line - 1] ?? '').slice(column - 1);
  return problems.map((problem) => ({ problem, formatted: formatProblem(problem), at: text(problem.line, problem.column) }));
}
const hostile = (name: string) => check(hostileDocument(name));
const pinned = (name: string) => hostile(name).map((p) => p.formatted);

describe('the hostile catalogue', () => {
  const cases = hostileCases.map((c) => c.case);

  it('has at least 25 cases, each with its refusal pinned and its text cleaned', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    for (const c of hostileCases) {
      expect(c.refused.length, c.case).toBeGreaterThan(0);
      expect(hostileDocument(c.case).raw, c.case).not.toBe(cleanedDocument(c.case).raw);
    }
  });

  it.each(cases)('%s is refused at the line and column of the offence, saying why', (name) => {
    const found = hostile(name);
    const expected = hostileCase(name).refused;
    expect(found.map((p) => `${p.problem.line}:${p.problem.column}`)).toEqual(expected.map(({ at }) => at));
    found.forEach(({ problem, at, formatted }, index) => {
      const { text: startsWith, because } = expected[index]!;
      expect(problem.file).toBe(HOSTILE_FILE);
      expect(at.startsWith(startsWith), `${formatted}\n  points at: ${at}`).toBe(true);
      expect(problem.message).toContain(because);
      expect(problem.fix, formatted).toBeTruthy();
    });
  });

  it.each(cases)('%s, cleaned, passes', (name) => {
    expect(check(cleanedDocument(name)).map((p) => p.formatted)).toEqual([]);
  });
});

describe('the messages are user interface, pinned word for word', () => {
  it('an import', () => {
    expect(pinned('esm-import')).toMatchInlineSnapshot(`
      [
        "content/reviews/bromley/2019-01-inspection.mdx:33:1  body  has an \`import\`, which is not allowed: documents are data, and an \`import\` would run code when the site is built — remove it: a document cannot load code, and the components the library offers need no import",
      ]
    `);
  });

  it('an expression in braces', () => {
    expect(pinned('expression-in-text')).toMatchInlineSnapshot(`
      [
        "content/reviews/bromley/2019-01-inspection.mdx:33:23  body  has a JavaScript expression in braces (\`{236 - 15}\`), which is not allowed: documents are data, and the expression would run when the site is built — remove it; to show a brace as text, write \`\\{\`",
      ]
    `);
  });

  it('a script element', () => {
    expect(pinned('script-element')).toMatchInlineSnapshot(`
      [
        "content/reviews/bromley/2019-01-inspection.mdx:33:1  body  has the element \`<script>\`, which is not allowed: a \`<script>\` would ship JavaScript to every reader of the page — remove the element",
      ]
    `);
  });

  it('an element off the allow-list, with an event handler', () => {
    expect(pinned('onerror-attribute')).toMatchInlineSnapshot(`
      [
        "content/reviews/bromley/2019-01-inspection.mdx:33:1  body  has the element \`<img>\`, which is not allowed: documents are plain Markdown, and only the library's own registered components may be used (there are none yet) — write it in Markdown (headings, lists, emphasis, links, tables), or remove it",
        "content/reviews/bromley/2019-01-inspection.mdx:33:22  body  has an event-handler attribute \`onerror\`, which is not allowed: it runs JavaScript in the reader's browser — remove the attribute",
      ]
    `);
  });

  it('a javascript: link hidden by a character reference', () => {
    expect(pinned('javascript-link-character-reference')).toMatchInlineSnapshot(`
      [
        "content/reviews/bromley/2019-01-inspection.mdx:33:1  body  has a link to a \`javascript:\` address, which is not allowed: a \`javascript:\` address runs script in the reader's browser when it is followed — link to an ordinary https:// page instead, or remove the link",
      ]
    `);
  });

  it('a data: image', () => {
    expect(pinned('data-image')).toMatchInlineSnapshot(`
      [
        "content/reviews/bromley/2019-01-inspection.mdx:33:1  body  has an image to a \`data:\` address, which is not allowed: a \`data:\` address carries its own content, which can be a page with script, past every other check — link to an ordinary https:// page instead, or remove the link",
      ]
    `);
  });

  it('an element hidden in a footnote', () => {
    expect(pinned('footnote-hiding-an-element')).toMatchInlineSnapshot(`
      [
        "content/reviews/bromley/2019-01-inspection.mdx:35:7  body  has the element \`<img>\`, which is not allowed: documents are plain Markdown, and only the library's own registered components may be used (there are none yet) — write it in Markdown (headings, lists, emphasis, links, tables), or remove it",
        "content/reviews/bromley/2019-01-inspection.mdx:35:20  body  has an event-handler attribute \`onerror\`, which is not allowed: it runs JavaScript in the reader's browser — remove the attribute",
      ]
    `);
  });

  it('a javascript: address in the frontmatter, which the review page would make a link', () => {
    expect(pinned('javascript-source-url')).toMatchInlineSnapshot(`
      [
        "content/reviews/bromley/2019-01-inspection.mdx:17:8  source.url  is a \`javascript:\` address, which is not allowed: a \`javascript:\` address runs script in the reader's browser when it is followed — use an ordinary https:// address",
      ]
    `);
  });

  it('an HTML comment', () => {
    expect(pinned('html-comment')).toMatchInlineSnapshot(`
      [
        "content/reviews/bromley/2019-01-inspection.mdx:33:1  body  is not valid MDX: Unexpected character \`!\` (U+0021) before name, expected a character that can start a name, such as a letter, \`$\`, or \`_\` — HTML comments (\`<!-- … -->\`) cannot be used in MDX: delete the comment (notes for reviewers belong in the pull request)",
      ]
    `);
  });

  it('an unclosed brace', () => {
    expect(pinned('unclosed-brace')).toMatchInlineSnapshot(`
      [
        "content/reviews/bromley/2019-01-inspection.mdx:33:23  body  is not valid MDX: Unexpected end of file in expression, expected a corresponding closing brace for \`{\` — MDX reads \`{\` as the start of code, which documents may not contain: write \`\\{\` and \`\\}\` to show braces as text",
      ]
    `);
  });

  it('an email address in the frontmatter', () => {
    expect(pinned('email-in-frontmatter')).toMatchInlineSnapshot(`
      [
        "content/reviews/bromley/2019-01-inspection.mdx:17:36  summary  contains an email address ("anita.gibbons@bromley.gov.uk"): a person's address is personal data, and this library is public and must never hold contact details of officers or families — remove it and name the role or team instead (a generic council mailbox can be allowed in src/checker/personal-data.config.ts)",
      ]
    `);
  });

  it('a phone number in the body', () => {
    expect(pinned('phone-in-body')).toMatchInlineSnapshot(`
      [
        "content/reviews/bromley/2019-01-inspection.mdx:33:6  body  contains a phone number ("020 8313 4062"): a direct line or a mobile is personal data, and this library is public and must never hold contact details of officers or families — remove it and name the role or team instead (a general switchboard can be allowed in src/checker/personal-data.config.ts)",
      ]
    `);
  });

  it('an NHS number', () => {
    expect(pinned('nhs-number-spaced')).toMatchInlineSnapshot(`
      [
        "content/reviews/bromley/2019-01-inspection.mdx:33:23  body  contains what looks like an NHS number ("943 476 5919", with a valid check digit), which would identify a person, often the child a report is about: this library is public and must never hold NHS numbers — remove it",
      ]
    `);
  });

  it('a National Insurance number', () => {
    expect(pinned('ni-number-spaced')).toMatchInlineSnapshot(`
      [
        "content/reviews/bromley/2019-01-inspection.mdx:33:46  body  contains what looks like a National Insurance number ("AB 12 34 56 C"), which would identify a person: this library is public and must never hold National Insurance numbers — remove it",
      ]
    `);
  });

  it('a date of birth', () => {
    expect(pinned('date-of-birth-born')).toMatchInlineSnapshot(`
      [
        "content/reviews/bromley/2019-01-inspection.mdx:33:21  body  gives a date of birth ("born on 3 March 2012"), which with the council and the date of the report would identify a child: this library is public and must never hold dates of birth — remove it; if age matters to the finding, give an age band ("aged 11 to 15")",
      ]
    `);
  });

  it('a child named by a letter', () => {
    expect(pinned('child-letter')).toMatchInlineSnapshot(`
      [
        "content/reviews/bromley/2019-01-inspection.mdx:33:1  body  refers to a particular child ("Child B"), a label taken from case files and case reviews which, with the council and dates, would identify that child: this library is public and must never hold details of a child's case — describe the finding without pointing to a particular child",
      ]
    `);
  });

  it('a case reference', () => {
    expect(pinned('case-number')).toMatchInlineSnapshot(`
      [
        "content/reviews/bromley/2019-01-inspection.mdx:28:48  recommendations[0].text  contains a case reference ("case number LCS-204518"), which points to a child's case file and would identify the child: this library is public and must never hold case references — remove it; describe the finding without pointing to a case",
      ]
    `);
  });

  it('personal data is reported even when the frontmatter fails its schema', () => {
    expect(pinned('personal-data-and-a-schema-error')).toMatchInlineSnapshot(`
      [
        "content/reviews/bromley/2019-01-inspection.mdx:2:1  summary  is required but missing — add \`summary:\` (must be text)",
        "content/reviews/bromley/2019-01-inspection.mdx:32:1  body  refers to a particular child ("Child B"), a label taken from case files and case reviews which, with the council and dates, would identify that child: this library is public and must never hold details of a child's case — describe the finding without pointing to a particular child",
      ]
    `);
  });
});
