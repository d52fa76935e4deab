/**
 * `npm run import`: turns what the readers found in a paper into a draft document — a
 * review, a plan or an update — with every extracted value marked for the author to
 * confirm (`# TO CONFIRM (line N)`), placeholders where the paper says nothing, and a
 * report of what was found and what could not be placed. Pure: text in, text out.
 *
 * The draft is meant to pass the checker as written, so that confirming is all an author
 * must do: themes are guessed from the vocabulary (with a default), dates are kept in the
 * order the checker wants, and references point at documents that exist.
 */
import type { CheckedDocument, Collection, LibraryData } from '../schemas/kinds.ts';
import { nearest } from '../checker/suggest.ts';
import { documentPath, planFileName, planNameFromTitle, reviewName, updateFileName } from '../authoring/naming.ts';
import { BODIES, DRAFT, PLACEHOLDER, placeholderTheme } from '../authoring/scaffold.ts';
import { commentOnly, commented, flow, toDocument, type YamlMap, type YamlValue } from '../authoring/yaml.ts';
import { reviewKinds, type ReviewData } from '../schemas/review.ts';
import type { PlanData } from '../schemas/plan.ts';
import { paragraphActions, readActions, type ActionsResult, type ExtractedAction } from './actions.ts';
import { findDates } from './dates.ts';
import { readFindings, type ExtractedItem, type FindingList, type FindingsResult, type Note } from './findings.ts';
import { chooseFramework, gradesInProse, judgementsInProse, readJudgements, sameArea, type ExtractedJudgement } from './judgements.ts';
import { readLines, type SourceLine } from './lines.ts';
import { ragInProse, type RagProse } from './rag.ts';
import { readMetadata, tidyCaps, type PaperKind, type PaperMetadata } from './metadata.ts';
import { guessThemes } from './themes.ts';
import { decideKind, type DocumentKind } from './kind.ts';

export interface ImportOptions {
  /** The paper's file name, recorded as the source file. */
  fileName: string;
  /** The library as it stands: vocabularies to match against, documents to refer to. */
  library: LibraryData;
  /** `review`, `plan`, `update`, or a kind of review, when the guess should be overridden. */
  kind?: string;
  authority?: string;
  /** The plan an update reports on. */
  plan?: string;
  /** The review a plan answers. */
  answers?: string;
  /** The web address the paper was taken from: recorded as the source, and it names the council. */
  address?: string;
}

export interface ReportEntry {
  label: string;
  value: string;
}

export interface ImportReport {
  source: string;
  lineCount: number;
  /** What the draft is, e.g. "review (peer-review) of central-bedfordshire". */
  summary: string;
  /** Why it is drafted as that kind of document. */
  kind: string[];
  found: ReportEntry[];
  /** The paper's own counts against what was found. */
  counts: string[];
  notPlaced: Note[];
  leftOut: Note[];
  /** Things the author must do before the draft is right (or valid). */
  warnings: string[];
}

export interface ImportResult {
  collection: Collection;
  authority: string;
  /** Where the draft belongs by the naming convention, e.g. `content/reviews/x/2019-01-inspection.mdx`. */
  file: string;
  text: string;
  report: ImportReport;
  /** What was read, for tests and tools. */
  extracted: {
    metadata: PaperMetadata;
    findings: FindingsResult;
    judgements: ExtractedJudgement[];
    actions: ActionsResult;
    /** RAG counts and named red and amber items stated in words. */
    rag: RagProse;
  };
}

const LIST_PREFIX: Record<FindingList, string> = { strengths: 'S', areasForImprovement: 'A', recommendations: 'R' };
const LIST_NAME: Record<FindingList, string> = { strengths: 'strengths', areasForImprovement: 'areas for improvement', recommendations: 'recommendations' };

/** `56, 57, 58, 71` → "56–58, 71". */
/** "line 59" or "lines 56–59, 71". */
export function linesLabel(numbers: readonly number[]): string {
  const ranges = lineRanges(numbers);
  return /^\d+$/.test(ranges) ? `line ${ranges}` : `lines ${ranges}`;
}

export function lineRanges(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i]!;
    while (i + 1 < sorted.length && sorted[i + 1]! <= sorted[i]! + 1) i++;
    ranges.push(start === sorted[i] ? `${start}` : `${start}–${sorted[i]}`);
  }
  return ranges.join(', ');
}

const confirm = (line: number | undefined, extra?: string) =>
  `TO CONFIRM${line ? ` (line ${line})` : ''}${extra ? `: ${extra}` : ''}`;
const span = (from: number, to?: number) => (to && to !== from ? `lines ${from}–${to}` : `line ${from}`);

function isAfter(a: string, b: string): boolean {
  const start = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
  const end = (d: string) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);
  return start(a) > end(b);
}

const HEADER = (fileName: string) =>
  commentOnly(
    `Drafted by \`npm run import\` from ${fileName}. Nothing in it is confirmed yet.`,
    'Every value marked "TO CONFIRM (line N)" was read by a machine from line N of the paper:',
    'check it there, correct it, then delete the TO CONFIRM comment. Values starting',
    `"${PLACEHOLDER}" are placeholders to write. Findings and actions must keep the paper's exact`,
    'words; themes are guesses from content/vocabularies/themes.yaml. Then run `npm run check -- <this file>`.',
  );

