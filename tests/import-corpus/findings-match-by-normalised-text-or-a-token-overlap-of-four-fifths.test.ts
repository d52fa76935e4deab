/**
 * Two finding texts are the same finding when they are equal once normalised (case, quotes,
 * dashes, list markers, end punctuation, spaces) or when at least four fifths of the words of
 * the longer one are shared; matching is one to one.
 */
import { describe, expect, it } from 'vitest';
import { MATCH_THRESHOLD, matchItems, normalise, sameDate, textSimilarity, tokenOverlap } from '../../src/importer/eval.ts';

describe('normalising', () => {
  it('ignores case, curly quotes, dashes, list markers and end punctuation', () => {
    expect(normalise('  1.  Ensure the child’s plan – “SMART”.  ')).toBe(normalise('ensure the child\'s plan - "smart"'));
    expect(normalise('• Data')).toBe('data');
    expect(normalise('(ii) reviewing quality assurance activity;')).toBe('reviewing quality assurance activity');
  });
});

describe('token overlap', () => {
  it('is the shared words over the words of the longer text', () => {
    expect(tokenOverlap('reviewing quality assurance activity', 'reviewing quality assurance activity')).toBe(1);
    expect(tokenOverlap('reviewing quality assurance activity', 'reviewing the quality assurance activity')).toBe(4 / 5);
    expect(tokenOverlap('data', 'developing live data reports')).toBe(1 / 4);
  });
  it('counts a repeated word once for each time both texts have it', () => {
    expect(tokenOverlap('plan plan plan', 'plan')).toBe(1 / 3);
  });
  it('matches at the threshold and not below it', () => {
    expect(MATCH_THRESHOLD).toBe(0.8);
    expect(textSimilarity('reviewing quality assurance activity', 'reviewing the quality assurance activity')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(textSimilarity('the social workers in school scheme had an impact', 'In particular, the Early Help Panel had been found to be well attended and the social workers in school scheme had been shown to have an impact.')).toBeLessThan(MATCH_THRESHOLD);
  });
});

describe('one-to-one matching', () => {
  it('pairs each truth item with at most one extracted item, best first', () => {
    const m = matchItems(['Improve assessments.', 'Reduce caseloads.'], ['Reduce caseloads', 'Improve assessments', 'Improve assessments'], textSimilarity);
    expect(m.pairs).toEqual([[0, 1], [1, 0]]);
    expect(m.missed).toEqual([]);
    expect(m.spurious).toEqual([2]);
  });
  it('leaves unmatched what scores below the threshold', () => {
    const m = matchItems(['Improve the timeliness of initial health assessments for children in care'], ['Improve assessments'], textSimilarity);
    expect(m).toEqual({ pairs: [], missed: [0], spurious: [0] });
  });
});

describe('dates', () => {
  it('agree at the precision the truth states', () => {
    expect(sameDate('2019-06', '2019-06-17')).toBe(true);
    expect(sameDate('2019-06-17', '2019-06')).toBe(false);
    expect(sameDate('2019-06', '2019-07')).toBe(false);
  });
});
