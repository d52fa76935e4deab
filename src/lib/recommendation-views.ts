/**
 * Pre-built filtered views of recommendations and areas for improvement, so a reader can
 * filter by status, authority or theme with plain links (no JavaScript needed).
 */
import type { FindingRecord, Library } from './library.ts';
import { findingStatusLabel } from './labels.ts';
import type { FindingStatus } from './derive.ts';

export interface FilterView {
  facet: 'status' | 'authority' | 'theme';
  value: string;
  label: string;
  url: string;
  findings: FindingRecord[];
}

/** Recommendations and areas for improvement, newest review first. */
export function addressable(library: Library): FindingRecord[] {
  return library.findings
    .filter((f) => f.type !== 'strength')
    .sort((a, b) => b.review.data.fieldwork.from.localeCompare(a.review.data.fieldwork.from) || a.review.id.localeCompare(b.review.id));
}

const STATUS_ORDER: FindingStatus[] = ['off-track', 'closed-incomplete', 'on-track', 'planned', 'no-action', 'complete'];

const cache = new WeakMap<Library, FilterView[]>();

/** Every view, computed once per library (each view page asks for the whole list). */
export function filterViews(library: Library): FilterView[] {
  const cached = cache.get(library);
  if (cached) return cached;
  const all = addressable(library);
  const views: FilterView[] = [];
  for (const status of STATUS_ORDER) {
    views.push({ facet: 'status', value: status, label: findingStatusLabel[status], url: `${library.url.recommendations}status/${status}/`, findings: all.filter((f) => f.status === status) });
  }
  for (const authority of library.authorities) {
    const findings = all.filter((f) => f.authority.id === authority.id);
    if (findings.length) views.push({ facet: 'authority', value: authority.id, label: authority.shortName, url: `${library.url.recommendations}authority/${authority.id}/`, findings });
  }
  for (const theme of library.themes) {
    const findings = all.filter((f) => f.themes.some((t) => t.id === theme.id));
    if (findings.length) views.push({ facet: 'theme', value: theme.id, label: theme.label, url: `${library.url.recommendations}theme/${theme.id}/`, findings });
  }
  cache.set(library, views);
  return views;
}
