import type { CheckContext, Indexed } from '../context.ts';
import type { Problem } from '../problem.ts';
import type { Rule } from './rule.ts';

/**
 * Every `themes` list anywhere in a document's data, with its path: findings, actions, and
 * whatever a new kind's schema puts themes on.
 */
export function themeLists(data: unknown, path: PropertyKey[] = [], seen = new WeakSet<object>()): Array<{ path: PropertyKey[]; themes: unknown[] }> {
  // Raw YAML can alias a node into itself: visit each object once.
  if (!data || typeof data !== 'object' || seen.has(data)) return [];
  seen.add(data);
  if (Array.isArray(data)) return data.flatMap((item, i) => themeLists(item, [...path, i], seen));
  return Object.entries(data).flatMap(([key, value]) =>
    key === 'themes' && Array.isArray(value) ? [{ path: [...path, key], themes: value }] : themeLists(value, [...path, key], seen),
  );
}

export function unknownThemes(context: Pick<CheckContext, 'themeIds' | 'unknownTheme'>, data: unknown, problem: (path: PropertyKey[], found: ReturnType<CheckContext['unknownTheme']>) => Problem): Problem[] {
  return themeLists(data).flatMap(({ path, themes }) =>
    themes.flatMap((theme, index) => (typeof theme === 'string' && theme && !context.themeIds.has(theme) ? [problem([...path, index], context.unknownTheme(theme))] : [])),
  );
}

export const knownThemes: Rule = {
  id: 'known-themes',
  description: 'Every theme a finding or action is tagged with is in the themes vocabulary.',
  check(context) {
    return context.docs.flatMap((doc: Indexed) =>
      unknownThemes(context, doc.data, (path, found) => context.at(doc, path, found.message, { fix: found.fix, suggestion: found.suggestion })),
    );
  },
};
