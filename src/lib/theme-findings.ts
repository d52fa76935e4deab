/** Findings on a theme in reading order: by type, then authority, newest first. Once per theme per library. */
import type { FindingRecord, FindingType, Library } from './library.ts';

export const FINDING_TYPES: FindingType[] = ['strength', 'area-for-improvement', 'recommendation'];

const cache = new WeakMap<Library, Map<string, FindingRecord[]>>();

export function findingsOnTheme(library: Library, themeId: string): FindingRecord[] {
  let byTheme = cache.get(library);
  if (!byTheme) {
    byTheme = new Map();
    for (const finding of library.findings) {
      for (const theme of finding.themes) {
        const list = byTheme.get(theme.id) ?? [];
        list.push(finding);
        byTheme.set(theme.id, list);
      }
    }
    for (const list of byTheme.values()) {
      list.sort(
        (a, b) =>
          FINDING_TYPES.indexOf(a.type) - FINDING_TYPES.indexOf(b.type) ||
          a.authority.shortName.localeCompare(b.authority.shortName) ||
          b.review.data.fieldwork.from.localeCompare(a.review.data.fieldwork.from),
      );
    }
    cache.set(library, byTheme);
  }
  return byTheme.get(themeId) ?? [];
}
