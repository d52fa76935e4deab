import { formatPath } from '../problem.ts';
import { objectKeys } from '../error-map.ts';
import type { Rule } from './rule.ts';

/**
 * The items of a document that carry an id, in the schema's field order: every list of
 * objects with an `id`, and the lists nested in them (a judgement's `sub`).
 */
function items(data: Record<string, unknown>, fields: string[]): Array<{ id: string; path: PropertyKey[] }> {
  const found: Array<{ id: string; path: PropertyKey[] }> = [];
  const walk = (list: unknown, path: PropertyKey[]) => {
    if (!Array.isArray(list)) return;
    list.forEach((item, i) => {
      if (!item || typeof item !== 'object' || typeof (item as { id?: unknown }).id !== 'string') return;
      found.push({ id: (item as { id: string }).id, path: [...path, i] });
      for (const [key, value] of Object.entries(item)) if (Array.isArray(value)) walk(value, [...path, i, key]);
    });
  };
  for (const field of fields) walk(data[field], [field]);
  return found;
}

export const uniqueItemIds: Rule = {
  id: 'unique-item-ids',
  description: "Item ids (KLOEs, judgements, findings, priorities, actions) are unique within their document: they are permalinks.",
  check(context) {
    return context.docs.flatMap((doc) => {
      const seen = new Map<string, string>();
      return items(doc.data as Record<string, unknown>, objectKeys(doc.kind.schema)).flatMap((entry) => {
        const first = seen.get(entry.id);
        if (!first) {
          seen.set(entry.id, formatPath(entry.path));
          return [];
        }
        return [context.at(doc, [...entry.path, 'id'], `"${entry.id}" is used twice in this document (first at ${first})`, {
          fix: 'give every item its own id; published ids never change, so renumber only the new item',
        })];
      });
    });
  },
};
