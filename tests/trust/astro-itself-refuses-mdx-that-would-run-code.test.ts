/**
 * `npm run build` checks the library before Astro runs, but `astro build` and `astro dev`
 * can be run without it. The documents' loader (src/checker/document-loader.ts) enforces
 * the MDX content policy inside Astro too: a hostile document fails the load with the
 * checker's own located messages, whether Astro reads it fresh, keeps it from its cache,
 * or sees it edited while the dev server runs; and a document it cannot read is refused,
 * never stored unchecked. That a real `astro build` fails on such a document is proved in
 * tests/build/astro-build-without-the-checker-refuses-a-hostile-document.test.ts (it builds).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { documentLoader } from '../../src/checker/document-loader.ts';
import { fixturesRoot } from '../support/fixtures.ts';
import { hostileDocument } from '../support/hostile.ts';
import { memoryStore, type StoredEntry } from '../support/loader-store.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'library-trust-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const FILE = 'content/reviews/bromley/2019-01-inspection.mdx';
const valid = readFileSync(path.join(fixturesRoot, 'valid', FILE), 'utf8');
const hostile = hostileDocument('script-element').raw;
const REFUSAL = `${FILE}:33:1  body  has the element \`<script>\`, which is not allowed`;

type Loader = ReturnType<typeof documentLoader>;
type Context = Parameters<Loader['load']>[0];
type Entry = StoredEntry;

/** A project folder holding one document, and just enough of Astro's loader context to run the loader. */
function project(name: string, text: string) {
  const root = path.join(scratch, name);
  mkdirSync(path.dirname(path.join(root, FILE)), { recursive: true });
  writeFileSync(path.join(root, FILE), text);
  const entries = new Map<string, Entry>();
  const errors: string[] = [];
  const handlers: Record<string, (file: string) => Promise<void>> = {};
  const context = {
    collection: 'reviews',
    config: { root: pathToFileURL(`${root}/`), srcDir: pathToFileURL(`${root}/src/`) },
    logger: { info: () => {}, warn: () => {}, debug: () => {}, error: (message: string) => errors.push(message) },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    generateDigest: (data: unknown) => (typeof data === 'string' ? data : JSON.stringify(data)),
    renderMarkdown: async (body: string) => ({ html: body }),
    store: memoryStore(entries),
    watcher: { add: () => {}, on: (event: string, handler: (file: string) => Promise<void>) => void (handlers[event] = handler) },
  };
  const loader = documentLoader({ root: '.', collection: 'reviews' });
  return {
    root,
    entries,
    errors,
    load: () => loader.load(context as unknown as Context),
    /** Rewrites the document and tells the loader, as the dev server's file watcher does. */
    edit: async (newText: string) => {
      writeFileSync(path.join(root, FILE), newText);
      await handlers.change!(path.join(root, FILE));
    },
  };
}

describe('the documents’ loader enforces the MDX content policy inside Astro', () => {
  it('loads a safe document', async () => {
    const library = project('safe', valid);
    await library.load();
    expect([...library.entries.keys()]).toEqual(['bromley/2019-01-inspection']);
  });

  it('refuses a hostile document with the checker’s located message', async () => {
    const library = project('hostile', hostile);
    await expect(library.load()).rejects.toThrow(REFUSAL);
    await expect(library.load()).rejects.toThrow(/^Documents are data, not code: the MDX content policy refused this content\./);
    expect(library.entries.size).toBe(0);
  });

  it('refuses a javascript: address in the frontmatter, which the review page would make a link', async () => {
    const library = project('source-url', hostileDocument('javascript-source-url').raw);
    await expect(library.load()).rejects.toThrow(`${FILE}:17:8  source.url  is a \`javascript:\` address`);
  });

  it('refuses a hostile document Astro kept in its cache from before', async () => {
    const library = project('cached', hostile);
    library.entries.set('bromley/2019-01-inspection', { id: 'bromley/2019-01-inspection', data: {}, filePath: FILE, digest: hostile, rendered: { html: '' } });
    await expect(library.load()).rejects.toThrow(REFUSAL);
  });

  it('refuses a document whose frontmatter it cannot read, rather than storing a body nobody checked', async () => {
    // Astro's own frontmatter parser accepts blank lines before the opening `---`; the
    // checker's reader does not, so such a file was once stored without its body checked.
    const library = project('blank-first-line', `\n${hostile}`);
    await expect(library.load()).rejects.toThrow(`${FILE}:1:1  -  has no frontmatter`);
    expect(library.entries.size).toBe(0);
  });

  it('in the dev server, refuses an edit that breaks the policy and keeps the last safe version', async () => {
    const library = project('dev', valid);
    await library.load();
    const safe = library.entries.get('bromley/2019-01-inspection');
    await library.edit(hostile);
    expect(library.errors.join('\n')).toContain(REFUSAL);
    expect(library.entries.get('bromley/2019-01-inspection')).toBe(safe);
  });
});
