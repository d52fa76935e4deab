/**
 * The benchmark's result record and its table. Pure. The field names of `BenchResult` are
 * the public contract of `results.json` (one object per corpus size).
 */

export interface BenchResult {
  /** Documents in the corpus (reviews, plans and updates). */
  documents: number;
  /** Findings (strengths, areas for improvement, recommendations) plus plan actions. */
  findings: number;
  /** Wall time of the whole real pipeline: check, astro build, Pagefind, swap. */
  buildSeconds: number | null;
  /** The checker's share of it. */
  checkSeconds: number | null;
  /** Peak resident memory of the largest process of the build (the Astro build, in practice). */
  peakRssMB: number | null;
  /** HTML files in the built site. */
  pages: number | null;
  /** Bytes of the whole built site, search index included. */
  distBytes: number | null;
  /** Bytes of the search index (`dist/pagefind`). */
  indexBytes: number | null;
  /** Wall time of the bare stack (minimal Astro + MDX site and Pagefind) over the same documents. */
  floorSeconds: number | null;
  /** buildSeconds / floorSeconds. */
  floorRatio: number | null;
  /** Median bytes fetched from /pagefind/ per search, cold cache. */
  queryBytes: number | null;
  /** Median time from the start of a search to the first result's data, cold cache. */
  firstResultMs: number | null;
  /** Bytes transferred (gzip) to show one review page, search excluded. */
  reviewPageBytes: number | null;
  /** The same for one plan page. */
  planPageBytes: number | null;
}

export const RESULT_FIELDS: ReadonlyArray<keyof BenchResult> = [
  'documents',
  'findings',
  'buildSeconds',
  'checkSeconds',
  'peakRssMB',
  'pages',
  'distBytes',
  'indexBytes',
  'floorSeconds',
  'floorRatio',
  'queryBytes',
  'firstResultMs',
  'reviewPageBytes',
  'planPageBytes',
];

export function median(values: number[]): number {
  if (values.length === 0) throw new Error('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;
export { round };

const n = (value: number | null, format: (v: number) => string) => (value === null ? '–' : format(value));
const int = (v: number) => Math.round(v).toLocaleString('en-GB');
const fixed = (places: number) => (v: number) => v.toFixed(places);
const mb = (v: number) => (v / 2 ** 20).toFixed(1);
const kb = (v: number) => (v / 1024).toFixed(1);

/** A Markdown table of the results, one row per size. */
export function formatTable(results: BenchResult[]): string {
  const columns: Array<[string, (r: BenchResult) => string]> = [
    ['documents', (r) => int(r.documents)],
    ['findings + actions', (r) => int(r.findings)],
    ['pages', (r) => n(r.pages, int)],
    ['build s', (r) => n(r.buildSeconds, fixed(1))],
    ['check s', (r) => n(r.checkSeconds, fixed(1))],
    ['floor s', (r) => n(r.floorSeconds, fixed(1))],
    ['build / floor', (r) => n(r.floorRatio, fixed(1))],
    ['peak RSS MB', (r) => n(r.peakRssMB, int)],
    ['dist MB', (r) => n(r.distBytes, mb)],
    ['index MB', (r) => n(r.indexBytes, mb)],
    ['query KB', (r) => n(r.queryBytes, kb)],
    ['first result ms', (r) => n(r.firstResultMs, int)],
    ['review page KB', (r) => n(r.reviewPageBytes, kb)],
    ['plan page KB', (r) => n(r.planPageBytes, kb)],
  ];
  const header = `| ${columns.map(([name]) => name).join(' | ')} |`;
  const rule = `|${columns.map(() => '---:|').join('')}`;
  const rows = results.map((r) => `| ${columns.map(([, cell]) => cell(r)).join(' | ')} |`);
  return [header, rule, ...rows].join('\n');
}
