import type { Problem } from '../problem.ts';
import type { Rule } from './rule.ts';

const statuses = (count: number) => `${count} ${count === 1 ? 'status is' : 'statuses are'} red`;

/**
 * Declared counts are the council's own figures: when an update also lists statuses, the two
 * must agree, or the derived tables would contradict the source.
 */
export const declaredCounts: Rule = {
  id: 'declared-counts',
  description: "An update's declared red counts, in total and by priority, agree with the statuses it lists.",
  check(context) {
    const problems: Problem[] = [];
    for (const update of context.updates) {
      const { declared, statuses: listed } = update.data;
      const plan = context.plans.get(update.data.plan);
      if (!plan || listed.length === 0 || !declared) continue;
      const priorityOf = new Map(plan.data.actions.map((a) => [a.id, a.priority]));
      const reds = listed.filter((s) => s.status === 'red');
      if (declared.red !== undefined && declared.red !== reds.length) {
        problems.push(context.at(update, ['declared', 'red'], `declares ${declared.red} red actions but ${statuses(reds.length)}`, {
          fix: 'list every red action under `statuses`, or correct the declared count',
        }));
      }
      declared.byPriority?.forEach((row, i) => {
        if (row.red === undefined) return;
        const count = reds.filter((s) => priorityOf.get(s.action) === row.priority).length;
        if (count !== row.red) problems.push(context.at(update, ['declared', 'byPriority', i, 'red'], `declares ${row.red} red actions for priority ${row.priority} but ${statuses(count)}`));
      });
    }
    return problems;
  },
};
