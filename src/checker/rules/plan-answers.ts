import { nearest } from '../suggest.ts';
import type { Rule } from './rule.ts';

export const planAnswers: Rule = {
  id: 'plan-answers',
  description: 'The reviews a plan answers are in the library.',
  check(context) {
    return [...context.plans.values()].flatMap((plan) =>
      plan.data.answers.flatMap((reviewId, i) =>
        context.reviews.has(reviewId) ? [] : [context.at(plan, ['answers', i], `"${reviewId}" is not a review in the library`, { suggestion: nearest(reviewId, [...context.reviews.keys()]) })],
      ),
    );
  },
};