interface Context {
  options: ImportOptions;
  lines: SourceLine[];
  metadata: PaperMetadata;
  findings: FindingsResult;
  judgements: ExtractedJudgement[];
  actions: ActionsResult;
  rag: RagProse;
  report: ImportReport;
  authority: string;
  authorityName?: string;
  meetingDate: string;
  /** Why the meeting date is a stand-in, when the paper gives none. */
  meetingStandIn?: string;
  fallbackTheme: string;
}

function themesFor(text: string, context: Context): { themes: string[]; comment: string } {
  const guess = guessThemes(text, context.options.library.themes, context.fallbackTheme);
  return {
    themes: guess.themes,
    comment: guess.matched.length ? `themes guessed from "${guess.matched.slice(0, 4).join('", "')}"` : `no theme words found: ${context.fallbackTheme} is a default`,
  };
}

function committeePaper(context: Context): YamlMap {
  const { metadata } = context;
  return {
    committee: metadata.committee
      ? commented(confirm(metadata.committee.line), metadata.committee.value)
      : commented('The paper names no committee that could be read.', `${PLACEHOLDER} the committee's name`),
    date: metadata.meetingDate
      ? commented(confirm(metadata.meetingDate.line, 'the meeting date'), context.meetingDate)
      : commented('TO CONFIRM: no meeting date was found; this date is a stand-in (see inferred).', context.meetingDate),
    reportNumber: metadata.reportNumber ? commented(confirm(metadata.reportNumber.line), metadata.reportNumber.value) : undefined,
    title: metadata.title ? commented(confirm(metadata.title.line, "the paper's title as printed"), metadata.title.value) : undefined,
    item: metadata.agendaItem ? commented(confirm(metadata.agendaItem.line), metadata.agendaItem.value) : undefined,
  };
}

function sourceOf(context: Context): YamlMap {
  const { metadata } = context;
  return {
    title: metadata.title ? commented(confirm(metadata.title.line), metadata.title.value) : `${PLACEHOLDER} the source document's title`,
    publisher: context.authorityName ?? `${PLACEHOLDER} the council that published the paper`,
    file: context.options.fileName,
    url: context.options.address,
  };
}

const SUMMARY = commented(
  "One paragraph in the library's own words, shown in lists and search results.",
  `${PLACEHOLDER} a one-paragraph summary in the library's own words.`,
);

function pageTitle(context: Context, fallback: string): YamlValue {
  const title = context.metadata.title;
  return title
    ? commented(confirm(title.line, 'the page title, from the paper\'s title: reword it as the library titles pages'), tidyCaps(title.value))
    : commented('TO CONFIRM: no title was found.', fallback);
}

// ---- reviews -------------------------------------------------------------------------

function reviewKindOf(context: Context): ReviewData['kind'] {
  const forced = context.options.kind;
  if (forced && (reviewKinds as readonly string[]).includes(forced)) return forced as ReviewData['kind'];
  const best = context.metadata.kinds.find((k) => k.kind !== 'progress')?.kind as PaperKind | undefined;
  return best && best !== 'progress' ? best : 'inspection';
}

/**
 * The review's own published report (an Ofsted report read from its PDF): it names who
 * conducted the review and gives its fieldwork, but no committee and no meeting. Then the
 * report is the source, published by that body, and no committee paper is needed.
 */
function isOwnReport(context: Context): boolean {
  const { metadata } = context;
  return !!metadata.conductedBy && !!metadata.fieldwork && !metadata.committee && !metadata.meetingDate && !metadata.reportNumber;
}

