/**
 * Astro's `glob()` loader with the MDX content policy (and its rule on addresses in the
 * frontmatter) enforced inside Astro itself, so that `astro build` and `astro dev` run
 * without the checker (`npm run build` runs the checker first) still refuse a document
 * that would run code. Every entry Astro stores is checked against its file on disk; a
 * refused entry fails the load with the checker's own formatted problems. In `astro dev`,
 * an edit that breaks the policy is refused the same way (Astro logs the error and keeps
 * the previous version of the entry).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import { Locator } from './locate.ts';
import { checkMdxBody, dangerousAddressesInYaml } from './mdx-policy.ts';
import { ContentError, type Problem } from './problem.ts';
import { readDocument } from './read-document.ts';

type GlobOptions = Parameters<typeof glob>[0];
type Loader = ReturnType<typeof glob>;
type LoadContext = Parameters<Loader['load']>[0];

/**
 * The policy's problems in one document file, its body and the addresses in its
 * frontmatter, located as the checker locates them.
 */
export function contentPolicyProblemsInFile(root: string, filePath: string): Problem[] {
  const file = filePath.split(path.sep).join('/');
  let raw: string;
  try {
    raw = readFileSync(path.resolve(root, filePath), 'utf8');
  } catch {
    return []; // gone since Astro read it; Astro reports missing files itself
  }
  const { document } = readDocument(file, raw);
  if (!document) return []; // unreadable frontmatter: Astro reports it itself
  const locator = new Locator(document.frontmatter, document.frontmatterLine);
  return [...checkMdxBody(file, document.body, document.bodyLine), ...dangerousAddressesInYaml(file, document.data, locator)];
}

export function checkedGlob(options: GlobOptions): Loader {
  const loader = glob(options);
  return {
    ...loader,
    name: 'checked-glob-loader',
    load: async (context: LoadContext) => {
      const root = fileURLToPath(context.config.root);
      const checked = new Set<string>();
      const enforce = (filePath: string | undefined) => {
        if (!filePath || checked.has(filePath)) return;
        const problems = contentPolicyProblemsInFile(root, filePath);
        if (problems.length) {
          const error = new ContentError(problems);
          error.message = `Documents are data, not code: the MDX content policy refused this content.\n${error.message}`;
          throw error;
        }
        checked.add(filePath);
      };
      const store: LoadContext['store'] = {
        ...context.store,
        set: (entry) => {
          checked.delete(entry.filePath ?? ''); // a changed file (in `astro dev`) is checked again
          enforce(entry.filePath);
          return context.store.set(entry);
        },
      };
      await loader.load({ ...context, store });
      // Entries Astro kept from its cache were not stored again: check them too.
      for (const entry of context.store.values()) enforce(entry.filePath);
    },
  };
}
