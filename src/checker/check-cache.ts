/**
 * The check cache: each document's validated frontmatter, with the size and modification
 * time of the file it came from. `npm run check -- <files>` reads the unchanged documents
 * from here instead of parsing the whole library again, so checking the one document an
 * author changed stays quick however large the library grows. Any doubt (another version,
 * a changed file, a missing entry) means the file is read afresh.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const VERSION = 1;

interface Entry {
  size: number;
  mtimeMs: number;
  data: unknown;
}

export interface CheckCache {
  file: string;
  entries: Map<string, Entry>;
}

export function cachePath(root: string): string {
  const key = createHash('sha1').update(path.resolve(root)).digest('hex').slice(0, 12);
  return path.join(root, 'node_modules', '.cache', 'findings-library', `check-${key}.json`);
}

export function readCheckCache(root: string): CheckCache {
  const file = cachePath(root);
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { version: number; schemas: string; entries: Record<string, Entry> };
    if (stored.version !== VERSION || stored.schemas !== schemaStamp(root)) return { file, entries: new Map() };
    return { file, entries: new Map(Object.entries(stored.entries)) };
  } catch {
    return { file, entries: new Map() };
  }
}

/** Unchanged documents (same size and modification time as when cached) → their data. */
export function unchanged(root: string, cache: CheckCache, files: string[]): Map<string, unknown> {
  const known = new Map<string, unknown>();
  for (const file of files) {
    const entry = cache.entries.get(file);
    if (!entry) continue;
    const stat = statSync(path.join(root, file), { throwIfNoEntry: false });
    if (stat && stat.size === entry.size && stat.mtimeMs === entry.mtimeMs) known.set(file, entry.data);
  }
  return known;
}

export function writeCheckCache(root: string, cache: CheckCache, validated: Array<{ file: string; data: unknown }>): void {
  let changed = false;
  for (const { file, data } of validated) {
    const stat = statSync(path.join(root, file), { throwIfNoEntry: false });
    if (!stat) continue;
    const entry = cache.entries.get(file);
    if (entry && entry.size === stat.size && entry.mtimeMs === stat.mtimeMs) continue;
    cache.entries.set(file, { size: stat.size, mtimeMs: stat.mtimeMs, data });
    changed = true;
  }
  // Rewriting a large cache costs more than checking one document: only when something changed.
  if (!changed) return;
  try {
    mkdirSync(path.dirname(cache.file), { recursive: true });
    writeFileSync(cache.file, JSON.stringify({ version: VERSION, schemas: schemaStamp(root), entries: Object.fromEntries(cache.entries) }));
  } catch {
    // A cache that cannot be written only costs speed next time.
  }
}

/** Changes to the content model invalidate the cache: stamp it with the schema files' times. */
function schemaStamp(_root: string): string {
  const dir = path.join(import.meta.dirname, '..', 'schemas');
  try {
    return ['common.ts', 'review.ts', 'plan.ts', 'update.ts', 'vocabularies.ts']
      .map((name) => statSync(path.join(dir, name), { throwIfNoEntry: false })?.mtimeMs ?? 0)
      .join('/');
  } catch {
    return '';
  }
}
