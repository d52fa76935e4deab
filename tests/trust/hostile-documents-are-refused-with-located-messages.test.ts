/**
 * The catalogue of hostile documents (tests/fixtures/hostile): each case is one document
 * that tries to run code at build time, ship script to readers, or leak personal data.
 * Each is refused by the checker at the very line and column of the offence, and its
 * cleaned twin (tests/fixtures/hostile-cleaned, the same document with the offence
 * rewritten the way an author would) passes. Both are checked against the real
 * vocabularies (the example refers to no other document, so the rest of the library would
 * only make the hundred checks slower).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLibrary } from '../../src/checker/check-library.ts';
import { readContentFiles } from '../../src/checker/content-files.ts';
import { formatProblem, sortProblems } from '../../src/checker/problem.ts';
import { caseFiles, fixturesRoot } from '../support/fixtures.ts';
import { projectRoot } from '../support/library.ts';

const hostileRoot = path.join(fixturesRoot, 'hostile');
const cleanedRoot = path.join(fixturesRoot, 'hostile-cleaned');
const vocabularies = readContentFiles(projectRoot).filter((source) => source.file.startsWith('content/vocabularies/'));

/** The problems in the case's own files, sorted, with the source line each points at. */
function check(folder: string) {
  const files = caseFiles(folder);
  const names = new Set(files.map((f) => f.file));
  const problems = sortProblems(checkLibrary([...vocabularies, ...files]).problems.filter((p) => names.has(p.file)));
  const text = (file: string, line: number, column: number) => {
    const source = files.find((f) => f.file === file)!.raw.split('\n')[line - 1] ?? '';
    return source.slice(column - 1);
  };
  return problems.map((problem) => ({ problem, formatted: formatProblem(problem), at: text(problem.file, problem.line, problem.column) }));
}
const hostile = (name: string) => check(path.join(hostileRoot, name));
const pinned = (name: string) => hostile(name).map((p) => p.formatted);

const FILE = 'content/reviews/bromley/2019-01-inspection.mdx';

/**
 * Every case, with each problem it must raise: `line:column` in the file, the text that
 * starts at that point, and words from the message saying why.
 */
