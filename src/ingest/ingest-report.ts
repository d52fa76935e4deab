/** The ingest's own report, in Markdown: counts, the documents kept, and every report not kept with its reason. */
import type { IngestedReport } from './ingest.ts';

export function ingestReport(results: readonly IngestedReport[], run: { folder: string; seconds: number }): string {
  const kept = results.filter((r) => r.file);
  const inLibrary = results.filter((r) => r.inLibrary);
  const notKept = results.filter((r) => !r.file && !r.inLibrary);
  const read = results.filter((r) => r.record);
  const byKind = new Map<string, number>();
  for (const r of kept) byKind.set(r.record!.kind, (byKind.get(r.record!.kind) ?? 0) + 1);
  const count = (list: readonly IngestedReport[], key: 'recommendations' | 'areasForImprovement' | 'strengths') => list.reduce((n, r) => n + r.record![key].length, 0);
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
  return [
    '# Ofsted reports ingested',
    '',
    `Made by \`npm run ingest\` from the folder \`${run.folder}\` (${results.length} report PDFs) in ${Math.round(run.seconds)} s.`,
    'Ofsted\'s reports are Crown copyright: contains public sector information licensed under the Open Government Licence v3.0.',
    '',
    '| | reports |',
    '|---|---:|',
    `| PDFs found | ${results.length} |`,
    `| read (a record was made) | ${read.length} |`,
    `| documents written (read, and passed the checker) | ${kept.length} |`,
    `| already in the library as a hand-written document | ${inLibrary.length} |`,
    `| not written for another reason | ${notKept.length} |`,
    '',
    '| kind | documents |',
    '|---|---:|',
    ...[...byKind.entries()].sort().map(([kind, n]) => `| ${kind} | ${n} |`),
    '',
    `The documents hold ${kept.reduce((n, r) => n + r.record!.judgements.reduce((m, j) => m + 1 + (j.sub?.length ?? 0), 0), 0)} judgements, ${count(kept, 'recommendations')} recommendations, ${count(kept, 'areasForImprovement')} areas for improvement and ${count(kept, 'strengths')} strengths.`,
    '',
    '## Reports already in the library',
    '',
    'Inspections the library records in a document written by hand from the council\'s papers: one inspection is one document, so the report is not written again. That document names the report under `report`, and `npm run ingest -- --verify` compares its judgements with the statistics.',
    '',
    ...(inLibrary.length ? ['| report | document | reason |', '|---|---|---|', ...inLibrary.map((r) => `| ${cell(r.pdf)} | ${r.inLibrary} | ${cell(r.reason ?? '')} |`)] : ['None.']),
    '',
    '## Reports not written',
    '',
    ...(notKept.length ? ['| report | reason |', '|---|---|', ...notKept.map((r) => `| ${cell(r.pdf)} | ${cell(r.reason ?? 'unknown')} |`)] : ['None.']),
    '',
  ].join('\n');
}
