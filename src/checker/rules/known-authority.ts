import type { Rule } from './rule.ts';

export const knownAuthority: Rule = {
  id: 'known-authority',
  description: "Every document names an authority from the vocabulary and sits in that authority's folder.",
  check(context) {
    return context.docs.flatMap((doc) => {
      const { authority } = doc.data as { authority?: string };
      if (typeof authority !== 'string') return [];
      if (!context.authorityIds.has(authority)) {
        const found = context.unknownAuthority(authority);
        return [context.at(doc, ['authority'], found.message, { fix: found.fix, suggestion: found.suggestion })];
      }
      const folder = doc.id.split('/')[0];
      if (folder === authority) return [];
      return [context.at(doc, ['authority'], `is "${authority}" but the file is in the folder "${folder}"`, {
        fix: `move the file to content/${doc.kind.collection}/${authority}/ or correct the authority`,
      })];
    });
  },
};
