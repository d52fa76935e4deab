import type { Problem } from '../problem.ts';
import { nearest } from '../suggest.ts';
import type { Rule } from './rule.ts';

export const gradesOnScale: Rule = {
  id: 'grades-on-scale',
  description: "A review's framework is in the vocabulary, and every grade it gives is on that framework's own scale.",
  check(context) {
    const problems: Problem[] = [];
    for (const review of context.reviews.values()) {
      const data = review.data;
      const framework = data.framework ? context.frameworks.get(data.framework) : undefined;
      if (data.framework && !framework) {
        problems.push(context.at(review, ['framework'], `"${data.framework}" is not a framework`, {
          fix: 'use a framework id from content/vocabularies/frameworks.yaml',
          suggestion: nearest(data.framework, context.vocab.frameworks.map((f) => ({ value: f.id, aliases: [f.shortName, f.name] }))),
        }));
      }
      const grade = (path: PropertyKey[], id: string) => {
        if (!data.framework) {
          problems.push(context.at(review, path, 'is a grade, but the review names no framework', { fix: 'add `framework:` so the grade can be checked against its scale' }));
        } else if (framework && !framework.grades.some((g) => g.id === id)) {
          problems.push(context.at(review, path, `"${id}" is not on the ${framework.shortName} scale (${framework.grades.map((g) => g.id).join(', ')})`, {
            suggestion: nearest(id, framework.grades.map((g) => ({ value: g.id, aliases: [g.label] }))),
          }));
        }
      };
      data.judgements.forEach((j, i) => {
        grade(['judgements', i, 'grade'], j.grade);
        j.sub?.forEach((s, k) => grade(['judgements', i, 'sub', k, 'grade'], s.grade));
      });
      data.declaredGrades?.forEach((g, i) => grade(['declaredGrades', i, 'grade'], g.grade));
    }
    return problems;
  },
};
