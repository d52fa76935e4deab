import type { Problem } from '../problem.ts';
import { nearest } from '../suggest.ts';
import type { Rule } from './rule.ts';

export const followUps: Rule = {
  id: 'follow-ups',
  description: 'A review that follows another (a monitoring visit of an inspection) follows a review of the same council in the library.',
  check(context) {
    const problems: Problem[] = [];
    for (const review of context.reviews.values()) {
      const { follows, authority } = review.data;
      if (!follows) continue;
      const followed = context.reviews.get(follows);
      if (!followed) {
        problems.push(context.at(review, ['follows'], `"${follows}" is not a review in the library`, { suggestion: nearest(follows, [...context.reviews.keys()]) }));
      } else if (followed.data.authority !== authority) {
        problems.push(context.at(review, ['follows'], `refers to a review of ${followed.data.authority}, not ${authority}`));
      }
    }
    return problems;
  },
};
