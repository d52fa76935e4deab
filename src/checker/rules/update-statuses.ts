import { nearest } from '../suggest.ts';
import type { Problem } from '../problem.ts';
import type { Rule } from './rule.ts';

export const updateStatuses: Rule = {
  id: 'update-statuses',
  description: "An update rates only its plan's actions, each once, and counts only its plan's priorities.",
  check(context) {
    const problems: Problem[] = [];
    for (const update of context.updates) {
      const plan = context.plans.get(update.data.plan);
      if (!plan) continue;
      const actions = new Set(plan.data.actions.map((a) => a.id));
      const priorities = new Set(plan.data.priorities.map((p) => p.id));
      const seen = new Set<string>();
      update.data.statuses.forEach((status, i) => {
        if (!actions.has(status.action)) {
          problems.push(context.at(update, ['statuses', i, 'action'], `"${status.action}" is not an action of ${update.data.plan}`, {
            fix: 'add the action to the plan first, or correct its number',
            suggestion: nearest(status.action, [...actions]),
          }));
        }
        if (seen.has(status.action)) problems.push(context.at(update, ['statuses', i, 'action'], `"${status.action}" has two statuses in this update`, { fix: 'keep one' }));
        seen.add(status.action);
      });
      update.data.declared?.byPriority?.forEach((row, i) => {
        if (!priorities.has(row.priority)) {
          problems.push(context.at(update, ['declared', 'byPriority', i, 'priority'], `"${row.priority}" is not a priority of ${update.data.plan}`, { suggestion: nearest(row.priority, [...priorities]) }));
        }
      });
    }
    return problems;
  },
};
