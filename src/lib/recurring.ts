/**
 * Recurring findings: a weakness a council was told about in one review and told about
 * again in a later one (an inspection's area for improvement raised again by a monitoring
 * visit, a peer review or the next inspection). Deterministic: two findings recur when
 * they come from different reviews of the same council, share a theme, and their wording
 * overlaps, measured as the Jaccard index of their stemmed content words (Porter's stemmer,
 * the `stemmer` package), at or above `RECURRENCE_THRESHOLD`.
 *
 * The threshold was chosen on hand-labelled pairs from the library
 * (`tests/fixtures/recurring/labelled-pairs.yaml`, labelled before tuning); the test
 * `tests/recurring-findings-are-found-by-shared-theme-and-wording.test.ts` measures it.
 *
 * Cost: each finding is compared only with the earlier findings of its own council on its
 * own themes, never with the whole country's. Pure.
 */
import { stemmer } from 'stemmer';

/**
 * Words that carry no finding's meaning: English function words, and the words nearly every
 * finding about children's services uses (without them "children and young people" makes
 * two unrelated findings look alike).
 */
const STOP_WORDS = new Set(
  `a about above after again all also am an and any are as at be because been before being below between both but by can could did do does doing down during each few for from further had has have having he her here hers him his how i if in into is it its itself just more most must no nor not now of off on once only or other our ours out over own same she should so some such than that the their theirs them then there these they this those through to too under until up very was we were what when where which while who whom why will with would you your
   child children young people person local authority authorities council councils service services improve improved improvement improving ensure ensuring need needs within well good enough work`.split(/\s+/),
);

/** The set of stemmed content words of a text. */
export function contentStems(text: string): Set<string> {
  const words = text.toLowerCase().replace(/[’']/g, '').match(/[a-z0-9]+/g) ?? [];
  return new Set(words.filter((w) => w.length > 1 && !STOP_WORDS.has(w)).map((w) => stemmer(w)));
}

/** Jaccard index of two sets: shared members over all members (0 when both are empty). */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * Similarity at or above which two findings on a shared theme are the same weakness raised
 * again. On the 149 labelled pairs (18 the same weakness) it flags 7, of which 6 are right:
 * precision 86%, recall 33%. A committee is better served by few sure links than by many
 * doubtful ones: 0.1 flags 20 pairs at 45% precision, 0.2 flags 5 at 80%.
 */
export const RECURRENCE_THRESHOLD = 0.15;

/** What the method needs to know of a finding. */
export interface Comparable {
  ref: string;
  /** The review it comes from: findings of one review never recur in it. */
  review: string;
  /** The review's date (fieldwork start), for "before" and "again". */
  date: string;
  themes: readonly string[];
  text: string;
}

export interface Recurrence<T> {
  earlier: T;
  later: T;
  /** The Jaccard index of their stemmed content words. */
  similarity: number;
}

/** Similarity of two findings: 0 unless they share a theme. */
export function findingSimilarity(a: Comparable, b: Comparable): number {
  if (!a.themes.some((t) => b.themes.includes(t))) return 0;
  return jaccard(contentStems(a.text), contentStems(b.text));
}

/**
 * Pairs of one council's findings where a later review raises an earlier review's finding
 * again: each finding is compared with the earlier reviews' findings on its themes.
 */
export function recurrences<T extends Comparable>(findings: readonly T[], threshold = RECURRENCE_THRESHOLD): Recurrence<T>[] {
  const ordered = [...findings].sort((a, b) => a.date.localeCompare(b.date) || a.ref.localeCompare(b.ref));
  const stems = new Map(ordered.map((f) => [f.ref, contentStems(f.text)]));
  const byTheme = new Map<string, T[]>();
  const result: Recurrence<T>[] = [];
  for (const later of ordered) {
    const candidates = new Set(later.themes.flatMap((theme) => byTheme.get(theme) ?? []));
    for (const earlier of candidates) {
      if (earlier.review === later.review || earlier.date >= later.date) continue;
      const similarity = jaccard(stems.get(earlier.ref)!, stems.get(later.ref)!);
      if (similarity >= threshold) result.push({ earlier, later, similarity });
    }
    for (const theme of later.themes) {
      const list = byTheme.get(theme);
      if (list) list.push(later);
      else byTheme.set(theme, [later]);
    }
  }
  return result;
}