function draftReview(context: Context): { frontmatter: YamlMap; name: string } {
  const { metadata, findings, report, options } = context;
  const kind = reviewKindOf(context);
  const ownReport = isOwnReport(context);
  if (ownReport) {
    // The stand-in meeting date is not needed: there is no committee paper to date.
    report.warnings = report.warnings.filter((w) => !w.startsWith('no meeting date was found'));
    report.warnings.push(`no committee or meeting was found: drafted as ${metadata.conductedBy!.value}'s own published report (source.publisher "${metadata.conductedBy!.value}", no reportedIn); add the committee paper that reported it under reportedIn if there is one`);
  }
  const inferred: Record<string, string> = context.meetingStandIn && !ownReport ? { 'reportedIn[0].date': context.meetingStandIn } : {};

  // Fieldwork: as stated, or the meeting's year as a stand-in (said so, to reader and author).
  let fieldwork = metadata.fieldwork?.value;
  if (fieldwork && isAfter(fieldwork.from, context.meetingDate)) {
    report.warnings.push(`the fieldwork date read at line ${metadata.fieldwork!.line} (${fieldwork.from}) is after the meeting (${context.meetingDate}), so it was not used`);
    fieldwork = undefined;
  }
  const from = fieldwork?.from ?? context.meetingDate.slice(0, 4);
  if (!fieldwork) {
    inferred['fieldwork.from'] = context.meetingStandIn
      ? 'The paper gives no fieldwork dates and no meeting date; the year of the stand-in meeting date (see reportedIn[0].date) is used.'
      : 'The paper gives no fieldwork dates; the year of the committee meeting is used.';
    report.warnings.push('no fieldwork dates were found: fieldwork.from is the meeting\'s year, and the file name follows it');
  }
  if (fieldwork?.inferred) inferred['fieldwork.to'] = fieldwork.inferred;
  const published = metadata.published && !isAfter(from, metadata.published.value) ? metadata.published : undefined;

  // Judgements need a framework whose scale has their grades.
  let judgements = context.judgements;
  const year = Number(from.slice(0, 4));
  const framework = judgements.length || kind === 'inspection'
    ? chooseFramework(judgements, options.library.frameworks, metadata.framework?.value, year)
    : undefined;
  if (judgements.length && !framework) {
    report.warnings.push(`the grades at ${span(judgements[0]!.line, judgements.at(-1)!.line)} fit no framework in use in ${year}: they are left out; add them with \`framework:\` by hand`);
    judgements = [];
  }

  const kloeIds = new Set(findings.kloes.map((k) => k.id));
  for (const item of findings.items) {
    if (item.kloe && !kloeIds.has(item.kloe)) {
      findings.kloes.push({ id: item.kloe, line: item.leadIn });
      kloeIds.add(item.kloe);
    }
  }
  findings.kloes.sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)));

  const itemsOf = (list: FindingList): YamlValue[] =>
    findings.items
      .filter((item) => item.list === list)
      .map((item, index) => {
        const { themes, comment } = themesFor(item.text, context);
        return commented(confirm(item.line, `${item.kloe ? `under ${item.kloe}; ` : ''}${item.candidate ? `a sentence of running text, taken for ${list === 'strengths' ? 'a strength' : 'an area for improvement'} by its wording: keep it only if it is one; ` : ''}${comment}`), {
          id: `${LIST_PREFIX[list]}${index + 1}`,
          kloe: item.kloe,
          text: item.text,
          themes: flow(themes),
        });
      });

  const declared = findings.declaredRecommendations;
  const useDeclared = declared && !findings.items.some((i) => i.list === 'recommendations');
  const conductedBy = metadata.conductedBy
    ? commented(confirm(metadata.conductedBy.line), metadata.conductedBy.value)
    : ['inspection', 'monitoring-visit', 'focused-visit'].includes(kind)
      ? commented('TO CONFIRM: the paper does not say; Ofsted carries out these reviews.', 'Ofsted')
      : `${PLACEHOLDER} who conducted the review`;

  const frontmatter: YamlMap = {
    header: HEADER(options.fileName),
    draft: DRAFT,
    title: pageTitle(context, `${PLACEHOLDER} the page title`),
    authority: commented(authorityComment(context), context.authority),
    kind: commented(`TO CONFIRM: guessed from the words the paper uses most (one of ${reviewKinds.join(', ')})`, kind),
    conductedBy,
    framework: framework
      ? commented(metadata.framework?.value === framework ? confirm(metadata.framework.line) : `TO CONFIRM: the framework in use in ${year} whose scale has the grades read`, framework)
      : undefined,
    fieldwork: commented(
      fieldwork ? confirm(metadata.fieldwork!.line, 'the file is named by the month fieldwork began') : 'TO CONFIRM: no fieldwork dates were found; the meeting\'s year stands in (see inferred)',
      { from, to: fieldwork?.to },
    ),
    published: published ? commented(confirm(published.line), published.value) : undefined,
    reportedIn: ownReport ? undefined : [committeePaper(context)],
    source: ownReport
      ? { ...sourceOf(context), publisher: commented(`TO CONFIRM: the report is ${metadata.conductedBy!.value}'s own (line ${metadata.conductedBy!.line}), so it needs no committee paper`, metadata.conductedBy!.value) }
      : sourceOf(context),
    summary: SUMMARY,
    kloes: findings.kloes.map((k) =>
      commented(confirm(k.line), { id: k.id, title: k.title ?? `${PLACEHOLDER} the title of ${k.id} as the paper words it` }),
    ),
    judgements: judgements.map((j) =>
      commented(confirm(j.line, `grade "${j.stated}"`), {
        id: j.id,
        area: j.area,
        grade: j.grade,
        sub: j.sub?.map((s) => commented(confirm(s.line, `grade "${s.stated}"`), { id: s.id, area: s.area, grade: s.grade })),
      }),
    ),
    strengths: itemsOf('strengths'),
    areasForImprovement: itemsOf('areasForImprovement'),
    recommendations: itemsOf('recommendations'),
    declaredRecommendations: useDeclared
      ? commented(confirm(declared.line, 'the paper gives a count but not the texts'), {
          count: declared.count,
          breakdown: declared.breakdown?.map((b) => ({ label: b.label, count: b.count })),
          note: `The paper says: "${declared.sentence}"`,
        })
      : undefined,
    inferred: Object.keys(inferred).length ? commented('Facts inferred rather than stated: readers see these notes.', inferred) : undefined,
  };
  return { frontmatter, name: reviewName(from, kind) };
}

