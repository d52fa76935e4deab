/**
 * The checker's messages are user interface: each broken example fails with its file,
 * line, column, field and a fix, pinned here so that a change of wording is a decision.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenCases, caseFiles, checkCase, checkWithLibrary, fixturesRoot } from './support/fixtures.ts';
import { loadBundledLibrary } from './support/library.ts';

describe('the bundled library', () => {
  it('every document in content/ passes the checker', () => {
    const { problems, documentCount } = loadBundledLibrary();
    expect(problems).toEqual([]);
    expect(documentCount).toBeGreaterThanOrEqual(17);
  });

  it('the valid example passes, so each broken example fails only for its own reason', () => {
    expect(checkWithLibrary(caseFiles(path.join(fixturesRoot, 'valid')))).toEqual([]);
  });
});

describe('broken documents are reported with file, line, column and field', () => {
  it('covers every case in tests/fixtures/broken', () => {
    expect(brokenCases).toEqual([
      'dangling-reference',
      'dates-out-of-order',
      'duplicate-id',
      'grade-off-scale',
      'malformed-yaml',
      'missing-field',
      'several-problems',
      'unknown-action',
      'unknown-authority',
      'unknown-key',
      'unknown-theme',
      'unreadable-due',
      'wrong-type',
    ]);
  });

  it('a missing required field names the field to add', () => {
    expect(checkCase('missing-field')).toMatchInlineSnapshot(`
      [
        "content/reviews/bromley/2019-01-inspection.mdx:2:1  summary  is required but missing — add \`summary:\` (must be text)",
      ]
    `);
  });

  it('a value of the wrong type says what was expected', () => {
    expect(checkCase('wrong-type')).toMatchInlineSnapshot(`
      [
        "content/reviews/bromley/2019-01-inspection.mdx:29:13  recommendations[0].themes  must be a list (write [first, second] or one "- item" per line), not the text "supervision"",
      ]
    `);
  });

  it('a misspelt frontmatter key is reported at its line with the right spelling', () => {
    expect(checkCase('unknown-key')).toMatchInlineSnapshot(`
      [
        "content/reviews/bromley/2019-01-inspection.mdx:26:1  recomendations  is not a field of a review — rename it (did you mean "recommendations"?)",
      ]
    `);
  });

  it('an unknown theme suggests the nearest theme', () => {
    expect(checkCase('unknown-theme')).toMatchInlineSnapshot(`
      [
        "content/reviews/bromley/2019-01-inspection.mdx:29:14  recommendations[0].themes[0]  "supervison" is not a theme — use a theme id from content/vocabularies/themes.yaml (did you mean "supervision"?)",
      ]
    `);
  });

  it('an unknown authority suggests the nearest authority', () => {
    expect(checkCase('unknown-authority')).toMatchInlineSnapshot(`
      [
        "content/reviews/bromly/2019-01-inspection.mdx:3:12  authority  "bromly" is not in the authorities vocabulary — use an authority slug from content/vocabularies/authorities.yaml (add the authority there if it is new) (did you mean "bromley"?)",
      ]
    `);
  });

  it('a dangling reference names the missing item and suggests the nearest valid reference', () => {
    expect(checkCase('dangling-reference')).toMatchInlineSnapshot(`
      [
        "content/plans/bromley/2019-03-improvement-plan.mdx:24:9  actions[0].addresses[0]  refers to "W9", which is not an item of bromley/2016-04-inspection (did you mean "bromley/2016-04-inspection#W1"?)",
        "content/plans/bromley/2019-03-improvement-plan.mdx:25:9  actions[0].addresses[1]  refers to "bromley/2016-04-inspecton", which is not a review in the library — write references as "<review id>#<item id>" (did you mean "bromley/2016-04-inspection#W1"?)",
      ]
    `);
  });

  it('a duplicate item id is reported where it is used the second time', () => {
    expect(checkCase('duplicate-id')).toMatchInlineSnapshot(`
      [
        "content/reviews/bromley/2019-01-inspection.mdx:27:9  recommendations[0].id  "S1" is used twice in this document (first at strengths[0]) — give every item its own id; published ids never change, so renumber only the new item",
      ]
    `);
  });

  it('dates out of order are reported on the later date', () => {
    expect(checkCase('dates-out-of-order')).toMatchInlineSnapshot(`
      [
        "content/reviews/bromley/2019-01-inspection.mdx:9:7  fieldwork.to  (2018-12-18) is before fieldwork.from (2019-01-07) — fieldwork must end after it starts",
      ]
    `);
  });

  it('a grade off the framework scale lists the scale and suggests a grade', () => {
    expect(checkCase('grade-off-scale')).toMatchInlineSnapshot(`
      [
        "content/reviews/bromley/2019-01-inspection.mdx:21:12  judgements[0].grade  "adequate" is not on the ILACS scale (outstanding, good, requires-improvement, inadequate) (did you mean "inadequate"?)",
      ]
    `);
  });

  it('malformed YAML is reported at the line where parsing failed', () => {
    expect(checkCase('malformed-yaml')).toMatchInlineSnapshot(`
      [
        "content/reviews/bromley/2019-01-inspection.mdx:17:10  -  is not valid YAML: this quoted text is never closed — add the closing " at the end of the text",
      ]
    `);
  });

  it('an update naming an action the plan lacks, and miscounting its reds, gets both problems', () => {
    expect(checkCase('unknown-action')).toMatchInlineSnapshot(`
      [
        "content/updates/bromley/2017-04-improvement-plan-update.mdx:16:13  statuses[1].action  "5.8.9" is not an action of bromley/2016-09-improvement-plan — add the action to the plan first, or correct its number (did you mean "5.8.2"?)",
        "content/updates/bromley/2017-04-improvement-plan-update.mdx:19:8  declared.red  declares 2 red actions but 1 status is red — list every red action under \`statuses\`, or correct the declared count",
      ]
    `);
  });

  it('a file with several problems gets every one of them in one run, each located', () => {
    expect(checkCase('several-problems')).toMatchInlineSnapshot(`
      [
        "content/reviews/bromley/2019-01-inspection.mdx:2:1  summary  is required but missing — add \`summary:\` (must be text)",
        "content/reviews/bromley/2019-01-inspection.mdx:4:7  kind  must be one of inspection, peer-review, diagnostic, monitoring-visit, focused-visit, thematic-review, standard-inspection, short-inspection, sif-inspection, re-inspection (did you mean "inspection"?)",
        "content/reviews/bromley/2019-01-inspection.mdx:9:7  fieldwork.to  must be a date written as YYYY, YYYY-MM or YYYY-MM-DD, in quotes",
        "content/reviews/bromley/2019-01-inspection.mdx:17:1  summry  is not a field of a review — rename it (did you mean "summary"?)",
        "content/reviews/bromley/2019-01-inspection.mdx:25:14  strengths[0].themes[0]  "treshold" is not a theme — use a theme id from content/vocabularies/themes.yaml (did you mean "thresholds"?)",
      ]
    `);
  });

  it('a due date the library cannot read asks for a month, range or year', () => {
    expect(checkCase('unreadable-due')).toMatchInlineSnapshot(`
      [
        "content/plans/bromley/2019-03-improvement-plan.mdx:21:10  actions[0].due  is not a due date the library can read: write a month ("Jan-17", "March 2017"), a range ("Jan-Mar 17") or a year ("2017")",
      ]
    `);
  });
});
