/**
 * The MDX content policy works on the parsed tree: what is refused is refused however it is
 * spelt (case, entities, hidden whitespace), what is prose stays prose (a `<script>` in a
 * code block, "javascript:" in a sentence), and positions are the file's own.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { Locator } from '../../src/checker/locate.ts';
import { allowedElements, checkMdxBody, dangerousAddressesInYaml, dangerousScheme, type AllowedElement } from '../../src/checker/mdx-policy.ts';
import { formatProblem } from '../../src/checker/problem.ts';

const check = (body: string, bodyLine = 1) => checkMdxBody('doc.mdx', body, bodyLine).map(formatProblem);
const at = (body: string, bodyLine = 1) => checkMdxBody('doc.mdx', body, bodyLine).map((p) => `${p.line}:${p.column}`);

describe('what is prose stays prose', () => {
  it.each([
    ['plain Markdown of every kind', '# Heading\n\nA paragraph with *emphasis*, **strong**, `code` and [a link](https://example.org "title").\n\n- a list\n- of items\n\n1. numbered\n\n> a quote\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n![chart](https://example.org/chart.png)\n\n---\n'],
    ['a script in a code block', '```html\n<script>alert(1)</script>\n```\n'],
    ['a script in inline code', 'Write `<script>` to run code, and `{x}` for an expression.'],
    ['the word javascript: in a sentence', 'Links starting javascript: are refused.'],
    ['escaped braces and angle brackets', 'A set \\{1, 2\\} and a comparison 2 \\< 3, and a < b.'],
    ['relative, mail and anchor links', '[a](./x) [b](/y) [c](#z) [d](https://example.org/javascript:x) [e](?q=data:x)'],
    ['words that start like code', 'Imported goods. Exports fell. Important: import costs rose.'],
    ['an ordinary footnote', 'Text.[^1]\n\n[^1]: https://example.org/report.pdf'],
  ])('%s', (_, body) => {
    expect(check(body)).toEqual([]);
  });
});

describe('what is refused is refused however it is spelt', () => {
  it.each([
    ['javascript:alert(1)'],
    ['JAVASCRIPT:alert(1)'],
    ['  javascript:alert(1)'],
    ['java\tscript:alert(1)'],
    ['java\nscript:alert(1)'],
    ['\u0000javascript:alert(1)'],
    ['jav\u200bascript:alert(1)'],
    ['&#106;avascript:alert(1)'],
    ['&#x6A;avascript&colon;alert(1)'],
    ['&#0000106avascript:alert(1)'],
    ['java&#x09;script:alert(1)'],
    ['java&Tab;script:alert(1)'],
    ['javascript%3Aalert(1)'],
    ['&amp;#106;avascript:alert(1)'],
    ['VBScript:msgbox(1)'],
    ['DATA:text/html,<script>alert(1)</script>'],
  ])('%j', (url) => {
    expect(dangerousScheme(url)).toBeTruthy();
  });

  it('whatever mixture of case, character references and hidden characters spells javascript:', () => {
    const spelling = fc.array(
      fc.tuple(fc.boolean(), fc.constantFrom('plain', 'decimal', 'hex', 'tab', 'newline', 'zero-width')),
      { minLength: 11, maxLength: 11 },
    );
    fc.assert(
      fc.property(spelling, (choices) => {
        const url = [...'javascript:']
          .map((char, index) => {
            const [upper, how] = choices[index]!;
            const letter = upper ? char.toUpperCase() : char;
            if (how === 'decimal') return `&#${letter.charCodeAt(0)};`;
            if (how === 'hex') return `&#x${letter.charCodeAt(0).toString(16)};`;
            if (how === 'tab') return `${letter}&#9;`;
            if (how === 'newline') return `${letter}&NewLine;`;
            if (how === 'zero-width') return `${letter}\u200b`;
            return letter;
          })
          .join('');
        expect(dangerousScheme(`${url}alert(1)`)).toBe('javascript:');
        expect(check(`[report](${url}alert(1))`).join('\n')).toContain('has a link to a `javascript:` address');
      }),
      { numRuns: 300 },
    );
  });

  it('in links, images, link definitions and attributes alike', () => {
    expect(check('[a](javascript:x)\n\n![b](vbscript:x)\n\n[c]: data:text/html,x\n\n<X href="javascript:x" src="data:x" />')).toEqual([
      expect.stringContaining('doc.mdx:1:1  body  has a link to a `javascript:` address'),
      expect.stringContaining('doc.mdx:3:1  body  has an image to a `vbscript:` address'),
      expect.stringContaining('doc.mdx:5:1  body  has a link definition to a `data:` address'),
      expect.stringContaining('doc.mdx:7:1  body  has the component `<X>`'),
      expect.stringContaining('doc.mdx:7:4  body  has an attribute `href` with a `javascript:` address'),
      expect.stringContaining('doc.mdx:7:24  body  has an attribute `src` with a `data:` address'),
    ]);
  });

  it('elements refused by name, whatever their case', () => {
    expect(check('<SCRIPT>x</SCRIPT>\n\n<Iframe />')).toEqual([
      expect.stringContaining('1:1  body  has the element `<SCRIPT>`, which is not allowed: a `<script>` would ship JavaScript'),
      expect.stringContaining('3:1  body  has the element `<Iframe>`, which is not allowed: an `<iframe>` embeds another site'),
    ]);
  });

  it('every event handler, on any element', () => {
    expect(check('<X onclick="a" onMouseOver="b" ONLOAD="c" title="d" />')).toEqual([
      expect.stringContaining('1:1  body  has the component `<X>`'),
      expect.stringContaining('1:4  body  has an event-handler attribute `onclick`'),
      expect.stringContaining('1:16  body  has an event-handler attribute `onMouseOver`'),
      expect.stringContaining('1:32  body  has an event-handler attribute `ONLOAD`'),
    ]);
  });

  it('expressions nested anywhere: in a list, a quote, a table cell, a link text, a heading', () => {
    expect(at('- item {a}\n\n> quote {b}\n\n| x |\n|---|\n| {c} |\n\n[link {d}](https://example.org)\n\n## Heading {e}')).toEqual([
      '1:8', '3:9', '7:3', '9:7', '11:12',
    ]);
  });
});

describe('positions are the file’s own', () => {
  it('lines are offset by where the body starts; columns are the line’s own', () => {
    expect(at('Text\n\n  <script>x</script>', 40)).toEqual(['42:3']);
  });

  it('an element hidden in a footnote is found at its place on the footnote’s line', () => {
    expect(at('Text.[^1]\n\n[^note]: <img onerror="x" />', 10)).toEqual(['12:10', '12:15']);
  });

  it('an element or link hidden by a code span split across table cells is found in its cell', () => {
    // GitHub's tables split a row at every unescaped `|`, even inside a code span, so the
    // renderer reads `<img …>` as an element in the second cell, where MDX sees code.
    expect(at('Text.\n\n| a | b |\n|---|---|\n| `x | <img src="y" onerror="z" />` |', 10)).toEqual(['14:8', '14:21']);
    expect(check('| a | b |\n|---|---|\n| `x | [r](javascript:alert(1))` |')).toEqual([
      expect.stringContaining('doc.mdx:3:8  body  has a link to a `javascript:` address'),
    ]);
    expect(at('| `a | <b>x</b>` |\n|---|---|\n| 1 | 2 |')).toEqual(['1:8']);
    expect(at('> | a | b |\n> |---|---|\n> | `x | <b>y</b>` |')).toEqual(['3:10']);
    // A cell is inline text: a fence there is not a fence.
    expect(at('| a | b |\n|---|---|\n| x | ```js <b>y</b> |')).toEqual(['3:13']);
    // Code spans with a pipe outside a table, and pipes escaped in a table, stay code.
    expect(check('A `a | <b>` code span.\n\n| a | b |\n|:--|--:|\n| `x \\| <b>` | 2 < 3 |')).toEqual([]);
  });

  it('a syntax error points at its cause', () => {
    expect(at('Line one.\n\nSome <b>bold\n\nmore', 5)).toEqual(['7:6']);
    expect(at('A brace { never closed\n\nand more.', 5)).toEqual(['5:9']);
    expect(at('Para.\n\n<!-- hidden -->', 5)).toEqual(['7:1']);
  });

  it('nesting too deep to parse is refused at the line where it goes too deep', () => {
    expect(check(`Para.\n\n${'> '.repeat(65)}x`, 3)).toEqual([
      'doc.mdx:5:1  body  nests block quotes, lists or elements more than 64 deep, which is more than the checker will read — flatten the structure: no report needs that much nesting',
    ]);
    expect(check(`${'> '.repeat(64)}x`)).toEqual([]);
  });
});

describe('the allow-list is data', () => {
  const list = allowedElements as Record<string, AllowedElement>;
  afterEach(() => {
    delete list.Callout;
  });

  it('starts empty: documents are plain Markdown', () => {
    expect(allowedElements).toEqual({});
  });

  it('a component added to it may be used, with its own attributes only, and never with code', () => {
    list.Callout = { attributes: ['type'] };
    expect(check('<Callout type="warning">Text</Callout>')).toEqual([]);
    expect(check('<Callout type="warning" tone="loud" onClick="x" href="javascript:x" data={1}>Text</Callout>')).toEqual([
      expect.stringContaining('1:25  body  has the attribute `tone`, which `<Callout>` does not take — remove it; `<Callout>` takes type'),
      expect.stringContaining('1:37  body  has an event-handler attribute `onClick`'),
      expect.stringContaining('1:49  body  has the attribute `href`, which `<Callout>` does not take'),
      expect.stringContaining('1:49  body  has an attribute `href` with a `javascript:` address'),
      expect.stringContaining('1:69  body  has the attribute `data`, which `<Callout>` does not take'),
      expect.stringContaining('1:69  body  has an attribute value written as code (`data={1}`)'),
    ]);
    expect(check('<Other />')).toEqual([expect.stringContaining('only the library\'s own registered components may be used (these are `<Callout>`)')]);
  });

  it('cannot let a forbidden element back in', () => {
    list.script = { attributes: [] };
    try {
      expect(check('<script>x</script>')).toEqual([expect.stringContaining('has the element `<script>`, which is not allowed')]);
    } finally {
      delete list.script;
    }
  });
});

describe('addresses in the frontmatter', () => {
  it('are refused when they would run script, in a field named like an address or in a value without spaces', () => {
    const text = [
      'source:',
      '  url: " JavaScript:alert(1)"',
      'summary: "Data: the council’s own figures, javascript: and all"',
      'links: [https://example.org, "vbscript:x"]',
      'image: data:text/html,x',
    ].join('\n');
    const problems = dangerousAddressesInYaml('doc.mdx', yaml.load(text), new Locator(text, 2)).map(formatProblem);
    expect(problems).toEqual([
      expect.stringContaining('doc.mdx:3:8  source.url  is a `javascript:` address'),
      expect.stringContaining('doc.mdx:5:30  links[1]  is a `vbscript:` address'),
      expect.stringContaining('doc.mdx:6:8  image  is a `data:` address'),
    ]);
  });
});

describe('the policy never throws', () => {
  it('on any text, and locates every problem inside the body', () => {
    const token = fc.constantFrom('<', '>', '{', '}', '[', ']', '(', ')', '!', '^', ':', '\n', ' ', '`', '*', '_', '\\', '"', 'a', 'X', '=', '/', '&#', ';', '-', '#', '|', 'import ', 'export ');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.array(token, { maxLength: 80 }).map((t) => t.join(''))), fc.integer({ min: 1, max: 500 }), (body, bodyLine) => {
        const lines = body.split(/\r\n|\r|\n/).length;
        for (const problem of checkMdxBody('doc.mdx', body, bodyLine)) {
          expect(problem.line).toBeGreaterThanOrEqual(bodyLine);
          expect(problem.line).toBeLessThan(bodyLine + lines);
          expect(problem.column).toBeGreaterThanOrEqual(1);
          expect(problem.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