function authorityComment(context: Context): string {
  const found = context.metadata.authority;
  if (context.options.authority) return 'Given on the command line.';
  if (!found) return `TO CONFIRM: no council in content/vocabularies/authorities.yaml is named in the paper`;
  if (found.notInVocabulary) return confirm(found.line, `"${found.name}" is not in content/vocabularies/authorities.yaml: add it there`);
  return found.from ? `TO CONFIRM: ${found.name}, from ${found.from}` : confirm(found.line, found.name);
}

// ---- plans and updates ----------------------------------------------------------------

/**
 * The plan a progress report is about: the one of its council sharing most action numbers
 * with it, else the one whose title the paper's title or most-named plan repeats.
 */
function matchPlan(context: Context): { plan: CheckedDocument<PlanData>; why: string } | undefined {
  const { library } = context.options;
  const ids = new Set(context.actions.actions.map((a) => a.id));
  const plans = library.plans.filter((p) => p.data.authority === context.authority);
  let best: { plan: CheckedDocument<PlanData>; overlap: number } | undefined;
  for (const candidate of plans) {
    const overlap = candidate.data.actions.filter((a) => ids.has(a.id)).length;
    if (overlap > (best?.overlap ?? 0)) best = { plan: candidate, overlap };
  }
  if (best) return { plan: best.plan, why: `the plan of ${context.authority} sharing most action numbers with the paper (${best.overlap})` };
  const named = [context.metadata.title?.value, planTitle(context.lines)].filter((t): t is string => !!t).map((t) => t.toLowerCase());
  const byTitle = plans.find((p) => named.some((t) => t.includes(p.data.title.toLowerCase())));
  return byTitle ? { plan: byTitle, why: `the plan of ${context.authority} whose title the paper gives ("${byTitle.data.title}")` } : undefined;
}

