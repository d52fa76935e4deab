import type { Problem } from '../problem.ts';
import type { Indexed } from '../context.ts';
import type { UpdateData } from '../../schemas/update.ts';
import { nearest } from '../suggest.ts';
import type { Rule } from './rule.ts';

export const updatePlans: Rule = {
  id: 'update-plans',
  description: "An update reports on a plan in the library, of its own council, and is the only update of that plan at its date (updates are append-only history).",
  check(context) {
    const problems: Problem[] = [];
    const byPlanDate = new Map<string, Indexed<UpdateData>>();
    for (const update of context.updates) {
      const { plan: planId, authority, asOf } = update.data;
      const plan = context.plans.get(planId);
      if (!plan) {
        problems.push(context.at(update, ['plan'], `"${planId}" is not a plan in the library`, { suggestion: nearest(planId, [...context.plans.keys()]) }));
        continue;
      }
      if (plan.data.authority !== authority) {
        problems.push(context.at(update, ['authority'], `is "${authority}" but the plan belongs to "${plan.data.authority}"`));
      }
      const key = `${planId}@${asOf}`;
      const twin = byPlanDate.get(key);
      if (twin) {
        problems.push(context.at(update, ['asOf'], `is the same date as ${twin.file}, for the same plan`, { fix: 'updates are append-only history: one update per plan per date' }));
      }
      byPlanDate.set(key, update);
    }
    return problems;
  },
};
