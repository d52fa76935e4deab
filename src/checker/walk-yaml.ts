/**
 * Walks parsed YAML (frontmatter or a vocabulary), valid or not, calling back with every
 * string, every number (as text) and every mapping key, and the field path to it. Walked
 * with a stack rather than recursion, so deeply nested YAML cannot overflow it; a node
 * shared through YAML anchors is walked once, so aliases cannot make the walk explode.
 * The path is built only when asked for.
 */
export type YamlVisitor = (text: string, path: () => PropertyKey[], isKey: boolean) => void;

interface Step {
  parent?: Step;
  key: PropertyKey;
}

function pathOf(step: Step | undefined): PropertyKey[] {
  const path: PropertyKey[] = [];
  for (let at = step; at; at = at.parent) path.push(at.key);
  return path.reverse();
}

export function walkYaml(data: unknown, visit: YamlVisitor): void {
  const seen = new WeakSet<object>();
  type Item = { value: unknown; step?: Step; key?: false } | { key: true; name: string; step: Step };
  const stack: Item[] = [{ value: data }];
  while (stack.length) {
    const item = stack.pop()!;
    if (item.key) {
      visit(item.name, () => pathOf(item.step), true);
      continue;
    }
    const { value, step } = item;
    if (typeof value === 'string') visit(value, () => pathOf(step), false);
    else if (typeof value === 'number' || typeof value === 'bigint') visit(String(value), () => pathOf(step), false);
    else if (value !== null && typeof value === 'object' && !(value instanceof Date) && !seen.has(value)) {
      seen.add(value);
      const isList = Array.isArray(value);
      const entries: Array<[PropertyKey, unknown]> = isList ? value.map((child, index) => [index, child]) : Object.entries(value);
      // Pushed in reverse, so that fields are visited in the order they are written, each key before its value.
      for (const [key, child] of entries.reverse()) {
        const childStep: Step = { parent: step, key };
        stack.push({ value: child, step: childStep });
        if (!isList) stack.push({ key: true, name: String(key), step: childStep });
      }
    }
  }
}
