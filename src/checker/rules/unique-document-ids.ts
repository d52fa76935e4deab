import type { Indexed } from '../context.ts';
import type { Rule } from './rule.ts';

export const uniqueDocumentIds: Rule = {
  id: 'unique-document-ids',
  description: 'No two documents, of any kind, share an id (their path under the collection folder).',
  check({ docs }) {
    const owners = new Map<string, Indexed>();
    return docs.flatMap((doc) => {
      const previous = owners.get(doc.id);
      owners.set(doc.id, doc);
      if (!previous) return [];
      return [{
        file: doc.file, line: 1, column: 1, field: '-',
        message: `has the same document id "${doc.id}" as ${previous.file}`,
        fix: 'document ids must be unique across reviews and plans: rename one file',
      }];
    });
  },
};
