/**
 * The documents' content-layer loader (reviews, plans, updates). Documents are plain
 * Markdown in `.mdx` files: the MDX content policy refuses everything MDX adds (ESM,
 * expressions, components, raw HTML). So a body is not compiled by @astrojs/mdx as a module
 * of its own (at 5,000 documents, compiling 5,000 modules took `astro build` to a peak of
 * 6.5 GB; rendered here, 3.9 GB); it is rendered to HTML with Astro's own Markdown renderer
 * (`renderMarkdown`: the same processor, GitHub's extensions, smart punctuation and heading
 * ids as MDX used) and stored with the entry, and `render(entry)` serves that HTML.
 *
 * It finds the files Astro's `glob()` would (same pattern and base, same library) and gives
 * them the ids `glob()` gives (URLs are built from ids). Each file is read once: its
 * frontmatter and body are split by the checker's own reader, the content policy is
 * enforced on that very body and frontmatter, so that `astro build` and `astro dev` run
 * without the checker (`npm run build` runs it first) still refuse a document that would
 * run code, and the body that passed is the body rendered. A refused or unreadable
 * document fails the load with the checker's formatted, located problems. An entry whose
 * file is unchanged (same digest) is kept from the content layer's cache, but is checked
 * again. In `astro dev` the loader follows files added, changed and deleted; an edit that is
 * refused is logged and the previous version of the entry is kept.
 */
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { slug } from 'github-slugger';
import { glob as findFiles } from 'tinyglobby';
import { Locator } from './locate.ts';
import { checkMdxBody, dangerousAddressesInYaml } from './mdx-policy.ts';
import { ContentError, type Problem } from './problem.ts';
import { readDocument, type ReadDocument } from './read-document.ts';

export interface DocumentLoaderOptions {
  /** Folder of the collection, relative to the project root. */
  base: string;
  /** Files to load, relative to `base`. */
  pattern: string;
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

/**
 * The id Astro's `glob()` gives a file (its default `generateId`): a `slug` in the
 * frontmatter, or else the path without its extension, each segment slugged as GitHub
 * slugs headings, and a final `/index` dropped. The URL round trip is glob's own.
 */
export function globEntryId(entry: string, base: URL, data: unknown): string {
  const frontmatterSlug = data && typeof data === 'object' ? (data as { slug?: unknown }).slug : undefined;
  if (frontmatterSlug) return String(frontmatterSlug);
  const relativePath = path.relative(fileURLToPath(base), fileURLToPath(new URL(`./${encodeURI(entry)}`, base)));
  const withoutExtension = relativePath.replace(new RegExp(`${path.extname(relativePath)}$`), '');
  return withoutExtension
    .split(path.sep)
    .map((segment) => slug(segment))
    .join('/')
    .replace(/\/index$/, '');
}

const posix = (file: string) => file.split(path.sep).join('/');

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
      const { config, collection, logger, store, watcher } = context;
      const root = fileURLToPath(config.root);
      const baseDir = new URL(options.base, config.root);
      if (!baseDir.pathname.endsWith('/')) baseDir.pathname = `${baseDir.pathname}/`;
      const basePath = fileURLToPath(baseDir);
      /** Absolute path of each file loaded → its entry's id (for renames and deletions in `astro dev`). */
      const idOfFile = new Map<string, string>();

      /** Reads, checks, and (unless unchanged) validates, renders and stores one file. */
      async function sync(entry: string, previousId?: string): Promise<string> {
        const fileUrl = new URL(`./${encodeURI(entry)}`, baseDir);
        const absolutePath = fileURLToPath(fileUrl);
        const filePath = posix(path.relative(root, absolutePath));
        const raw = await fs.readFile(fileUrl, 'utf8');
        const { document, problems } = readDocument(filePath, raw);
        if (!document) throw new ContentError(problems);
        const refused = contentPolicyProblems(document);
        if (refused.length) throw refusal(refused);

        const id = globEntryId(entry, baseDir, document.data);
        if (previousId && previousId !== id) store.delete(previousId);
        const existing = store.get(id);
        const digest = context.generateDigest(raw);
        idOfFile.set(absolutePath, id);
        // Unchanged: kept as cached. (An entry with images is stored again, which registers
        // them with the build; the store's public API has no other way.)
        if (existing?.digest === digest && existing.filePath === filePath && existing.rendered && !existing.assetImports?.length) {
          return id;
        }
        if (existing?.filePath && existing.filePath !== filePath && existsSync(new URL(existing.filePath, config.root))) {
          const message = `${collection} has two documents with the id "${id}": ${existing.filePath} and ${filePath}`;
          if (config.prerenderConflictBehavior === 'error') throw new Error(message);
          if (config.prerenderConflictBehavior !== 'ignore') logger.warn(message);
        }
        const data = await context.parseData({ id, data: document.data as Record<string, unknown>, filePath: absolutePath });
        const body = document.body.trim();
        const rendered = await context.renderMarkdown(NO_FRONTMATTER + body, { fileURL: fileUrl });
        store.set({ id, data, body, filePath, digest, rendered, assetImports: rendered.metadata?.imagePaths });
        return id;
      }

      if (!existsSync(baseDir)) logger.warn(`The base directory "${basePath}" does not exist.`);
      const files = await findFiles(options.pattern, { cwd: basePath, expandDirectories: false });
      if (existsSync(baseDir) && files.length === 0) {
        logger.warn(`No files found matching "${options.pattern}" in directory "${posix(path.relative(root, basePath))}"`);
      }
      const untouched = new Set(store.keys());
      const queue = [...files];
      const worker = async () => {
        for (let entry = queue.shift(); entry !== undefined; entry = queue.shift()) untouched.delete(await sync(entry));
      };
      await Promise.all(Array.from({ length: Math.min(CONCURRENCY, files.length) }, worker));
      for (const id of untouched) store.delete(id);

      if (!watcher) return;
      watcher.add(basePath);
      const matches = (entry: string) => !entry.startsWith('../') && path.matchesGlob(entry, options.pattern);
      const onChange = async (changedPath: string) => {
        const entry = posix(path.relative(basePath, changedPath));
        if (!matches(entry)) return;
        try {
          await sync(entry, idOfFile.get(changedPath));
          logger.info(`Reloaded data from ${entry}`);
        } catch (error) {
          logger.error(`Failed to reload ${entry}: ${(error as Error).message}`);
        }
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', (deletedPath: string) => {
        if (!matches(posix(path.relative(basePath, deletedPath)))) return;
        const id = idOfFile.get(deletedPath);
        if (id === undefined) return;
        store.delete(id);
        idOfFile.delete(deletedPath);
      });
    },
  };
}
