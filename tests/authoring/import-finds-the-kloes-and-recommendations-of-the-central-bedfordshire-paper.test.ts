/**
 * The Central Bedfordshire paper (seed 001) sets out five KLOEs as a list of numerals and,
 * after each KLOE's findings, "The Peer Review team recommendations:" and a list. The
 * importer finds the 5 KLOEs and the 18 recommendations, 4, 4, 3, 4 and 3 by KLOE, in the
 * very words the library's editors quoted, leaves out the paper's own recommendations to
 * its panel, and drafts a document that passes the checker as written.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDraft, importFrom, librarySources, seedsRoot } from '../support/authoring.ts';
import { loadBundledLibrary } from '../support/library.ts';

const paper = path.join(seedsRoot, '001_672842a0ad98fe68.txt');
const sources = librarySources();
const result = importFrom(paper, sources);
const encoded = loadBundledLibrary().library.reviews.find((r) => r.id === 'central-bedfordshire/2018-11-peer-review')!.data;
const recommendations = result.extracted.findings.items.filter((i) => i.list === 'recommendations');

describe('seed 001, the Eastern Region peer review', () => {
  it('finds the five KLOEs, worded as the paper words them', () => {
    expect(result.extracted.findings.kloes.map((k) => [k.id, k.line])).toEqual([['K1', 39], ['K2', 40], ['K3', 41], ['K4', 42], ['K5', 43]]);
    expect(result.extracted.findings.kloes.map((k) => k.title)).toEqual(encoded.kloes.map((k) => k.title));
  });

  it('finds 18 recommendations grouped 4, 4, 3, 4, 3 by KLOE', () => {
    const byKloe = Object.groupBy(recommendations, (r) => r.kloe ?? '-');
    expect(Object.fromEntries(Object.entries(byKloe).map(([k, items]) => [k, items!.length]))).toEqual({ K1: 4, K2: 4, K3: 3, K4: 4, K5: 3 });
  });

  it('quotes each recommendation exactly as the library has it, under the same KLOE', () => {
    expect(recommendations.map((r) => [r.kloe, r.text])).toEqual(encoded.recommendations.map((r) => [r.kloe, r.text]));
    expect(recommendations[0]!.text).toBe('Use the insights from the pre-proceedings and legal tracking processes with Early Help services to further inform the targeted offer');
    expect(recommendations.at(-1)!.line).toBe(107);
  });

  it("leaves out the paper's own recommendations to the panel", () => {
    expect(recommendations.some((r) => r.text.startsWith('Note the contents'))).toBe(false);
    expect(result.report.leftOut).toEqual([{ line: 23, lastLine: 26, message: "the paper's own recommendations to its committee, not findings" }]);
  });

  it('reads the header and the fieldwork, counting the end of the three days', () => {
    const m = result.extracted.metadata;
    expect([m.authority?.value, m.committee?.value, m.meetingDate?.value, m.title?.value]).toEqual([
      'central-bedfordshire',
      'Corporate Parenting Panel',
      '2019-02-11',
      'Eastern Region Peer Review Looked After Children and Permanence',
    ]);
    expect(m.fieldwork?.value).toMatchObject({ from: '2018-11-27', to: '2018-11-29' });
    expect(result.file).toBe('content/reviews/central-bedfordshire/2018-11-peer-review.mdx');
  });

  it('reports the counts per list with their source lines, and offers the running text under each KLOE sentence by sentence', () => {
    const found = Object.fromEntries(result.report.found.map((e) => [e.label, e.value]));
    expect(found.KLOEs).toBe('5 (lines 39–43)');
    expect(found.recommendations).toBe('18: K1 4 (lines 56–59), K2 4 (lines 71–74), K3 3 (lines 85–87), K4 4 (lines 97–100), K5 3 (lines 104–105, 107)');
    expect(result.report.counts).toEqual(["KLOEs: the paper says 5 (line 38), found 5 ✓"]);
    expect(result.report.notPlaced.map((n) => n.message.split(' (')[0])).toEqual([
      'running text under K1: its 9 sentences are offered as findings',
      'running text under K2: its 8 sentences are offered as findings',
      'running text under K3: its 13 sentences are offered as findings',
      'running text under K4: its 10 sentences are offered as findings',
      'running text under K5: its 5 sentences are offered as findings',
    ]);
  });

  it('marks every extracted item for the author to confirm, with its source line', () => {
    expect(result.text).toContain('# TO CONFIRM (line 56): under K1; themes guessed from "Early Help", "pre-proceedings"');
    expect(result.text.match(/# TO CONFIRM \(line \d+\): under K\d; (?!a sentence)/g)).toHaveLength(18);
    expect(result.text.match(/# TO CONFIRM \(line \d+\): under K\d; a sentence of running text, taken for a strength/g)).toHaveLength(45);
  });

  it('drafts a document that passes the checker as written, in place of the encoded one', () => {
    expect(checkDraft(sources, result)).toEqual([]);
  });
});
