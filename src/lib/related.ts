/**
 * Related recommendations: items from other reviews sharing a finding's themes, most
 * shared themes first, then newest. Uses a per-library index of themes (built once),
 * so a library of 100,000 findings does not compare every pair.
 */
import type { FindingRecord, Library } from './library.ts';

const byTheme = new WeakMap<Library, Map<string, FindingRecord[]>>();

/** Recommendations and areas for improvement by theme id, newest review first. */
function themeIndex(library: Library): Map<string, FindingRecord[]> {
  let index = byTheme.get(library);
  if (index) return index;
  index = new Map();
  for (const finding of library.findings) {
    if (finding.type === 'strength') continue;
    for (const theme of finding.themes) {
      const list = index.get(theme.id) ?? [];
      list.push(finding);
      index.set(theme.id, list);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.review.data.fieldwork.from.localeCompare(a.review.data.fieldwork.from));
  byTheme.set(library, index);
  return index;
}

export function relatedFindings(library: Library, finding: FindingRecord, limit = 8): FindingRecord[] {
  const index = themeIndex(library);
  const themes = new Set(finding.themes.map((t) => t.id));
  const candidates = new Set<FindingRecord>();
  // The newest few dozen per theme are enough to fill the list; scanning all would be quadratic.
  for (const theme of themes) for (const other of (index.get(theme) ?? []).slice(0, limit * 6)) candidates.add(other);
  return [...candidates]
    .filter((other) => other.review.id !== finding.review.id)
    .map((other) => ({ other, shared: other.themes.filter((t) => themes.has(t.id)).length }))
    .sort((a, b) => b.shared - a.shared || b.other.review.data.fieldwork.from.localeCompare(a.other.review.data.fieldwork.from))
    .slice(0, limit)
    .map(({ other }) => other);
}
