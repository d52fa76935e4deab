import { kindFamily, sameInspection } from '../same-inspection.ts';
import type { ReviewData } from '../../schemas/review.ts';
import type { Indexed } from '../context.ts';
import type { Problem } from '../problem.ts';
import type { Rule } from './rule.ts';

const span = (data: ReviewData) => (data.fieldwork.to ? `${data.fieldwork.from} to ${data.fieldwork.to}` : data.fieldwork.from);

export const oneDocumentPerInspection: Rule = {
  id: 'one-document-per-inspection',
  description: 'One inspection or visit is one document: no two reviews of a council whose kinds are of one family (`REVIEW_KINDS`) and whose fieldwork overlaps.',
  check(context) {
    const problems: Problem[] = [];
    const reviews = [...context.reviews.values()].sort((a, b) => a.id.localeCompare(b.id));
    for (const group of Map.groupBy(reviews, (review) => review.data.authority).values()) {
      for (const [i, first] of group.entries()) {
        for (const second of group.slice(i + 1)) {
          if (!sameInspection(first.data, second.data)) continue;
          // The problem goes on the copy read from a published file (the ingest's), so the document others cite stays.
          const [kept, extra]: [Indexed<ReviewData>, Indexed<ReviewData>] = first.data.source.sha256 && !second.data.source.sha256 ? [second, first] : [first, second];
          const family = kindFamily(extra.data.kind).replace(/-/g, ' ');
          problems.push(
            context.at(extra, ['fieldwork', 'from'], `records the same ${family} as ${kept.file} (${kept.data.kind}, fieldwork ${span(kept.data)}): one council, one kind of ${family}, overlapping fieldwork`, {
              fix: `keep one document per ${family}: carry what only ${extra.file} holds into ${kept.file} (a published report's address and SHA-256 go under \`report\`), then delete ${extra.file}`,
            }),
          );
        }
      }
    }
    return problems;
  },
};
