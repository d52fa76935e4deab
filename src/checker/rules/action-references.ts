import { nearest } from '../suggest.ts';
import type { Problem } from '../problem.ts';
import type { Rule } from './rule.ts';

export const actionReferences: Rule = {
  id: 'action-references',
  description: "Every finding an action answers exists, can be answered (not a strength), and belongs to a review the plan lists under `answers`.",
  check(context) {
    const problems: Problem[] = [];
    for (const plan of context.plans.values()) {
      plan.data.actions.forEach((action, i) => {
        action.addresses.forEach((ref, k) => {
          const [docId, itemId] = ref.split('#') as [string, string];
          const items = context.addressable.get(docId);
          const path = ['actions', i, 'addresses', k];
          if (!items) {
            problems.push(context.at(plan, path, `refers to "${docId}", which is not a review in the library`, {
              fix: 'write references as "<review id>#<item id>"',
              suggestion: nearest(docId, [...context.addressable.keys()])?.concat(`#${itemId}`),
            }));
            return;
          }
          const type = items.get(itemId);
          if (!type) {
            const candidates = [...items].filter(([, t]) => t !== 'strength').map(([id]) => id);
            const near = nearest(itemId, candidates);
            problems.push(context.at(plan, path, `refers to "${itemId}", which is not an item of ${docId}`, { suggestion: near ? `${docId}#${near}` : undefined }));
          } else if (type === 'strength') {
            problems.push(context.at(plan, path, `refers to a strength; actions answer recommendations or areas for improvement`));
          } else if (!plan.data.answers.includes(docId)) {
            problems.push(context.at(plan, path, `refers to ${docId}, which this plan does not list under \`answers\``, { fix: `add "${docId}" to answers` }));
          }
        });
      });
    }
    return problems;
  },
};
