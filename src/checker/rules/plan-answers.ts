import { nearest } from '../suggest.ts';
import type { Problem } from '../problem.ts';
import type { Rule } from './rule.ts';

export const planAnswers: Rule = {
  id: 'plan-answers',
  description: "The reviews a plan answers are in the library and are of its own council, unless the plan says why (`answersOtherCouncil`).",
  check(context) {
    const problems: Problem[] = [];
    for (const plan of context.plans.values()) {
      plan.data.answers.forEach((reviewId, i) => {
        const review = context.reviews.get(reviewId);
        if (!review) {
          problems.push(context.at(plan, ['answers', i], `"${reviewId}" is not a review in the library`, { suggestion: nearest(reviewId, [...context.reviews.keys()]) }));
        } else if (review.data.authority !== plan.data.authority && !plan.data.answersOtherCouncil) {
          problems.push(context.at(plan, ['answers', i], `is a review of ${review.data.authority}, but this plan is ${plan.data.authority}'s: its actions would change another council's recommendation statuses`, {
            fix: 'answer your own council\'s review, or say why this plan answers another council\'s under `answersOtherCouncil:`',
          }));
        }
      });
    }
    return problems;
  },
};
