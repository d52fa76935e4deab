/**
 * Finds where a field path sits in a YAML text, so every problem can name its line and
 * column. Uses the `yaml` package only for positions; the data itself comes from js-yaml 4.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

export interface Position {
  line: number;
  column: number;
}

export class Locator {
  private readonly lineCounter = new LineCounter();
  private parsed = false;
  private rootNode: unknown;

  private readonly yamlText: string;
  private readonly firstLine: number;

  constructor(yamlText: string, firstLine: number) {
    this.yamlText = yamlText;
    this.firstLine = firstLine;
  }

  /** Parsed on the first problem only: most documents have none, and parsing is costly. */
  private get root(): unknown {
    if (!this.parsed) {
      this.parsed = true;
      try {
        this.rootNode = parseDocument(this.yamlText, { lineCounter: this.lineCounter, uniqueKeys: false }).contents;
      } catch {
        this.rootNode = undefined;
      }
    }
    return this.rootNode;
  }

  private position(offset: number): Position {
    const { line, col } = this.lineCounter.linePos(offset);
    return { line: line + this.firstLine - 1, column: col };
  }

  /**
   * Position of the value at `path`; with `key: true`, of the key itself. When the path does
   * not exist (a missing field), the position of the deepest parent that does.
   */
  locate(path: ReadonlyArray<PropertyKey>, options: { key?: boolean } = {}): Position {
    let node = this.root as Node | null | undefined;
    let best: Position = { line: this.firstLine, column: 1 };
    const start = (n: Node | null | undefined) => (n && n.range ? this.position(n.range[0]) : undefined);
    best = start(node) ?? best;
    for (let index = 0; index < path.length; index++) {
      const segment = path[index];
      const last = index === path.length - 1;
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
        if (!pair) return best;
        const keyPosition = start(pair.key as Node);
        if (last && options.key && keyPosition) return keyPosition;
        node = pair.value as Node | null;
        best = keyPosition ?? best;
        if (!last) continue;
        return start(node) ?? best;
      }
      if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as Node | undefined;
        if (!item) return best;
        node = item;
        best = start(node) ?? best;
        continue;
      }
      return best;
    }
    return best;
  }
}
