/**
 * Whatever a pull request contains, the checker answers with located problems and never
 * throws: random text, mutated valid documents, random YAML, binary junk, an empty file,
 * frontmatter alone, Windows line endings, a byte-order mark, a file of two megabytes.
 * Each problem names its file, a line and column inside that file, a field and a message.
 */
import { testLibrarySources } from '../support/test-library.ts';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import yaml from 'js-yaml';
import { describe, it } from 'vitest';
import { checkedWithoutThrowing } from '../support/checked-without-throwing.ts';
import { fixturesRoot } from '../support/fixtures.ts';
import { cleanedDocument, hostileCases, hostileDocument } from '../support/hostile.ts';
import { projectRoot } from '../support/library.ts';

/**
 * How long the search runs: short in the inner loop (`npm run test:unit`), four times longer
 * on CI (`CI=true`), and as long as asked with FUZZ_SCALE (`FUZZ_SCALE=20 npx vitest run tests/trust/…`).
 */
const scale = Number(process.env.FUZZ_SCALE ?? (process.env.CI ? 4 : 1));
const vocabularies = testLibrarySources(projectRoot).filter((source) => source.file.startsWith('content/vocabularies/'));
const REVIEW = 'content/reviews/bromley/2019-01-inspection.mdx';
const PATHS = [
  REVIEW,
  'content/plans/bromley/2019-03-improvement-plan.mdx',
  'content/updates/bromley/2017-04-improvement-plan-update.mdx',
  'content/vocabularies/themes.yaml',
];

/** Every example document of tests/fixtures: valid, broken, and each hostile case and its cleaned twin. */
const examples = [
  ...['valid', 'broken'].flatMap((folder) =>
    readdirSync(path.join(fixturesRoot, folder), { recursive: true, encoding: 'utf8' })
      .filter((entry) => entry.endsWith('.mdx'))
      .map((entry) => readFileSync(path.join(fixturesRoot, folder, entry), 'utf8')),
  ),
  ...hostileCases.flatMap(({ case: name }) => [hostileDocument(name).raw, cleanedDocument(name).raw]),
];

// ---------------------------------------------------------------------------------------
// Arbitraries

/** Pieces that matter to YAML, Markdown and MDX, for mutations to insert. */
const token = fc.constantFrom(
  '---', '---\n', '\n', '\r\n', '\r', '\t', ' ', '\uFEFF', '\u0000', ':', ': ', '- ', '#', '"', "'", '|', '>', '&', '*', '!',
  '<', '>', '</', '/>', '<script>', '<Foo bar={1} />', '<a href="javascript:x">', '{', '}', '{x}', '[', ']', '(', ')', '[x](javascript:y)',
  '![i](data:x)', '[^1]: ', '`', '```', '\\', '&#106;', '&amp;', 'import x from "y"\n', 'export const a = 1\n', '<!-- -->',
  'themes: [', 'id: R1', 'kay.weiss@bromley.gov.uk', '020 8313 4062', '943 476 5919', 'Child B', 'born on 3 March 2012', '\u2028', '\uD800',
);

/** A small string of anything, from the full range of code points (lone surrogates included). */
const anyText = fc.string({ unit: 'binary', maxLength: 200 });

type Mutation = { at: number; kind: 'insert'; text: string } | { at: number; kind: 'delete' | 'duplicate'; length: number };
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ at: fc.nat(), kind: fc.constant('insert' as const), text: fc.oneof(token, anyText) }),
  fc.record({ at: fc.nat(), kind: fc.constantFrom('delete' as const, 'duplicate' as const), length: fc.integer({ min: 1, max: 80 }) }),
);
function mutate(text: string, mutations: Mutation[]): string {
  let result = text;
  for (const m of mutations) {
    const at = result.length ? m.at % (result.length + 1) : 0;
    if (m.kind === 'insert') result = result.slice(0, at) + m.text + result.slice(at);
    else if (m.kind === 'delete') result = result.slice(0, at) + result.slice(at + m.length);
    else result = result.slice(0, at + m.length) + result.slice(at, at + m.length) + result.slice(at + m.length);
  }
  return result;
}
const mutatedExample = fc
  .tuple(fc.constantFrom(...examples), fc.array(mutation, { minLength: 1, maxLength: 6 }))
  .map(([text, mutations]) => mutate(text, mutations));

/** MDX-ish text built from the tokens and words. */
const bodyText = fc.array(fc.oneof(token, fc.constantFrom('word ', 'The council ', '236 actions ', '\n\n')), { maxLength: 25 }).map((parts) => parts.join(''));

/** Random data written out as YAML, as frontmatter over a random body. */
const randomYaml = fc
  .tuple(fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.dictionary(fc.constantFrom('title', 'authority', 'kind', 'themes', 'id', 'text', 'recommendations', 'fieldwork', 'published'), fc.jsonValue({ maxDepth: 2 }))), bodyText)
  .map(([data, body]) => `---\n${yaml.dump(data)}---\n${body}`);

/** Bytes of any kind, read as UTF-8 or Latin-1. */
const binaryJunk = fc
  .tuple(fc.uint8Array({ maxLength: 400 }), fc.constantFrom('utf8' as const, 'latin1' as const))
  .map(([bytes, encoding]) => Buffer.from(bytes).toString(encoding));

const edgeCases = fc.constantFrom(
  '', '\n', '\uFEFF', '---', '---\n', '---\n---', '---\n---\n', '---\r\n---\r\n', '---\ntitle: x\n---\n', '---\ntitle: x\n---',
  '---\n---\n---\n', '--- \n: \n---\nbody', '---\n[1, 2\n---\n', '---\n&a [*a]\n---\n', '---\n' + 'a: &a [x, x]\nb: &b [*a, *a, *a]\nc: [*b, *b, *b]\n' + '---\n',
);

/** Windows line endings, a byte-order mark, old Mac line endings, or the text as it is. */
const lineEndings = fc.constantFrom<(text: string) => string>(
  (t) => t,
  (t) => t.replace(/\n/g, '\r\n'),
  (t) => `\uFEFF${t}`,
  (t) => `\uFEFF${t.replace(/\n/g, '\r\n')}`,
  (t) => t.replace(/\n/g, '\r'),
);

const anyFile = fc
  .tuple(fc.oneof({ arbitrary: mutatedExample, weight: 4 }, anyText, randomYaml, binaryJunk, edgeCases, bodyText), lineEndings)
  .map(([text, ending]) => ending(text));

// ---------------------------------------------------------------------------------------

describe('the checker never throws, and every problem it returns is located', () => {
  it('on any one file, in any place in the library', () => {
    fc.assert(
      fc.property(anyFile, fc.constantFrom(...PATHS), (raw, file) => {
        checkedWithoutThrowing([{ file, raw }]);
      }),
      { numRuns: 800 * scale },
    );
  }, 60_000 * scale);

  it('on mutated documents checked with the real vocabularies', () => {
    fc.assert(
      fc.property(mutatedExample, lineEndings, (text, ending) => {
        checkedWithoutThrowing([...vocabularies, { file: REVIEW, raw: ending(text) }]);
      }),
      { numRuns: 200 * scale },
    );
  }, 60_000 * scale);

  it('on several files at once, two of them at the same path', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(anyFile, fc.constantFrom(...PATHS)), { minLength: 2, maxLength: 4 }), (files) => {
        checkedWithoutThrowing(files.map(([raw, file]) => ({ file, raw })));
      }),
      { numRuns: 120 * scale },
    );
  }, 60_000 * scale);
});
