/**
 * Related recommendations: items from other reviews sharing a finding's themes, most
 * shared themes first, then newest. Reads the library's one theme index, so a library of
 * 100,000 findings does not compare every pair.
 */
import type { FindingRecord, Library } from './library.ts';

export function relatedFindings(library: Library, finding: FindingRecord, limit = 8): FindingRecord[] {
  const themes = new Set(finding.themes.map((t) => t.id));
  const candidates = new Set<FindingRecord>();
  // The newest few dozen per theme are enough to fill the list; scanning all would be quadratic.
  for (const theme of themes) for (const other of library.answerableOnTheme(theme).slice(0, limit * 6)) candidates.add(other);
  return [...candidates]
    .filter((other) => other.review.id !== finding.review.id)
    .map((other) => ({ other, shared: other.themes.filter((t) => themes.has(t.id)).length }))
    .sort((a, b) => b.shared - a.shared || b.other.review.data.fieldwork.from.localeCompare(a.other.review.data.fieldwork.from))
    .slice(0, limit)
    .map(({ other }) => other);
}
