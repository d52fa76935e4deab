import { FINDING_TYPES } from '../../schemas/scales.ts';
import type { Problem } from '../problem.ts';
import { nearest } from '../suggest.ts';
import type { Rule } from './rule.ts';

export const findingsInKloes: Rule = {
  id: 'findings-in-kloes',
  description: 'A finding that names a key line of enquiry names one of its own review.',
  check(context) {
    const problems: Problem[] = [];
    for (const review of context.reviews.values()) {
      const kloeIds = new Set(review.data.kloes.map((k) => k.id));
      for (const { list } of FINDING_TYPES) {
        review.data[list].forEach((finding, i) => {
          if (!finding.kloe || kloeIds.has(finding.kloe)) return;
          problems.push(context.at(review, [list, i, 'kloe'], `"${finding.kloe}" is not a KLOE of this review`, {
            fix: kloeIds.size ? `use one of ${[...kloeIds].join(', ')}` : 'add the KLOE under `kloes:` first',
            suggestion: nearest(finding.kloe, [...kloeIds]),
          }));
        });
      }
    }
    return problems;
  },
};
