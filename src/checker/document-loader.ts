/**
 * The documents' content-layer loader (reviews, plans, updates). Documents are plain
 * Markdown in `.mdx` files: the MDX content policy refuses everything MDX adds (ESM,
 * expressions, components, raw HTML). So a body is not compiled by @astrojs/mdx as a module
 * of its own (at 5,000 documents, compiling 5,000 modules took `astro build` to a peak of
 * 6.5 GB; rendered here, 3.9 GB); it is rendered to HTML with Astro's own Markdown renderer
 * (`renderMarkdown`: the same processor, GitHub's extensions, smart punctuation and heading
 * ids as MDX used) and stored with the entry, and `render(entry)` serves that HTML.
 *
 * It lists and names files with the checker's own listing (`content-files.ts`: strict
 * names, no symbolic links, no dot-files, no deeper folders, UTF-8 only, a size limit), so
 * the site publishes exactly the files the checker read, under the ids it resolved
 * references against; any other file under the collection fails the load with the checker's
 * located problem. Each file is read once: its
 * frontmatter and body are split by the checker's own reader, the content policy is
 * enforced on that very body and frontmatter, so that `astro build` and `astro dev` run
 * without the checker (`npm run build` runs it first) still refuse a document that would
 * run code, and the body that passed is the body rendered. A refused or unreadable
 * document fails the load with the checker's formatted, located problems. An entry whose
 * file is unchanged (same digest) is kept from the content layer's cache, but is checked
 * again. In `astro dev` the loader follows files added, changed and deleted; an edit that is
 * refused is logged and the previous version of the entry is kept.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { documentIdOf, documentPathProblem, readSource, scanContent } from './content-files.ts';
import { Locator } from './locate.ts';
import { checkMdxBody, dangerousAddressesInYaml } from './mdx-policy.ts';
import { ContentError, type Problem } from './problem.ts';
import { readDocument, type ReadDocument } from './read-document.ts';

export interface DocumentLoaderOptions {
  /** The folder holding `content/`, relative to the project root (`.`, or another library's for tests and the benchmark). */
  root: string;
  /** The collection: its documents are `content/<collection>/<authority>/<name>.mdx`. */
  collection: string;
}

/** How many files are read and rendered at once (as Astro's `glob()`). */
const CONCURRENCY = 10;

/** The policy's problems in one document: its body and the addresses in its frontmatter. */
export function contentPolicyProblems(document: ReadDocument): Problem[] {
  const locator = new Locator(document.frontmatter, document.frontmatterLine);
  return [
    ...checkMdxBody(document.file, document.body, document.bodyLine),
    ...dangerousAddressesInYaml(document.file, document.data, locator),
  ];
}

function refusal(problems: Problem[]): ContentError {
  const error = new ContentError(problems);
  error.message = `Documents are data, not code: the MDX content policy refused this content.\n${error.message}`;
  return error;
}

const posix = (file: string) => file.split(path.sep).join('/');

/**
 * The renderer writes table alignment as `style="text-align: …"`, which the pages' content
 * security policy blocks: it becomes a class (`lib-align-left`, styled in site.scss), and no
 * other inline style is kept. Authors cannot write HTML (the policy refuses it), so every
 * attribute here is the renderer's own.
 */
export function withoutInlineStyles(html: string): string {
  return html
    .replace(/ style="text-align:\s*(left|center|right);?"/g, ' class="lib-align-$1"')
    .replace(/ style="[^"]*"/g, '')
    // A table in the text scrolls in its own labelled region on a narrow screen, as the pages' tables do.
    .replace(/<table>/g, '<div class="lib-table-region" role="region" aria-label="Table in the text" tabindex="0"><table>')
    .replace(/<\/table>/g, '</table></div>');
}

/**
 * Astro's Markdown renderer parses a frontmatter block at the start of what it is given.
 * The body has none, but may itself start with `---` (a thematic break); an empty block in
 * front keeps the body whole.
 */
