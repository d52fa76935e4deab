/**
 * "Good", "requires improvement", "SIF": a grade or framework written as the paper writes it
 * fails the schema (ids are lower case), and the message names the id that was meant.
 */
import { expect, it } from 'vitest';
import { checkDraft, importFrom, librarySources } from '../support/authoring.ts';

const sources = librarySources();
const draft = importFrom('northmoor-inspection.txt', sources);

it('suggests the grade id and the framework id', () => {
  const text = draft.text
    .replace('grade: requires-improvement', 'grade: requires improvement')
    .replace('grade: inadequate', 'grade: Good')
    .replace('framework: ilacs', 'framework: SIF');
  expect(checkDraft(sources, { file: draft.file, text })).toMatchInlineSnapshot(`
    [
      "content/reviews/northmoor/2019-09-inspection.mdx:18:12  framework  must be a framework id such as "sif" (did you mean "sif"?)",
      "content/reviews/northmoor/2019-09-inspection.mdx:46:12  judgements[0].grade  must be a grade id in lower case, such as "requires-improvement" (did you mean "requires-improvement"?)",
      "content/reviews/northmoor/2019-09-inspection.mdx:50:12  judgements[1].grade  must be a grade id in lower case, such as "requires-improvement" (did you mean "good"?)",
    ]
  `);
});