const EXPECTED: Record<string, Array<[at: string, startsWith: string, because: string]>> = {
  // Code at build time
  'esm-import': [['33:1', 'import Chart', 'an `import` would run code when the site is built']],
  'esm-export': [['33:1', 'export const', 'an `export` would run code when the site is built']],
  'expression-in-text': [['33:23', '{236 - 15}', 'JavaScript expression in braces']],
  'expression-block': [['33:1', "{fetch('", 'JavaScript expression in braces']],
  'expression-comment': [['33:1', '{/* a note', 'JavaScript expression in braces']],
  'expression-attribute': [
    ['33:1', '<Chart', 'component `<Chart>`, which is not allowed'],
    ['33:8', 'data={', 'attribute value written as code'],
  ],
  'spread-attribute': [
    ['33:1', '<Chart', 'component `<Chart>`, which is not allowed'],
    ['33:8', '{...globalThis', 'attribute written as code'],
  ],
  // Script and embedded content for readers
  'script-element': [['33:1', '<script>', 'would ship JavaScript to every reader']],
  'style-element': [['33:1', '<style>', 'can restyle or hide any part of the site']],
  'iframe-element': [['33:1', '<iframe', 'embeds another site']],
  'object-element': [['33:1', '<object', 'embeds plug-in content or another page']],
  'embed-element': [['33:1', '<embed', 'embeds plug-in content']],
  'unknown-component': [['33:1', '<Callout>', 'component `<Callout>`, which is not allowed']],
  'unknown-element': [['33:1', '<div>', 'element `<div>`, which is not allowed']],
  fragment: [['33:1', '<>', 'JSX fragment']],
  'onclick-attribute': [
    ['33:54', '<a href=', 'element `<a>`, which is not allowed'],
    ['33:95', 'onClick=', 'event-handler attribute `onClick`'],
  ],
  'onerror-attribute': [
    ['33:1', '<img', 'element `<img>`, which is not allowed'],
    ['33:22', 'onerror=', 'event-handler attribute `onerror`'],
  ],
  'upper-case-handler': [
    ['33:1', '<span', 'element `<span>`, which is not allowed'],
    ['33:7', 'ONMOUSEOVER=', 'event-handler attribute `ONMOUSEOVER`'],
  ],
  'footnote-hiding-an-element': [
    ['35:7', '<img', 'element `<img>`, which is not allowed'],
    ['35:20', 'onerror=', 'event-handler attribute `onerror`'],
  ],
  'table-cell-hiding-an-element': [
    ['37:16', '<img', 'element `<img>`, which is not allowed'],
    ['37:29', 'onerror=', 'event-handler attribute `onerror`'],
  ],
  // Addresses that run script
  'javascript-link': [['33:1', '[Read the report](javascript:', 'a link to a `javascript:` address']],
  'javascript-link-mixed-case': [['33:1', '[Read the report](JaVaScRiPt:', 'a link to a `javascript:` address']],
  'javascript-link-character-reference': [['33:1', '[Read the report](&#106;', 'a link to a `javascript:` address']],
  'javascript-link-hidden-tab': [['33:1', '[Read the report](java&#x09;', 'a link to a `javascript:` address']],
  'javascript-link-definition': [['35:1', '[report]: javascript:', 'a link definition to a `javascript:` address']],
  'javascript-in-attribute': [
    ['33:1', '<a href=', 'element `<a>`, which is not allowed'],
    ['33:4', 'href=" javascript:', 'attribute `href` with a `javascript:` address'],
  ],
  'vbscript-link': [['33:1', '[Read the report](vbscript:', 'a link to a `vbscript:` address']],
  'data-image': [['33:1', '![Chart](data:', 'an image to a `data:` address']],
  'javascript-source-url': [['17:8', '"JavaScript:alert', 'is a `javascript:` address']],
  // MDX the checker cannot read
  'html-comment': [['33:1', '<!--', 'is not valid MDX']],
  'unclosed-element': [['33:1', '<div>', 'Expected a closing tag for `<div>`']],
  'unclosed-brace': [['33:23', '{for 2017.', 'expected a corresponding closing brace']],
  // Personal data
  'email-in-body': [['33:42', 'Tracey.Rogers@bromley.gov.uk', 'contains an email address']],
  'email-in-link': [['33:30', 'kay.weiss@bromley.gov.uk', 'contains an email address']],
  'email-in-frontmatter': [['17:36', 'anita.gibbons@bromley.gov.uk', 'contains an email address']],
  'phone-in-body': [['33:6', '020 8313 4062', 'contains a phone number']],
  'phone-international-in-frontmatter': [['24:44', '+44 (0)20 8461 7743', 'contains a phone number']],
  'mobile-in-body': [['33:24', '07700 900123', 'contains a phone number']],
  'nhs-number-spaced': [['33:23', '943 476 5919', 'NHS number']],
  'nhs-number-hyphenated': [['28:51', '943-476-5919', 'NHS number']],
  'nhs-number-unspaced': [['33:13', '9434765919', 'NHS number']],
  'ni-number-spaced': [['33:46', 'AB 12 34 56 C', 'National Insurance number']],
  'ni-number-in-frontmatter': [['24:38', 'JK123456D', 'National Insurance number']],
  'date-of-birth-born': [['33:21', 'born on 3 March 2012', 'gives a date of birth']],
  'date-of-birth-dob': [['33:23', 'DOB: 03/04/2009', 'gives a date of birth']],
  'date-of-birth-dotted': [['24:20', 'd.o.b. 3.4.12', 'gives a date of birth']],
  'date-of-birth-written-out': [['33:5', 'date of birth is 2012-04-03', 'gives a date of birth']],
  'child-letter': [['33:1', 'Child B', 'refers to a particular child']],
  'child-two-letters-in-frontmatter': [['28:50', 'Child AB', 'refers to a particular child']],
  'young-person': [['33:1', 'Young Person X', 'refers to a particular child']],
  'case-reference': [['33:5', 'case ref 12345', 'contains a case reference']],
  'case-number': [['28:48', 'case number LCS-204518', 'contains a case reference']],
  'personal-data-and-a-schema-error': [
    ['2:1', 'title:', 'is required but missing'],
    ['32:1', 'Child B', 'refers to a particular child'],
  ],
};

describe('the hostile catalogue', () => {
  const cases = readdirSync(hostileRoot).sort();

  it('has a refusal pinned for every case, and a cleaned twin of every case', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    expect(cases).toEqual(Object.keys(EXPECTED).sort());
    expect(readdirSync(cleanedRoot).sort()).toEqual(cases);
  });

  it.each(cases)('%s is refused at the line and column of the offence, saying why', (name) => {
    const found = hostile(name);
    const expected = EXPECTED[name]!;
    expect(found.map((p) => `${p.problem.line}:${p.problem.column}`)).toEqual(expected.map(([at]) => at));
    found.forEach(({ problem, at, formatted }, index) => {
      const [, startsWith, because] = expected[index]!;
      expect(problem.file).toBe(FILE);
      expect(at.startsWith(startsWith), `${formatted}\n  points at: ${at}`).toBe(true);
      expect(problem.message).toContain(because);
      expect(problem.fix, formatted).toBeTruthy();
    });
  });

  it.each(cases)('%s, cleaned, passes', (name) => {
    expect(check(path.join(cleanedRoot, name)).map((p) => p.formatted)).toEqual([]);
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
