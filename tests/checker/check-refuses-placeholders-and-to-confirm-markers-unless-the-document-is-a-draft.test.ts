/**
 * A draft may hold placeholders and TO CONFIRM markers while its author works; once the
 * `draft: true` line is deleted, the checker refuses every one left, at its line and column.
 */
import { describe, expect, it } from 'vitest';
import { checkDraft, importFrom, librarySources } from '../support/authoring.ts';

const sources = librarySources();
const draft = importFrom('northmoor-inspection.txt', sources);
/**
 * The same draft with its draft line deleted and its work done but for four things: the
 * title's and the authority's TO CONFIRM comments, the summary's placeholder and the last
 * paragraph's (the opening comment, which explains the markers, stays).
 */
const undrafted = (() => {
  const lines = draft.text.split('\n').filter((line) => !/^draft: true/.test(line));
  const opening = lines.findIndex((line, i) => i > 0 && !line.startsWith('#'));
  const firstMarker = lines.findIndex((line, i) => i >= opening && /#.*TO CONFIRM/.test(line));
  const placeholders = lines.flatMap((line, i) => (i >= opening && /Replace with/.test(line) ? [i] : []));
  const keep = new Set([firstMarker, placeholders[0], placeholders.at(-1)]);
  const text = lines
    .map((line, i) => (keep.has(i) || i < opening ? line : line.replace(/\s*# TO CONFIRM.*$/, '').replace(/Replace with[^"]*/, 'Done.')))
    .join('\n');
  return { file: draft.file, text };
})();

describe('a document with placeholders or TO CONFIRM markers', () => {
  it('passes while it says `draft: true`', () => {
    expect(draft.text).toMatch(/^draft: true/m);
    expect(checkDraft(sources, draft)).toEqual([]);
  });

  it('is refused once the draft line is deleted, each marker at its line and field', () => {
    expect(checkDraft(sources, undrafted)).toMatchInlineSnapshot(`
      [
        "content/reviews/northmoor/2019-09-inspection.mdx:8:3  title  a "TO CONFIRM" marker is left in a document that is not a draft — check the value against the paper, correct it, then delete the marker (or add \`draft: true\` while you work)",
        "content/reviews/northmoor/2019-09-inspection.mdx:10:3  authority  a "TO CONFIRM" marker is left in a document that is not a draft — check the value against the paper, correct it, then delete the marker (or add \`draft: true\` while you work)",
        "content/reviews/northmoor/2019-09-inspection.mdx:39:11  summary  a placeholder ("Replace with …") is left in a document that is not a draft — write the real value (or add \`draft: true\` while you work)",
        "content/reviews/northmoor/2019-09-inspection.mdx:123:1  (text)  a placeholder ("Replace with …") is left in a document that is not a draft — write the real value (or add \`draft: true\` while you work)",
      ]
    `);
  });
});
