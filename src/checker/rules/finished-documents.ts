import type { Problem } from '../problem.ts';
import type { Rule } from './rule.ts';

/** What a draft leaves to do: the scaffold's and the importer's placeholders, and the importer's markers. */
const UNFINISHED: Array<{ pattern: RegExp; what: string }> = [
  { pattern: /\bTO CONFIRM\b/, what: 'a "TO CONFIRM" marker' },
  { pattern: /\bReplace with\b/, what: 'a placeholder ("Replace with …")' },
  { pattern: /\breplace-with-[a-z-]+/, what: 'a placeholder id' },
];

/** The field a frontmatter line is about: the key on it; for a comment, the key it stands above. */
function fieldAt(lines: readonly string[], index: number): string {
  const key = (line: string) => line.match(/^\s*(?:-\s+)?([A-Za-z][\w.]*):(?:\s|$)/)?.[1];
  if (!/^\s*#/.test(lines[index]!)) return key(lines[index]!) ?? '-';
  for (let i = index + 1; i < lines.length; i++) {
    if (/^\s*#/.test(lines[i]!)) continue;
    return key(lines[i]!) ?? '-';
  }
  return '-';
}

export const finishedDocuments: Rule = {
  id: 'finished-documents',
  description: 'A document not marked `draft: true` has no placeholder ("Replace with …", replace-with-…) and no "TO CONFIRM" marker left, in its fields, comments or text.',
  check(context) {
    const problems: Problem[] = [];
    for (const doc of context.docs) {
      if (!doc.text || (doc.data as { draft?: boolean }).draft === true) continue;
      const parts = [
        { lines: doc.text.frontmatter.split('\n'), first: doc.text.frontmatterLine, body: false },
        { lines: doc.text.body.split('\n'), first: doc.text.bodyLine, body: true },
      ];
      for (const part of parts) {
        part.lines.forEach((line, index) => {
          // A comment is a marker when it starts with one; comments that explain the markers mention them in passing.
          const comment = !part.body && line.match(/^\s*#\s*/);
          if (comment && !UNFINISHED.some(({ pattern }) => new RegExp(`^${pattern.source}`).test(line.slice(comment[0].length)))) return;
          for (const { pattern, what } of UNFINISHED) {
            const m = line.match(pattern);
            if (!m) continue;
            problems.push({
              file: doc.file,
              line: part.first + index,
              column: m.index! + 1,
              field: part.body ? '(text)' : fieldAt(part.lines, index),
              message: `${what} is left in a document that is not a draft`,
              fix: m[0] === 'TO CONFIRM' ? 'check the value against the paper, correct it, then delete the marker (or add `draft: true` while you work)' : 'write the real value (or add `draft: true` while you work)',
            });
            break;
          }
        });
      }
    }
    return problems;
  },
};
