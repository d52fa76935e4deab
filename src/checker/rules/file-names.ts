import type { Rule } from './rule.ts';

export const fileNames: Rule = {
  id: 'file-names',
  description: "A document's file name follows its kind's naming rule (reviews by fieldwork month and kind, updates by asOf month).",
  check({ docs }) {
    return docs.flatMap((doc) => {
      const advice = doc.kind.checkName(doc.id.split('/').slice(1).join('/'), doc.data as never);
      return advice ? [{ file: doc.file, line: 1, column: 1, field: '-', ...advice }] : [];
    });
  },
};
