import type { Problem } from '../problem.ts';
import { outOfOrder } from '../context.ts';
import type { Rule } from './rule.ts';

export const datesInOrder: Rule = {
  id: 'dates-in-order',
  description: 'Dates follow each other: fieldwork before publication and committee papers; a plan after the reviews it answers; an update after its plan.',
  check(context) {
    const problems: Problem[] = [];
    for (const review of context.reviews.values()) {
      const { fieldwork, published, reportedIn } = review.data;
      problems.push(...outOfOrder(context, review, ['fieldwork', 'from'], fieldwork.from, ['fieldwork', 'to'], fieldwork.to, 'fieldwork must end after it starts'));
      problems.push(...outOfOrder(context, review, ['fieldwork', 'from'], fieldwork.from, ['published'], published, 'a review is published after its fieldwork'));
      reportedIn.forEach((paper, i) =>
        problems.push(...outOfOrder(context, review, ['fieldwork', 'from'], fieldwork.from, ['reportedIn', i, 'date'], paper.date, 'a committee cannot discuss a review before it happened')),
      );
    }
    for (const plan of context.plans.values()) {
      const { period, answers, published } = plan.data;
      problems.push(...outOfOrder(context, plan, ['period', 'from'], period?.from, ['period', 'to'], period?.to, 'the period must end after it starts'));
      answers.forEach((reviewId, i) => {
        const review = context.reviews.get(reviewId);
        if (review) problems.push(...outOfOrder(context, plan, ['answers', i], review.data.fieldwork.from, ['published'], published, 'a plan answers a review that came before it'));
      });
    }
    for (const update of context.updates) {
      const { asOf, reportedIn, plan } = update.data;
      reportedIn.forEach((paper, i) =>
        problems.push(...outOfOrder(context, update, ['asOf'], asOf, ['reportedIn', i, 'date'], paper.date, 'an update is reported after the date it is as at')),
      );
      const answered = context.plans.get(plan);
      if (answered) problems.push(...outOfOrder(context, update, ['plan'], answered.data.published, ['asOf'], asOf, 'an update cannot be as at a date before its plan was published'));
    }
    return problems;
  },
};
