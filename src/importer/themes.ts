/**
 * A first guess at an item's themes from the themes vocabulary: its labels (split at
 * commas and "and": "Placements, fostering and sufficiency" gives three terms) and its
 * synonyms, matched as whole words. Longer phrases count more than single words. The
 * author confirms every guess; an item that matches nothing gets the default theme.
 */
import type { Theme } from '../schemas/vocabularies.ts';

export interface ThemeGuess {
  themes: string[];
  /** The words in the text that led to the guess (empty when the default was used). */
  matched: string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Term {
  theme: string;
  term: string;
  pattern: RegExp;
  weight: number;
}

const cache = new WeakMap<readonly Theme[], Term[]>();

function termsOf(themes: readonly Theme[]): Term[] {
  const known = cache.get(themes);
  if (known) return known;
  const terms: Term[] = [];
  for (const theme of themes) {
    const labelParts = theme.label.split(/,\s*|\s+and\s+/).map((part) => part.replace(/^the\s+/i, '').trim());
    const words = new Set([theme.label, ...labelParts, ...theme.synonyms].filter((w) => w.length >= 2));
    for (const term of words) {
      // Acronyms (LAC, CP, PEP) only match in capitals; words match in any case, plural or not.
      const acronym = /^[A-Z&]{2,5}s?$/.test(term);
      const pattern = acronym
        ? new RegExp(`(?<![\\w-])${escape(term)}(?![\\w-])`)
        : new RegExp(`(?<![\\w-])${escape(term.toLowerCase())}(?:s|es)?(?![\\w-])`, 'i');
      terms.push({ theme: theme.id, term, pattern, weight: term.split(/\s+/).length + (acronym ? 1 : 0) });
    }
  }
  cache.set(themes, terms);
  return terms;
}

export function guessThemes(text: string, themes: readonly Theme[], fallback: string, max = 3): ThemeGuess {
  const hits = new Map<string, Array<{ words: string; weight: number }>>();
  for (const term of termsOf(themes)) {
    const m = text.match(term.pattern);
    if (!m) continue;
    hits.set(term.theme, [...(hits.get(term.theme) ?? []), { words: m[0], weight: term.weight }]);
  }
  // "in care" inside "children in care" is one piece of evidence, not two.
  const scores = new Map<string, { score: number; matched: string[] }>();
  for (const [theme, found] of hits) {
    const distinct = found.filter(
      (hit, i) =>
        !found.some((other, j) => j !== i && other.words.length > hit.words.length && other.words.toLowerCase().includes(hit.words.toLowerCase())) &&
        found.findIndex((other) => other.words.toLowerCase() === hit.words.toLowerCase()) === i,
    );
    scores.set(theme, { score: distinct.reduce((sum, hit) => sum + hit.weight, 0), matched: distinct.map((hit) => hit.words) });
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1].score - a[1].score);
  const top = ranked[0]?.[1].score ?? 0;
  const chosen = ranked.filter(([, s]) => s.score * 2 >= top).slice(0, max);
  if (!chosen.length) return { themes: [fallback], matched: [] };
  return { themes: chosen.map(([id]) => id), matched: chosen.flatMap(([, s]) => s.matched) };
}
