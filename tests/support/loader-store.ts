/** An in-memory stand-in for Astro's content-layer store, for tests that run the documents' loader outside Astro. */

export interface StoredEntry {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  filePath?: string;
  digest?: string | number;
  rendered?: { html: string };
}

export function memoryStore(entries: Map<string, StoredEntry>) {
  return {
    get: (id: string) => entries.get(id),
    set: (entry: StoredEntry) => (entries.set(entry.id, entry), true),
    has: (id: string) => entries.has(id),
    keys: () => [...entries.keys()],
    values: () => [...entries.values()],
    entries: () => [...entries.entries()],
    delete: (id: string) => void entries.delete(id),
    clear: () => entries.clear(),
    addModuleImport: () => {},
    addAssetImport: () => {},
    addAssetImports: () => {},
  };
}