/** "Children's Services Improvement Plan": the plan the paper names most. */
function planTitle(lines: readonly SourceLine[]): string | undefined {
  const counts = new Map<string, number>();
  for (const line of lines) {
    for (const m of line.text.matchAll(/\b((?:[A-Z][\w'’&-]*\s+){0,4}(?:Improvement|Action|Development|Recovery)\s+(?:Action\s+)?Plan)\b/g)) {
      const title = m[1]!.replace(/^(?:The|Our|This|Draft|Final|Its|A)\s+/, '');
      counts.set(title, (counts.get(title) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]?.[0];
}

function statusComments(actions: readonly ExtractedAction[]): string[] {
  const rated = actions.filter((a) => a.status);
  if (!rated.length) return [];
  return [
    'Statuses the paper gives (for an update: once this plan is in the library, run',
    '`npm run import -- <paper> --plan <this plan\'s id>` to draft it):',
    ...rated.map((a) => `  ${a.id}: ${a.status} (line ${a.statusLine})${a.statusInferred ? ' — inferred' : ''}`),
  ];
}

function draftPlan(context: Context): { frontmatter: YamlMap; name: string } {
  const { options, actions, report } = context;
  const library = options.library;
  const reviews = library.reviews.filter((r) => r.data.authority === context.authority && !isAfter(r.data.fieldwork.from, context.meetingDate));
  const answered = options.answers
    ? library.reviews.find((r) => r.id === options.answers)
    : reviews.sort((a, b) => Number(b.data.kind === 'inspection') - Number(a.data.kind === 'inspection') || b.data.fieldwork.from.localeCompare(a.data.fieldwork.from))[0];
  if (!answered) {
    report.warnings.push(
      options.answers
        ? `--answers ${options.answers} is not a review in the library${nearest(options.answers, library.reviews.map((r) => r.id)) ? ` (did you mean "${nearest(options.answers, library.reviews.map((r) => r.id))}"?)` : ''}`
        : `no review of ${context.authority} is in the library for the plan to answer: add the review first (npm run import its paper, or npm run new), then set \`answers\``,
    );
  }
  const answersId = answered?.id ?? `${context.authority}/replace-with-the-review-id`;
  // The plan's own date is seldom in a progress report: the answered review's publication stands in.
  const published = (answered?.data.published ?? answered?.data.fieldwork.to ?? answered?.data.fieldwork.from ?? context.meetingDate).slice(0, 7);
  const title = planTitle(context.lines) ?? 'Improvement plan';
  const authority = library.authorities.find((a) => a.id === context.authority);
  const name = planNameFromTitle(title, authority ? [authority.shortName] : []);

  const priorityIds = [...new Set([...actions.priorities.map((p) => p.id), ...actions.actions.map((a) => a.priority!)])].sort((a, b) => Number(a) - Number(b));
  const priorities = priorityIds.map((id) => {
    const found = actions.priorities.find((p) => p.id === id);
    return found?.title
      ? commented(confirm(found.line), { id, title: found.title })
      : commented('TO CONFIRM: no readable title was found for this priority.', { id, title: `${PLACEHOLDER} the title of priority ${id}` });
  });
  const items = answered ? [...answered.data.recommendations, ...answered.data.areasForImprovement] : [];
  const actionItems = actions.actions.map((action) => {
    const { themes, comment } = themesFor(action.text ?? '', context);
    const notes = [
      confirm(action.line, comment),
      ...(action.unreadableDue ? [`the paper gives the due date as "${action.unreadableDue}", which the library cannot read: write it as "Jan-17", "Jan-Mar 17" or "March 2017"`] : []),
      ...(!action.text ? ['only the number was found (in a note or a sentence): add the text from the plan'] : []),
    ];
    return commented(notes, {
      id: action.id,
      priority: action.priority!,
      text: action.text,
      due: action.due,
      owner: action.owner,
      themes: flow(themes),
      addresses: commented(['TO CONFIRM: the findings this action answers, e.g.', ...items.slice(0, 3).map((i) => `  - ${answersId}#${i.id}`)], []),
    });
  });

  const frontmatter: YamlMap = {
    header: HEADER(options.fileName),
    draft: DRAFT,
    title: commented(
      planTitle(context.lines) ? 'TO CONFIRM: the plan the paper names most often' : 'TO CONFIRM: the paper names no plan; this is a stand-in',
      title,
    ),
    authority: commented(authorityComment(context), context.authority),
    answers: commented(
      answered
        ? `TO CONFIRM: ${options.answers ? 'given on the command line' : `the latest review of ${context.authority} in the library before the paper`}`
        : 'TO CONFIRM: no review in the library to answer; put its id here',
      [answersId],
    ),
    published: commented("TO CONFIRM: the paper does not say when the plan was agreed; the answered review's date stands in", published),
    reportedIn: [committeePaper(context)],
    source: sourceOf(context),
    summary: SUMMARY,
    priorities,
    actions: actionItems,
    statuses: statusComments(actions.actions).length ? commentOnly(...statusComments(actions.actions)) : undefined,
    inferred: context.meetingStandIn ? { 'reportedIn[0].date': context.meetingStandIn } : undefined,
  };
  return { frontmatter, name: planFileName(published, name) };
}

/** An update; without its plan in the library, every status the paper gives is kept and the plan is left to name. */
function draftUpdate(context: Context, plan: CheckedDocument<PlanData> | undefined, why?: string): { frontmatter: YamlMap; name: string } {
  const { options, actions, report } = context;
  const planActions = plan ? new Set(plan.data.actions.map((a) => a.id)) : undefined;
  const planId = plan?.id ?? `${context.authority}/replace-with-the-plan-id`;
  if (!plan) report.warnings.push(`no plan of ${context.authority} in the library shares its action numbers: import or add the plan first (npm run import -- <plan paper> --kind plan), then set \`plan\` to its id`);
  let asOf = actions.asOf?.value ?? (context.meetingDate.length === 10 ? context.meetingDate : undefined);
  if (!asOf) {
    asOf = context.meetingDate.length === 4 ? `${context.meetingDate}-01-01` : `${context.meetingDate.slice(0, 7)}-01`;
    report.warnings.push('no "as at" date or meeting day was found: asOf is a stand-in');
  }
  if (plan && isAfter(plan.data.published, asOf)) report.warnings.push(`asOf ${asOf} is before ${plan.id} was published (${plan.data.published})`);
  if (isAfter(asOf, context.meetingDate)) report.warnings.push(`asOf ${asOf} is after the meeting (${context.meetingDate})`);

  const rated = actions.actions.filter((a) => a.status);
  const inPlan = rated.filter((a) => !planActions || planActions.has(a.id));
  const notInPlan = rated.filter((a) => planActions && !planActions.has(a.id));
  const unrated = actions.actions.filter((a) => !a.status);
  for (const action of notInPlan) report.notPlaced.push({ line: action.statusLine ?? action.line, message: `${action.id} (${action.status}) is not an action of ${plan!.id}: add it to the plan first, then its status here` });
  for (const action of unrated) report.notPlaced.push({ line: action.line, message: `${action.id}: no RAG status could be read` });

  const statuses = inPlan.map((action) =>
    commented(confirm(action.statusLine, action.statusInferred ? 'status inferred, see `inferred`' : undefined), {
      action: action.id,
      status: action.status!,
      note: action.note ? commented(confirm(action.noteLine, 'quoted from the paper: summarise it if you prefer'), action.note) : undefined,
      inferred: action.statusInferred,
    }),
  );
  const frontmatter: YamlMap = {
    header: HEADER(options.fileName),
    draft: DRAFT,
    title: pageTitle(context, `${PLACEHOLDER} the page title`),
    authority: commented(authorityComment(context), context.authority),
    plan: plan
      ? commented(options.plan ? 'Given on the command line.' : `TO CONFIRM: ${why}`, plan.id)
      : commented('The plan is not in the library yet: add it, then put its id here.', planId),
    asOf: commented(actions.asOf ? confirm(actions.asOf.line, actions.asOf.inferred ?? 'the date the statuses are as at') : 'TO CONFIRM: no "as at" date was found; the meeting date stands in', asOf),
    published: context.metadata.meetingDate ? commented(confirm(context.metadata.meetingDate.line, 'presented at the meeting'), context.meetingDate) : undefined,
    reportedIn: [committeePaper(context)],
    source: sourceOf(context),
    summary: SUMMARY,
    statuses,
    declared: context.rag.counts.red
      ? commented(confirm(context.rag.counts.red.line, 'the count of red actions the paper states'), { red: context.rag.counts.red.count })
      : undefined,
    namedItems: context.rag.items.length
      ? commentOnly(
          'Items the paper rates red or amber without an action number (find each in the plan, then add its status above):',
          ...context.rag.items.map((i) => `  - ${i.status}: ${i.id ?? i.text}   # line ${i.line}`),
        )
      : undefined,
    notInPlan: notInPlan.length
      ? commentOnly(
          'Statuses for actions the plan does not list (add the actions to the plan first, then move these up):',
          ...notInPlan.flatMap((a) => [`  - action: "${a.id}"   # line ${a.statusLine}`, `    status: ${a.status}`]),
        )
      : undefined,
    inferred:
      actions.asOf?.inferred || context.meetingStandIn
        ? { asOf: actions.asOf?.inferred, 'reportedIn[0].date': context.meetingStandIn }
        : undefined,
  };
  return { frontmatter, name: updateFileName(asOf, planId) };
}

// ---- the report --------------------------------------------------------------------------

function describeFindings(context: Context): ReportEntry[] {
  const { findings, judgements, actions } = context;
  const entries: ReportEntry[] = [];
  const kloeLines = findings.kloes.map((k) => k.line);
  entries.push({ label: 'KLOEs', value: findings.kloes.length ? `${findings.kloes.length} (${linesLabel(kloeLines)})` : '0' });
  for (const list of ['strengths', 'areasForImprovement', 'recommendations'] as const) {
    const items = findings.items.filter((i) => i.list === list);
    if (!items.length) {
      entries.push({ label: LIST_NAME[list], value: '0' });
      continue;
    }
    const groups = new Map<string, ExtractedItem[]>();
    for (const item of items) groups.set(item.kloe ?? '', [...(groups.get(item.kloe ?? '') ?? []), item]);
    const parts = [...groups.entries()].map(([kloe, group]) => `${kloe ? `${kloe} ` : ''}${group.length} (${linesLabel(group.flatMap((i) => [i.line, i.lastLine]))})`);
    entries.push({ label: LIST_NAME[list], value: `${items.length}${groups.size > 1 || [...groups.keys()][0] ? `: ${parts.join(', ')}` : ` (${linesLabel(items.flatMap((i) => [i.line, i.lastLine]))})`}` });
  }
  const subCount = judgements.reduce((n, j) => n + (j.sub?.length ?? 0), 0);
  entries.push({ label: 'judgements', value: judgements.length ? `${judgements.length}${subCount ? ` + ${subCount} sub-judgements` : ''} (${linesLabel(judgements.flatMap((j) => [j.line, ...(j.sub ?? []).map((s) => s.line)]))})` : '0' });
  const tableActions = actions.actions.filter((a) => a.fromTable);
  entries.push({ label: 'actions', value: actions.actions.length ? `${actions.actions.length}${tableActions.length !== actions.actions.length ? ` (${tableActions.length} from table rows${actions.table ? `, lines ${actions.table.first}–${actions.table.last}` : ''}, ${actions.actions.length - tableActions.length} from notes or sentences)` : actions.table ? ` (lines ${actions.table.first}–${actions.table.last})` : ''}` : '0' });
  if (actions.priorities.length) entries.push({ label: 'priorities', value: `${actions.priorities.length} (${actions.priorities.map((p) => p.id).join(', ')})` });
  const byStatus = new Map<string, number>();
  for (const a of actions.actions) if (a.status) byStatus.set(a.status, (byStatus.get(a.status) ?? 0) + 1);
  if (byStatus.size) {
    const inferredCount = actions.actions.filter((a) => a.status && a.statusInferred).length;
    entries.push({ label: 'RAG statuses', value: `${[...byStatus.entries()].map(([s, n]) => `${n} ${s}`).join(', ')}${inferredCount ? ` (${inferredCount} inferred)` : ''}` });
  }
  const counts = Object.entries(context.rag.counts);
  if (counts.length) entries.push({ label: 'RAG counts stated', value: counts.map(([colour, c]) => `${c.count} ${colour} (line ${c.line})`).join(', ') });
  if (context.rag.items.length) entries.push({ label: 'RAG items named', value: context.rag.items.map((i) => `${i.status}: ${i.id ?? i.text} (line ${i.line})`).join('; ') });
  if (actions.asOf) entries.push({ label: 'as at', value: `${actions.asOf.value} (line ${actions.asOf.line})` });
  if (findings.declaredRecommendations) entries.push({ label: 'declared recommendations', value: `${findings.declaredRecommendations.count} (line ${findings.declaredRecommendations.line})` });
  return entries;
}

function describeMetadata(context: Context): ReportEntry[] {
  const m = context.metadata;
  const at = (line?: number) => (line ? ` (line ${line})` : '');
  return [
    { label: 'title', value: m.title ? `"${m.title.value}"${at(m.title.line)}` : 'not found' },
    { label: 'authority', value: m.authority ? `${m.authority.value}${m.authority.notInVocabulary ? ' (not in the vocabulary)' : ''}${m.authority.from ? ` (from ${m.authority.from})` : at(m.authority.line)}` : context.options.authority ? `${context.options.authority} (given)` : 'not found' },
    { label: 'committee', value: m.committee ? `${m.committee.value}${at(m.committee.line)}` : 'not found' },
    { label: 'meeting date', value: m.meetingDate ? `${m.meetingDate.value}${at(m.meetingDate.line)}` : 'not found' },
    { label: 'report number', value: m.reportNumber ? `${m.reportNumber.value}${at(m.reportNumber.line)}` : 'not found' },
    { label: 'fieldwork', value: m.fieldwork ? `${m.fieldwork.value.from}${m.fieldwork.value.to ? ` to ${m.fieldwork.value.to}` : ''}${at(m.fieldwork.line)}${m.fieldwork.value.inferred ? ', end date counted' : ''}` : 'not found' },
    ...(m.published ? [{ label: 'published', value: `${m.published.value}${at(m.published.line)}` }] : []),
    { label: 'kind', value: m.kinds.slice(0, 3).map((k) => `${k.kind} ${k.score}`).join(', ') || 'no kind words found' },
  ];
}

function countChecks(context: Context): string[] {
  const checks: string[] = [];
  const found = { kloes: context.findings.kloes.length, strengths: 0, areasForImprovement: 0, recommendations: 0 };
  for (const item of context.findings.items) found[item.list]++;
  const seen = new Set<string>();
  for (const stated of context.findings.statedCounts) {
    const key = `${stated.list}:${stated.count}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const actual = found[stated.list];
    const name = stated.list === 'kloes' ? 'KLOEs' : LIST_NAME[stated.list];
    if (stated.list === 'recommendations' && actual === 0 && context.findings.declaredRecommendations?.count === stated.count) {
      checks.push(`${name}: the paper says ${stated.count} (line ${stated.line}) but lists none: recorded as declaredRecommendations`);
      continue;
    }
    checks.push(`${name}: the paper says ${stated.count} (line ${stated.line}), found ${actual} ${actual === stated.count ? '✓' : '✗ — check the lists'}`);
  }
  return checks;
}

export function formatReport(report: ImportReport, output?: string): string {
  const width = Math.max(...report.found.map((e) => e.label.length), 12) + 2;
  const lines = [
    `Read ${report.source} (${report.lineCount} lines): ${report.summary}${output ? ` → ${output}` : ''}`,
    ...(report.kind.length ? ['Why this kind of document:', ...report.kind.map((r) => `  ${r}`)] : []),
    ...report.found.map((e) => `  ${e.label.padEnd(width)}${e.value}`),
  ];
  if (report.counts.length) lines.push("Against the paper's own counts:", ...report.counts.map((c) => `  ${c}`));
  if (report.notPlaced.length) lines.push('Could not place:', ...report.notPlaced.map((n) => `  ${span(n.line, n.lastLine)}: ${n.message}`));
  if (report.leftOut.length) lines.push('Left out on purpose:', ...report.leftOut.map((n) => `  ${span(n.line, n.lastLine)}: ${n.message}`));
  if (report.warnings.length) lines.push('To do:', ...report.warnings.map((w) => `  ${w}`));
  return `${lines.join('\n')}\n`;
}

// ---- the whole import ----------------------------------------------------------------------

export function importPaper(paper: string, options: ImportOptions): ImportResult {
  const { library } = options;
  const lines = readLines(paper);
  const metadata = readMetadata(lines, library.authorities, library.frameworks, options.address);
  const findings = readFindings(lines);
  const judgements = readJudgements(lines, library.frameworks);
  // Grades in running text add the areas the tables lack.
  for (const j of judgementsInProse(lines)) {
    if (judgements.some((t) => (t.grade === j.grade && sameArea(t.area, j.area)) || (t.sub ?? []).some((s) => s.grade === j.grade && sameArea(s.area, j.area)))) continue;
    judgements.push({ ...j, id: `J${judgements.length + 1}` });
  }
  const actions = readActions(lines);
  const rag = ragInProse(lines);
  const report: ImportReport = {
    source: options.fileName,
    lineCount: lines.length,
    summary: '',
    kind: [],
    found: [],
    counts: [],
    notPlaced: [...findings.unplaced, ...actions.unplaced],
    leftOut: [...findings.skipped],
    warnings: [],
  };

  const forcedPlan = options.plan ? library.plans.find((p) => p.id === options.plan) : undefined;
  if (options.plan && !forcedPlan) {
    const suggestion = nearest(options.plan, library.plans.map((p) => p.id));
    report.warnings.push(`--plan ${options.plan} is not a plan in the library${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`);
  }
  let authority = options.authority ?? forcedPlan?.data.authority ?? metadata.authority?.value;
  if (!authority) {
    authority = 'unknown';
    report.warnings.push('no council from content/vocabularies/authorities.yaml is named in the paper: set `authority` and move the file to its folder (or pass --authority)');
  } else if (!library.authorities.some((a) => a.id === authority)) {
    const suggestion = nearest(authority, library.authorities.map((a) => ({ value: a.id, aliases: [a.name, a.shortName] })));
    report.warnings.push(`"${authority}" is not in content/vocabularies/authorities.yaml: add the authority there${suggestion ? ` (or did you mean "${suggestion}"?)` : ''}`);
  }
  const authorityRecord = library.authorities.find((a) => a.id === authority);
  // The schema needs a meeting date. Without one, a stand-in is used and says where it came from
  // (inferred, shown to readers): the fieldwork's end or start, else the latest date the paper gives.
  const latest = lines.flatMap((l) => findDates(l.text).map((d) => ({ value: d.value, line: l.no }))).sort((a, b) => b.value.localeCompare(a.value))[0];
  const fieldwork = metadata.fieldwork;
  const source: { value: string; from: string } | undefined = metadata.meetingDate
    ? undefined
    : fieldwork
      ? { value: fieldwork.value.to ?? fieldwork.value.from, from: `the fieldwork's ${fieldwork.value.to ? 'end' : 'start'} (line ${fieldwork.line})` }
      : latest
        ? { value: latest.value, from: `the latest date the paper states (line ${latest.line})` }
        : { value: new Date().toISOString().slice(0, 10), from: 'the day the paper was imported (it states no date)' };
  const standIn = source && { value: source.value, why: `The paper gives no meeting date; ${source.from} stands in.` };
  const meetingDate = metadata.meetingDate?.value ?? standIn!.value;
  if (source) report.warnings.push(`no meeting date was found: reportedIn[0].date is ${source.from}, recorded under inferred; replace it with the meeting's date`);

  const context: Context = {
    options,
    lines,
    metadata,
    findings,
    judgements,
    actions,
    rag,
    report,
    authority,
    authorityName: authorityRecord?.name ?? metadata.authority?.name,
    meetingDate,
    meetingStandIn: standIn?.why,
    fallbackTheme: placeholderTheme(library),
  };

  // The kind of document: as given, else decided from what the paper holds (the reasons are reported).
  const forced = options.kind;
  const decision = decideKind(lines, metadata, findings, judgements, actions);
  const documentKind: DocumentKind =
    forced === 'plan' || forced === 'update' || forced === 'review'
      ? forced
      : forced && (reviewKinds as readonly string[]).includes(forced)
        ? 'review'
        : options.plan
          ? 'update'
          : decision.kind;
  report.kind = forced ? [`given on the command line (--kind ${forced})`] : options.plan ? ['--plan given: an update of that plan'] : decision.reasons;
  // A plan or update with no action table may be written as numbered paragraphs, one an action.
  if (documentKind !== 'review' && !actions.actions.length) {
    const findingLines = new Set(findings.items.flatMap((i) => [i.line, i.leadIn]));
    actions.actions.push(...paragraphActions(lines, findingLines));
    if (actions.actions.length) report.warnings.push(`${actions.actions.length} numbered paragraphs (${actions.actions[0]!.id}…${actions.actions.at(-1)!.id}) are taken for actions: keep those that are, and the words the plan gives them`);
  }
  const matched = documentKind === 'update' && !forcedPlan ? matchPlan(context) : undefined;
  const plan = documentKind === 'update' ? (forcedPlan ?? matched?.plan) : undefined;

  let drafted: { frontmatter: YamlMap; name: string };
  let collection: Collection;
  // A progress report on a plan the library lacks holds the plan's action table: draft the plan from it first.
  const planFirst = documentKind === 'update' && !plan && !forced && actions.actions.some((a) => a.fromTable);
  if (planFirst) report.warnings.push(`the paper reports progress on a plan of ${authority} the library lacks: drafted the plan from its action table; once the plan is in, import the paper again (or with --plan) to draft the update`);
  if (documentKind === 'update' && !planFirst) {
    drafted = draftUpdate(context, plan, matched?.why);
    collection = 'updates';
    report.summary = plan ? `an update of ${plan.id}` : `an update of a plan of ${authority} not yet in the library`;
  } else if (documentKind === 'plan' || planFirst) {
    drafted = draftPlan(context);
    collection = 'plans';
    report.summary = `a plan of ${authority}`;
  } else {
    drafted = draftReview(context);
    collection = 'reviews';
    const kind = reviewKindOf(context);
    report.summary = `a review (${kind}) of ${authority}`;
    // With no judgement read but those recalled in passing, the grades in running text are worth a word.
    if (!judgements.some((j) => !j.recalled)) {
      for (const grade of gradesInProse(lines)) {
        if (judgements.some((j) => j.line === grade.line)) continue;
        report.notPlaced.push({ line: grade.line, message: `a grade in running text ("${grade.sentence}"): add it under judgements (or declaredGrades) by hand` });
      }
    }
    if (actions.actions.length) report.notPlaced.push({ line: actions.table?.first ?? actions.actions[0]!.line, message: `${actions.actions.length} action rows: a review has no actions (import as --kind plan to keep them)` });
  }

  report.found = [...describeMetadata(context), ...describeFindings(context)];
  report.counts = countChecks(context);
  const bodyKind = collection === 'reviews' ? 'review' : collection === 'plans' ? 'plan' : 'update';
  return {
    collection,
    authority,
    file: documentPath(collection, authority, drafted.name),
    text: toDocument(drafted.frontmatter, BODIES[bodyKind]),
    report,
    extracted: { metadata, findings, judgements, actions, rag },
  };
}
