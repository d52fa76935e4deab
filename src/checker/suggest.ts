/** Nearest valid value for a misspelt id, key or name (edit distance, case-insensitive). */
import { distance } from 'fastest-levenshtein';

export interface Candidate {
  /** The value to suggest. */
  value: string;
  /** Other words that should lead to it (labels, synonyms). */
  aliases?: readonly string[];
}

/** Returns the closest candidate, or undefined when nothing is reasonably close. */
export function nearest(input: string, candidates: ReadonlyArray<string | Candidate>): string | undefined {
  const needle = input.toLowerCase().trim();
  if (!needle) return undefined;
  let best: { value: string; score: number } | undefined;
  for (const candidate of candidates) {
    const { value, aliases = [] } = typeof candidate === 'string' ? { value: candidate } : candidate;
    for (const word of [value, ...aliases]) {
      const hay = word.toLowerCase();
      // An exact alias ("LAC") or a containment ("supervison" in …) is a strong hint.
      const score = hay === needle ? 0 : distance(needle, hay) / Math.max(needle.length, hay.length);
      if (!best || score < best.score) best = { value, score };
    }
  }
  return best && best.score <= 0.5 ? best.value : undefined;
}