const NO_FRONTMATTER = '---\n---\n';

export function documentLoader(options: DocumentLoaderOptions): Loader {
  return {
    name: 'document-loader',
    load: async (context: LoaderContext) => {
      const { config, logger, store, watcher } = context;
      const root = fileURLToPath(config.root);
      const contentRoot = path.resolve(root, options.root);
      const collectionDir = path.join(contentRoot, 'content', options.collection);
      /** Absolute path of each file loaded → its entry's id (for renames and deletions in `astro dev`). */
      const idOfFile = new Map<string, string>();

      /** Reads, checks, and (unless unchanged) validates, renders and stores one file (`content/<collection>/…`). */
      async function sync(file: string, previousId?: string): Promise<string> {
        const absolutePath = path.join(contentRoot, file);
        const filePath = posix(path.relative(root, absolutePath));
        const source = readSource(contentRoot, file);
        if (source.problems?.length) throw new ContentError(source.problems);
        const { document, problems } = readDocument(filePath, source.raw);
        if (!document) throw new ContentError(problems);
        const refused = contentPolicyProblems(document);
        if (refused.length) throw refusal(refused);

        const id = documentIdOf(file);
        if (previousId && previousId !== id) store.delete(previousId);
        const existing = store.get(id);
        const digest = context.generateDigest(source.raw);
        idOfFile.set(absolutePath, id);
        // Unchanged: kept as cached. (An entry with images is stored again, which registers
        // them with the build; the store's public API has no other way.)
        if (existing?.digest === digest && existing.filePath === filePath && existing.rendered && !existing.assetImports?.length) {
          return id;
        }
        const data = await context.parseData({ id, data: document.data as Record<string, unknown>, filePath: absolutePath });
        const body = document.body.trim();
        const markdown = await context.renderMarkdown(NO_FRONTMATTER + body, { fileURL: pathToFileURL(absolutePath) });
        const rendered = { ...markdown, html: withoutInlineStyles(markdown.html) };
        store.set({ id, data, body, filePath, digest, rendered, assetImports: rendered.metadata?.imagePaths });
        return id;
      }

      if (!existsSync(collectionDir)) logger.warn(`The folder "${posix(path.relative(root, collectionDir))}" does not exist.`);
      const listing = scanContent(contentRoot);
      const inCollection = (file: string) => file.startsWith(`content/${options.collection}/`);
      // The checker refuses these files; a build run without it must not publish them either.
      const refusedHere = listing.problems.filter((problem) => inCollection(problem.file));
      if (refusedHere.length) throw new ContentError(refusedHere);
      const files = listing.files.filter(inCollection);
      const untouched = new Set(store.keys());
      const queue = [...files];
      const worker = async () => {
        for (let file = queue.shift(); file !== undefined; file = queue.shift()) untouched.delete(await sync(file));
      };
      await Promise.all(Array.from({ length: Math.min(CONCURRENCY, files.length) }, worker));
      for (const id of untouched) store.delete(id);

      if (!watcher) return;
      watcher.add(collectionDir);
      /** A changed path as a content file of this collection, or undefined (another collection, or outside content/). */
      const fileOf = (changedPath: string) => {
        const file = posix(path.relative(contentRoot, changedPath));
        return inCollection(file) ? file : undefined;
      };
      const onChange = async (changedPath: string) => {
        const file = fileOf(changedPath);
        if (!file) return;
        try {
          const problem = documentPathProblem(file);
          if (problem) throw new ContentError([problem]);
          await sync(file, idOfFile.get(changedPath));
          logger.info(`Reloaded data from ${file}`);
        } catch (error) {
          logger.error(`Failed to reload ${file}: ${(error as Error).message}`);
        }
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', (deletedPath: string) => {
        if (!fileOf(deletedPath)) return;
        const id = idOfFile.get(deletedPath);
        if (id === undefined) return;
        store.delete(id);
        idOfFile.delete(deletedPath);
      });
    },
  };
}
