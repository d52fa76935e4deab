/**
 * An invented peer challenge written differently from every seed: "Key Line of Enquiry n:"
 * headings, "Strengths" and "Areas for development" sub-headings over "•" bullets,
 * recommendations lettered "a)", a page footer in the middle of a sentence, and the
 * committee's own recommendations lettered "(a)" under "That the Committee:".
 */
import { describe, expect, it } from 'vitest';
import { checkDraft, importFrom, librarySources } from '../support/authoring.ts';

const sources = librarySources();
const result = importFrom('wexcombe-peer-review.txt', sources);
const { findings, metadata } = result.extracted;
const list = (name: string) => findings.items.filter((i) => i.list === name);
const countByKloe = (name: string) => list(name).map((i) => i.kloe).join(' ');

describe('a peer challenge organised by key line of enquiry', () => {
  it('finds the three KLOEs with their titles from the headings', () => {
    expect(findings.kloes).toEqual([
      { id: 'K1', title: 'How well do partners understand and apply thresholds?', line: 33 },
      { id: 'K2', title: 'Is early help effective in reducing the need for statutory services?', line: 52 },
      { id: 'K3', title: 'How well do leaders oversee the front door?', line: 66 },
    ]);
  });

  it('finds every strength, area and recommendation under its KLOE', () => {
    expect(countByKloe('strengths')).toBe('K1 K1 K1 K2 K2 K3 K3');
    expect(countByKloe('areasForImprovement')).toBe('K1 K1 K2 K3 K3');
    expect(countByKloe('recommendations')).toBe('K1 K1 K2 K2 K2 K3');
  });

  it('quotes items exactly, joining a sentence broken by a page footer', () => {
    expect(list('areasForImprovement')[1]).toMatchObject({
      text: 'The quality of referrals from GPs varies, and feedback to referrers is inconsistent.',
      line: 42,
      lastLine: 46,
    });
    expect(list('recommendations')[2]!.text).toBe('Introduce outcome measures in every early help plan and report on them to the Early Help Partnership Board.');
    expect(list('strengths')[0]!.text).toBe('Partners spoke positively about the Multi-Agency Safeguarding Hub and the speed of decisions made there.');
  });

  it("leaves out the committee's own recommendations", () => {
    expect(list('recommendations').some((r) => /notes the findings/.test(r.text))).toBe(false);
    expect(result.report.leftOut).toHaveLength(1);
  });

  it('reads the labelled header lines and the days on site', () => {
    expect(metadata.authority).toMatchObject({ value: 'wexcombe' });
    expect(metadata.authority?.notInVocabulary).toBeUndefined();
    expect(metadata.committee?.value).toBe("Children's Services Scrutiny Committee");
    expect(metadata.meetingDate?.value).toBe('2019-03-14');
    expect(metadata.reportNumber?.value).toBe('CSS/19/007');
    expect(metadata.title?.value).toBe('Peer Challenge of Early Help and the Front Door');
    expect(metadata.fieldwork?.value).toEqual({ from: '2019-02-04', to: '2019-02-06' });
    expect(metadata.conductedBy?.value).toBe('South West Region peer network');
    expect(result.file).toBe('content/reviews/wexcombe/2019-02-peer-review.mdx');
  });

  it("checks its counts against the paper's own", () => {
    expect(result.report.counts).toEqual([
      'KLOEs: the paper says 3 (line 29), found 3 ✓',
      'recommendations: the paper says 6 (line 81), found 6 ✓',
    ]);
  });

  it('drafts a document that passes the checker', () => {
    expect(checkDraft(sources, result)).toEqual([]);
  });
});
