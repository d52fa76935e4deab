/**
 * The documents' loader (src/checker/document-loader.ts) replaces Astro's `glob()` with MDX:
 * it must load exactly the files the checker lists, under the checker's ids (every URL is
 * built from an id), refuse every other file under a collection as the checker does,
 * keep unchanged entries from the content layer's cache, drop entries whose files are gone,
 * follow edits in `astro dev`, and locate what it refuses. The policy itself is tested in
 * tests/trust/.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { documentLoader } from '../src/checker/document-loader.ts';
import { formatProblem } from '../src/checker/problem.ts';
import { readDocument } from '../src/checker/read-document.ts';
import { fixturesRoot } from './support/fixtures.ts';
import { memoryStore, type StoredEntry } from './support/loader-store.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'library-loader-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const FILE = 'content/reviews/bromley/2019-01-inspection.mdx';
const valid = readFileSync(path.join(fixturesRoot, 'valid', FILE), 'utf8');

type Entry = StoredEntry;
type Context = Parameters<ReturnType<typeof documentLoader>['load']>[0];

/** A project folder with the given files, and just enough of Astro's loader context to run a loader. */
function project(name: string, files: Record<string, string>) {
  const root = path.join(scratch, name);
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  for (const [file, text] of Object.entries(files)) write(file, text);
  const entries = new Map<string, Entry>();
  const calls = { parseData: 0, renderMarkdown: 0 };
  const errors: string[] = [];
  const handlers: Record<string, (file: string) => unknown> = {};
  const context = {
    collection: 'reviews',
    config: { root: pathToFileURL(`${root}/`), srcDir: pathToFileURL(`${root}/src/`) },
    logger: { info: () => {}, warn: () => {}, debug: () => {}, error: (message: string) => errors.push(message) },
    parseData: async ({ data }: { data: Record<string, unknown> }) => (calls.parseData++, data),
    renderMarkdown: async (markdown: string) => (calls.renderMarkdown++, { html: `<rendered>${markdown}</rendered>` }),
    generateDigest: (data: unknown) => (typeof data === 'string' ? data : JSON.stringify(data)),
    store: memoryStore(entries),
    watcher: { add: () => {}, on: (event: string, handler: (file: string) => unknown) => void (handlers[event] = handler) },
  } as unknown as Context;
  const options = { root: '.', collection: 'reviews' };
  return {
    root,
    entries,
    calls,
    errors,
    load: () => documentLoader(options).load(context),
    /** Changes the files and tells the loader, as the dev server's file watcher does. */
    async write(file: string, text: string, event: 'add' | 'change' = 'change') {
      write(file, text);
      await handlers[event]!(path.join(root, file));
    },
    async remove(file: string) {
      unlinkSync(path.join(root, file));
      await handlers.unlink!(path.join(root, file));
    },
  };
}

const withTitle = (title: string) => valid.replace(/^title: .*$/m, `title: "${title}"`);

