import { nearest } from '../suggest.ts';
import type { Rule } from './rule.ts';

export const actionPriorities: Rule = {
  id: 'action-priorities',
  description: "Every action sits under one of its plan's priorities.",
  check(context) {
    return [...context.plans.values()].flatMap((plan) => {
      const priorityIds = new Set(plan.data.priorities.map((p) => p.id));
      return plan.data.actions.flatMap((action, i) =>
        priorityIds.has(action.priority)
          ? []
          : [context.at(plan, ['actions', i, 'priority'], `"${action.priority}" is not a priority of this plan`, {
              fix: `use one of ${[...priorityIds].join(', ')}`,
              suggestion: nearest(action.priority, [...priorityIds]),
            })],
      );
    });
  },
};