describe('the documents’ loader', () => {
  it('loads exactly the files the checker lists, under the ids references resolve against', async () => {
    const library = project('ids', {
      'content/reviews/bromley/2019-01-inspection.mdx': valid,
      'content/reviews/brent/2020-02-inspection.mdx': withTitle('Second'),
      'content/plans/bromley/2019-03-improvement-plan.mdx': 'another collection',
    });
    await library.load();
    expect([...library.entries.values()].map((e) => `${e.id} ← ${e.filePath}`).sort()).toEqual([
      'brent/2020-02-inspection ← content/reviews/brent/2020-02-inspection.mdx',
      'bromley/2019-01-inspection ← content/reviews/bromley/2019-01-inspection.mdx',
    ]);
  });

  it.each([
    ['a capital and a space', 'content/reviews/Bromley Council/Index.mdx', 'has a name that is not lower-case letters, digits and hyphens'],
    ['a newline in its name', 'content/reviews/bromley/2019-01-insp\nection.mdx', 'has a name that is not lower-case letters, digits and hyphens'],
    ['a folder too deep', 'content/reviews/bromley/old/2019-01-inspection.mdx', 'is in a folder too deep'],
    ['no authority folder', 'content/reviews/2019-01-inspection.mdx', 'is not in an authority folder'],
    ['a dot-file', 'content/reviews/bromley/.2019-01-inspection.mdx', 'is a hidden file'],
    ['a file that is not a document', 'content/reviews/bromley/notes.md', 'is not a document'],
  ])('refuses a file with %s, as the checker does, instead of publishing it', async (_, file, message) => {
    const library = project(`refused-${file.length}`, { [FILE]: valid, [file.replace('\\n', '\n')]: valid });
    await expect(library.load()).rejects.toThrow(message);
    expect(library.entries.size).toBe(0);
  });

  it('refuses a symbolic link, even to a valid document', async () => {
    const library = project('symlink', { [FILE]: valid });
    symlinkSync(path.join(library.root, FILE), path.join(library.root, 'content/reviews/bromley/2019-02-inspection.mdx'));
    await expect(library.load()).rejects.toThrow('content/reviews/bromley/2019-02-inspection.mdx:1:1  -  is a symbolic link');
  });

  it('stores the body, its rendered HTML and a digest, and keeps an unchanged entry from the cache', async () => {
    const library = project('cache', {
      [FILE]: valid,
      'content/reviews/bromley/2019-06-monitoring-visit.mdx': withTitle('Second'),
    });
    await library.load();
    const entry = library.entries.get('bromley/2019-01-inspection')!;
    expect(entry.filePath).toBe(FILE);
    expect(entry.body).toBe(readDocument(FILE, valid).document!.body.trim());
    expect(entry.rendered!.html).toContain(entry.body);
    expect(entry.digest).toBe(valid);
    expect(library.calls).toEqual({ parseData: 2, renderMarkdown: 2 });

    // A second load (the next build, with the content layer's cache): nothing validated or rendered again.
    await library.load();
    expect(library.calls).toEqual({ parseData: 2, renderMarkdown: 2 });
    expect(library.entries.get('bromley/2019-01-inspection')).toBe(entry);

    // One file edited, one deleted: only the edited one is rendered again; the deleted one goes.
    writeFileSync(path.join(library.root, FILE), withTitle('Edited'));
    unlinkSync(path.join(library.root, 'content/reviews/bromley/2019-06-monitoring-visit.mdx'));
    await library.load();
    expect(library.calls).toEqual({ parseData: 3, renderMarkdown: 3 });
    expect([...library.entries.keys()]).toEqual(['bromley/2019-01-inspection']);
    expect(library.entries.get('bromley/2019-01-inspection')!.data.title).toBe('Edited');
  });

  it('renders a body that starts with a thematic break whole, not as a second frontmatter block', async () => {
    const text = valid.replace(/\n---\n[\s\S]*$/, '\n---\n---\n\nBetween two rules.\n\n---\n');
    const library = project('rule', { [FILE]: text });
    await library.load();
    // Astro's renderer strips a leading `---` … `---` block; an empty one goes in front of the body.
    expect(library.entries.get('bromley/2019-01-inspection')!.rendered!.html).toBe('<rendered>---\n---\n---\n\nBetween two rules.\n\n---</rendered>');
  });

  it('in the dev server, follows files added, edited, renamed and deleted', async () => {
    const library = project('dev', { [FILE]: valid });
    await library.load();
    await library.write('content/reviews/brent/2020-02-inspection.mdx', withTitle('Added'), 'add');
    expect(library.entries.get('brent/2020-02-inspection')!.data.title).toBe('Added');
    await library.write(FILE, withTitle('Edited'));
    expect(library.entries.get('bromley/2019-01-inspection')!.data.title).toBe('Edited');
    await library.remove('content/reviews/brent/2020-02-inspection.mdx');
    expect([...library.entries.keys()]).toEqual(['bromley/2019-01-inspection']);
    expect(library.errors).toEqual([]);
    // A file the checker would refuse is refused here too, and logged.
    await library.write('content/reviews/bromley/notes.txt', 'not a document', 'add');
    expect(library.entries.size).toBe(1);
    expect(library.errors).toEqual([expect.stringContaining('content/reviews/bromley/notes.txt:1:1  -  is not a document')]);
  });

  it('refuses unreadable frontmatter with the checker’s located problem', async () => {
    const broken = valid.replace(/^title: .*$/m, 'title: "never closed');
    const library = project('yaml', { [FILE]: broken });
    const [problem] = readDocument(FILE, broken).problems.map(formatProblem);
    expect(problem).toMatch(/^content\/reviews\/bromley\/2019-01-inspection\.mdx:\d+:\d+  -  is not valid YAML/);
    await expect(library.load()).rejects.toThrow(problem);
    expect(library.entries.size).toBe(0);
  });
});
