/**
 * `npm run new`: the logic, pure. Given what the author chose (kind, authority, date,
 * title and what the kind needs) and the library as it stands, it checks the choices
 * against the vocabularies and documents, and writes a document that passes the checker
 * from the start: every field present, optional ones shown as comments, placeholder items
 * clearly marked "Replace with …" and tagged with real theme ids.
 */
import { DOCUMENT_KINDS, type LibraryData } from '../schemas/kinds.ts';
import { nearest } from '../checker/suggest.ts';
import { fullDate, partialDate } from '../schemas/common.ts';
import { reviewKinds } from '../schemas/review.ts';
import { documentPath, planFileName, planNameFromTitle, reviewName, updateFileName } from './naming.ts';
import { commentOnly, commented, flow, toDocument, type YamlMap } from './yaml.ts';

/** The kinds the scaffolder has a template for (below); a registered kind without one is not offered. */
const TEMPLATED = ['review', 'plan', 'update'] as const;
export type DocumentKind = (typeof TEMPLATED)[number];
export const documentKinds = DOCUMENT_KINDS.map((kind) => kind.id).filter((id): id is DocumentKind => (TEMPLATED as readonly string[]).includes(id));
export type { ReviewKind } from '../schemas/scales.ts';
type ReviewKind = (typeof reviewKinds)[number];

/** What the author asks for; every field may be missing until it has been asked. */
export interface ScaffoldRequest {
  kind?: string;
  authority?: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: fieldwork start (review), publication (plan), `asOf` (update, a day). */
  date?: string;
  title?: string;
  /** Reviews: inspection, peer-review, monitoring-visit, … */
  reviewKind?: string;
  /** Updates: the plan's id, e.g. `bromley/2016-09-improvement-plan`. */
  plan?: string;
  /** Plans: the id of the review the plan answers. */
  answers?: string;
}

/** The request's fields, named as the command line names them. */
export type RequestField = 'kind' | 'authority' | 'date' | 'title' | 'review-kind' | 'plan' | 'answers';

export interface RequestProblem {
  field: RequestField;
  message: string;
  suggestion?: string;
}

export interface ValidRequest {
  kind: DocumentKind;
  authority: string;
  date: string;
  title: string;
  reviewKind?: ReviewKind;
  plan?: string;
  answers?: string;
}

export interface RequestCheck {
  /** Fields still to be given, in the order they should be asked. */
  missing: RequestField[];
  /** Fields given but wrong. */
  problems: RequestProblem[];
  /** The request, once nothing is missing or wrong. */
  valid?: ValidRequest;
}

/** Placeholder texts start with this, so an author (and, later, a checker rule) can find them. */
export const PLACEHOLDER = 'Replace with';

/** Every new document starts as a draft: the checker lets its placeholders stand until the line goes. */
export const DRAFT = commented('A draft: `npm run check` refuses placeholders and TO CONFIRM markers once this line is deleted.', true);

/** The theme placeholder items carry: a real theme, so the draft passes the checker. */
export function placeholderTheme(library: Pick<LibraryData, 'themes'>): string {
  return library.themes.find((t) => t.id === 'practice-quality')?.id ?? library.themes[0]?.id ?? 'practice-quality';
}

/** The checker's order rule for partial dates: `a` is after `b` only if a's start is after b's end. */
function isAfter(a: string, b: string): boolean {
  const start = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
  const end = (d: string) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);
  return start(a) > end(b);
}

/** Which fields a kind needs, in the order they are asked. */
export function fieldsFor(kind: string | undefined): RequestField[] {
  const common: RequestField[] = ['kind'];
  if (kind === 'review') return [...common, 'authority', 'review-kind', 'date', 'title'];
  if (kind === 'plan') return [...common, 'answers', 'authority', 'date', 'title'];
  // An update's title can be left out: it is made from the plan's title and the month.
  if (kind === 'update') return [...common, 'plan', 'authority', 'date'];
  return [...common, 'authority', 'date', 'title'];
}

/** The value of a field in a request. */
export function requestValue(request: ScaffoldRequest, field: RequestField): string | undefined {
  const key = field === 'review-kind' ? 'reviewKind' : field;
  const value = request[key as keyof ScaffoldRequest];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

/**
 * Checks a request against the library. The authority of a plan or an update can be left
 * out: it is taken from the review answered or the plan updated.
 */
export function checkRequest(input: ScaffoldRequest, library: LibraryData): RequestCheck {
  const request: ScaffoldRequest = { ...input };
  const problems: RequestProblem[] = [];
  const kind = requestValue(request, 'kind');
  if (kind && !documentKinds.includes(kind as DocumentKind)) {
    problems.push({ field: 'kind', message: `"${kind}" is not a kind of document: use ${documentKinds.join(', ').replace(/, ([^,]+)$/, ' or $1')}`, suggestion: nearest(kind, documentKinds) });
  }

  const reviews = new Map(library.reviews.map((r) => [r.id, r]));
  const plans = new Map(library.plans.map((p) => [p.id, p]));
  if (kind === 'plan' && requestValue(request, 'answers')) {
    const id = requestValue(request, 'answers')!;
    const review = reviews.get(id);
    if (!review) problems.push({ field: 'answers', message: `"${id}" is not a review in the library`, suggestion: nearest(id, [...reviews.keys()]) });
    else request.authority ??= review.data.authority;
  }
  if (kind === 'update' && requestValue(request, 'plan')) {
    const id = requestValue(request, 'plan')!;
    const plan = plans.get(id);
    if (!plan) problems.push({ field: 'plan', message: `"${id}" is not a plan in the library`, suggestion: nearest(id, [...plans.keys()]) });
    else request.authority ??= plan.data.authority;
  }

  const authority = requestValue(request, 'authority');
  if (authority && !library.authorities.some((a) => a.id === authority)) {
    problems.push({
      field: 'authority',
      message: `"${authority}" is not in content/vocabularies/authorities.yaml (add the authority there if it is new)`,
      suggestion: nearest(authority, library.authorities.map((a) => ({ value: a.id, aliases: [a.name, a.shortName] }))),
    });
  }
  const answered = kind === 'plan' ? reviews.get(requestValue(request, 'answers') ?? '') : undefined;
  if (answered && authority && answered.data.authority !== authority) {
    problems.push({ field: 'answers', message: `is a review of ${answered.data.authority}, not ${authority}` });
  }
  const updated = kind === 'update' ? plans.get(requestValue(request, 'plan') ?? '') : undefined;
  if (updated && authority && updated.data.authority !== authority) {
    problems.push({ field: 'plan', message: `is a plan of ${updated.data.authority}, not ${authority}` });
  }

  const reviewKind = requestValue(request, 'review-kind');
  if (kind === 'review' && reviewKind && !reviewKinds.includes(reviewKind as ReviewKind)) {
    problems.push({ field: 'review-kind', message: `"${reviewKind}" is not a kind of review: use one of ${reviewKinds.join(', ')}`, suggestion: nearest(reviewKind, reviewKinds) });
  }

  const date = requestValue(request, 'date');
  if (date) {
    if (kind === 'update' && !fullDate.safeParse(date).success) {
      problems.push({ field: 'date', message: `"${date}" is not a full date: an update is as at a day, written YYYY-MM-DD` });
    } else if (!/^\d{4}(-\d{2}){0,2}$/.test(date) || !partialDate.safeParse(date).success) {
      problems.push({ field: 'date', message: `"${date}" is not a date written YYYY, YYYY-MM or YYYY-MM-DD` });
    } else if (answered && isAfter(answered.data.fieldwork.from, date)) {
      problems.push({ field: 'date', message: `is before ${answered.id} began (${answered.data.fieldwork.from}): a plan answers a review that came before it` });
    } else if (updated && isAfter(updated.data.published, date)) {
      problems.push({ field: 'date', message: `is before ${updated.id} was published (${updated.data.published}): an update cannot be as at a date before its plan` });
    }
  }

  if (updated && date && !problems.some((p) => p.field === 'date') && !requestValue(request, 'title')) {
    const month = new Date(`${date}T00:00:00Z`).toLocaleString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
    request.title = `${updated.data.title}: update, ${month}`;
  }
  const missing = fieldsFor(kind).filter((field) => !requestValue(request, field));
  if (missing.length || problems.length) return { missing, problems };
  const valid: ValidRequest = {
    kind: kind as DocumentKind,
    authority: requestValue(request, 'authority')!,
    date: date!,
    title: requestValue(request, 'title')!,
    reviewKind: kind === 'review' ? (reviewKind as ReviewKind) : undefined,
    plan: kind === 'update' ? requestValue(request, 'plan') : undefined,
    answers: kind === 'plan' ? requestValue(request, 'answers') : undefined,
  };
  const file = scaffoldPath(valid, library);
  const id = file.replace(/^content\/[a-z]+\//, '').replace(/\.mdx$/, '');
  const clash = [...library.reviews, ...library.plans].find((doc) => doc.id === id && doc.file !== file);
  if (clash) problems.push({ field: 'title', message: `would make the document id "${id}", which ${clash.file} already has: choose another title` });
  return problems.length ? { missing, problems } : { missing, problems, valid };
}

/** Where the document goes, by the naming convention the checker enforces. */
export function scaffoldPath(request: ValidRequest, library: LibraryData): string {
  switch (request.kind) {
    case 'review':
      return documentPath('reviews', request.authority, reviewName(request.date, request.reviewKind!));
    case 'plan': {
      const authority = library.authorities.find((a) => a.id === request.authority);
      const name = planNameFromTitle(request.title, authority ? [authority.shortName] : []);
      return documentPath('plans', request.authority, planFileName(request.date, name));
    }
    case 'update':
      return documentPath('updates', request.authority, updateFileName(request.date, request.plan!));
  }
}

const HEADER = (what: string) => [
  `${what} Written by \`npm run new\`.`,
  `Values starting "${PLACEHOLDER}" are placeholders: put the source's facts and exact words in`,
  'their place. Lines starting "#" are guidance or optional fields: uncomment what the source',
  'gives, delete the rest. Then run `npm run check -- <this file>`.',
];

/** The frameworks in use in a given year, latest first (2018 is both SIF and ILACS). */
function frameworkFor(date: string, library: LibraryData): string | undefined {
  const year = Number(date.slice(0, 4));
  const inUse = library.frameworks.filter((f) => {
    const [from, to] = f.years.split('-');
    return year >= Number(from) && (!to || year <= Number(to));
  });
  return inUse.sort((a, b) => b.years.localeCompare(a.years))[0]?.id;
}

function committeePaper(date: string): YamlMap {
  return {
    committee: commented('The committee (or decision maker) as the paper names it.', `${PLACEHOLDER} the committee's name`),
    date: commented('The meeting date.', date),
    reportNumber: commentOnly('reportNumber: "CS17130"   # the council\'s report number, when the paper has one'),
    paperTitle: commentOnly('title: "The paper\'s title, as printed"'),
    item: commentOnly('item: "6"   # agenda item, when given'),
  };
}

function source(title: string, publisher: string): YamlMap {
  return {
    title: commented('The document the facts are taken from.', title),
    publisher,
    file: commentOnly('file: "the plain-text copy kept with the project"'),
    url: commentOnly('url: "https://… the public address of the original"'),
  };
}

const summary = () =>
  commented(
    'One paragraph in the library\'s own words, shown in lists and search results.',
    `${PLACEHOLDER} a one-paragraph summary in the library's own words.`,
  );

function finding(id: string, what: string, theme: string, kloe?: string): YamlMap {
  return {
    id,
    ...(kloe ? { kloe } : {}),
    text: `${PLACEHOLDER} the exact words of the report (${what})`,
    themes: flow([theme]),
  };
}

function reviewFrontmatter(request: ValidRequest, library: LibraryData): YamlMap {
  const kind = request.reviewKind!;
  const authority = library.authorities.find((a) => a.id === request.authority)!;
  const theme = placeholderTheme(library);
  const byOfsted = ['inspection', 'monitoring-visit', 'focused-visit', 'thematic-review'].includes(kind);
  const framework = kind === 'inspection' ? frameworkFor(request.date, library) : undefined;
  const scale = library.frameworks.find((f) => f.id === framework)?.grades.map((g) => g.id) ?? [];
  const withKloes = ['peer-review', 'diagnostic'].includes(kind);
  const kloe = withKloes ? 'K1' : undefined;
  const itemsHelp = [
    'Findings: one item each, with an id that is never changed once published (S1, A1, R1 …),',
    'the EXACT words of the source, one or more theme ids from content/vocabularies/themes.yaml',
    withKloes ? 'and, where the review has key lines of enquiry, the KLOE it belongs to.' : 'and `kloe:` when the review has key lines of enquiry.',
  ];
  return {
    header: commentOnly(...HEADER('A review: an inspection, peer review, diagnostic or visit.'), 'Fields: src/schemas/review.ts.'),
    draft: DRAFT,
    title: commented('Page title, e.g. "Ofsted inspection of children\'s services, 2016".', request.title),
    authority: request.authority,
    kind: commented(`One of ${reviewKinds.join(', ')}.`, kind),
    conductedBy: commented(
      'Who conducted it: Ofsted, "Ofsted and CQC", LGA, "Eastern Region peer network" …',
      byOfsted ? 'Ofsted' : `${PLACEHOLDER} who conducted the review`,
    ),
    framework: framework
      ? commented(
          `Framework id from content/vocabularies/frameworks.yaml (${library.frameworks.map((f) => `${f.id} ${f.years}`).join(', ')}): check it.`,
          framework,
        )
      : commentOnly(`framework: ${frameworkFor(request.date, library) ?? 'ilacs'}   # when the review was made under an inspection framework`),
    fieldwork: commented(
      'Fieldwork dates, as precise as the source gives them. The file is named by the month fieldwork began.',
      { from: request.date, to: commentOnly(`to: "${request.date.slice(0, 7)}-…"   # last day of fieldwork, when stated`) },
    ),
    published: commentOnly('published: "YYYY-MM-DD"   # when the review\'s own report was published, when known'),
    reportedIn: commented('The committee paper(s) that reported the review: where this record comes from.', [
      committeePaper(request.date),
    ]),
    source: source(request.title, authority.name),
    scope: commentOnly('scope: >-', '  What the review covered, in the library\'s own words.'),
    summary: summary(),
    follows: commentOnly('follows: <review id>   # the review a monitoring visit follows up, e.g. bromley/2016-04-inspection'),
    reviewers: commentOnly('reviewers:   # by role and home organisation only, never by name', '  - role: "Head of Service"', '    from: cambridgeshire'),
    kloes: withKloes
      ? commented('Key lines of enquiry, in the order the source gives them.', [
          { id: 'K1', title: `${PLACEHOLDER} the key line of enquiry as the source words it` },
        ])
      : commented('Key lines of enquiry, when the review has them: - id: K1 / title: "…".', []),
    judgements: commented(
      [
        framework
          ? `Graded judgements in the framework's order; grades on its scale: ${scale.join(', ')}.`
          : 'Graded judgements, when the review grades (it then needs `framework:`).',
        'For example:',
        '  - id: J1',
        '    area: "Overall effectiveness"',
        `    grade: ${scale.at(-1) ?? 'inadequate'}`,
        '    sub: [ …sub-judgements, as the framework nests them ]',
      ],
      [],
    ),
    declaredGrades: commentOnly('declaredGrades:   # grades the source gives only as counts', '  - { grade: good, count: 4, note: "Four components were graded good." }'),
    strengths: commented(itemsHelp, [finding('S1', 'a strength', theme, kloe)]),
    areasForImprovement: commented('Areas for improvement, weaknesses, areas for consideration.', [
      finding('A1', 'an area for improvement', theme, kloe),
    ]),
    recommendations: commented('Recommendations; `addressee:` when made to someone other than the council.', [
      finding('R1', 'a recommendation', theme, kloe),
    ]),
    declaredRecommendations: commentOnly(
      'declaredRecommendations:   # when the source gives a count but not the texts',
      '  count: 23',
      '  note: "Ofsted made 23 recommendations; the paper does not list them."',
    ),
    inferred: commentOnly('inferred:   # facts inferred rather than stated: field path → how', '  fieldwork.to: "The paper says fieldwork lasted three days."'),
  };
}

function reviewItemsAsComments(reviewId: string, library: LibraryData): string[] {
  const review = library.reviews.find((r) => r.id === reviewId);
  if (!review) return [];
  const items = [...review.data.recommendations, ...review.data.areasForImprovement];
  if (!items.length) return [`${reviewId} lists no recommendations or areas for improvement yet.`];
  return [
    `The findings of ${reviewId} an action can answer (write "${reviewId}#<id>"):`,
    ...items.map((item) => `  ${item.id}: ${item.text.length > 70 ? `${item.text.slice(0, 70).trimEnd()}…` : item.text}`),
  ];
}

function planFrontmatter(request: ValidRequest, library: LibraryData): YamlMap {
  const authority = library.authorities.find((a) => a.id === request.authority)!;
  const reviewId = request.answers!;
  const review = library.reviews.find((r) => r.id === reviewId);
  const exampleItem = review?.data.recommendations[0]?.id ?? review?.data.areasForImprovement[0]?.id ?? 'R1';
  return {
    header: commentOnly(...HEADER('A plan: an improvement or action plan answering one or more reviews.'), 'Fields: src/schemas/plan.ts.'),
    draft: DRAFT,
    title: commented('Page title, e.g. "Children\'s Services Improvement Plan".', request.title),
    authority: request.authority,
    answers: commented('The reviews this plan answers (document ids).', [reviewId]),
    published: commented('When the plan was agreed or first published.', request.date),
    period: commentOnly('period:   # the period the plan covers, when stated', `  from: "${request.date}"`, '  to: "YYYY-MM"'),
    reportedIn: commented('The committee paper(s) that reported the plan.', [committeePaper(request.date)]),
    source: source(request.title, authority.name),
    summary: summary(),
    priorities: commented("The plan's priorities (themes, workstreams) in the council's order, numbered as the council numbers them.", [
      {
        id: '1',
        title: `${PLACEHOLDER} the priority's title as the plan words it`,
        declaredActions: commentOnly('declaredActions: 12   # how many actions the council says this priority has, when it says so'),
      },
    ]),
    declaredActions: commentOnly('declaredActions: 236   # total actions the council declares, when only some are published'),
    declaredActionsNote: commentOnly('declaredActionsNote: "What the declared totals count."'),
    actions: commented(
      [
        'One item per action, with the council\'s own number as its id (e.g. "5.8.3"), its priority, the',
        'exact text, the due date as stated ("Jan-17", "Jan-Mar 17", "March 2017"), theme ids, and',
        '`addresses`: the findings it answers.',
        ...reviewItemsAsComments(reviewId, library),
      ],
      [
        {
          id: '1.1',
          priority: '1',
          text: `${PLACEHOLDER} the action's exact words`,
          due: commentOnly('due: "Jan-17"'),
          owner: commentOnly('owner: "Head of Service"   # an officer role, never a person'),
          themes: flow([placeholderTheme(library)]),
          addresses: commented(`e.g. - ${reviewId}#${exampleItem}`, []),
        },
      ],
    ),
    inferred: commentOnly('inferred:   # facts inferred rather than stated: field path → how'),
  };
}

function updateFrontmatter(request: ValidRequest, library: LibraryData): YamlMap {
  const authority = library.authorities.find((a) => a.id === request.authority)!;
  const plan = library.plans.find((p) => p.id === request.plan)!;
  const actions = plan.data.actions;
  const template: string[] = actions.length
    ? [
        'Add one entry per action the update rates, e.g.:',
        `  - action: "${actions[0]!.id}"`,
        '    status: red',
        '    note: "What the update says about it, quoted or summarised."',
        `The actions of ${plan.id}:`,
        ...actions.map((a) => `  ${a.id}${a.due ? ` (due ${a.due})` : ''}${a.text ? `: ${a.text.length > 60 ? `${a.text.slice(0, 60).trimEnd()}…` : a.text}` : ''}`),
      ]
    : [`${plan.id} records no actions yet: add them to the plan first, then list their statuses here.`];
  return {
    header: commentOnly(...HEADER('An update: the RAG status of a plan\'s actions at a date.'), 'Updates are append-only history: a new date is a new file. Fields: src/schemas/update.ts.'),
    draft: DRAFT,
    title: commented('Page title, e.g. "Improvement plan exception report, March 2017".', request.title),
    authority: request.authority,
    plan: plan.id,
    asOf: commented('The date the statuses are as at. The file is named by its month.', request.date),
    published: commentOnly('published: "YYYY-MM-DD"   # when the update was published or presented, when known'),
    reportedIn: commented('The committee paper(s) the update was reported in.', [committeePaper(request.date)]),
    source: source(request.title, authority.name),
    summary: summary(),
    statuses: commented(
      ['Statuses: red (not progressed), amber (in progress), green (completed), white (not planned to start yet).', ...template],
      [],
    ),
    declared: commentOnly(
      'declared:   # counts the update states, e.g. as a check on the statuses',
      '  actionsDue: 236',
      '  red: 15',
      '  byPriority:',
      `    - { priority: "${plan.data.priorities[0]?.id ?? '1'}", due: 12, red: 1 }`,
    ),
    inferred: commentOnly('inferred:   # facts inferred rather than stated: field path → how'),
  };
}

/** Body text for a new document: paragraphs to replace, in the library's own words. */
export const BODIES: Record<DocumentKind, string> = {
  review: `${PLACEHOLDER} the story of the review in the library's own words: who asked for it and why, what it looked at.

## How the review was carried out

${PLACEHOLDER} who the reviewers were (by role), how long they spent and what they looked at.

## What the reviewers found

${PLACEHOLDER} the main findings, in the library's own words. The exact words belong in the frontmatter.

## The council's response

${PLACEHOLDER} what the committee was asked to do and what the council said it would do.`,
  plan: `${PLACEHOLDER} what the plan is for, in the library's own words: the review it answers and how it is organised.

## How progress is reported

${PLACEHOLDER} who oversees the plan and how often progress is reported.`,
  update: `${PLACEHOLDER} what the update reports, in the library's own words: how many actions were due, how many are behind, and why.`,
};

/** The document's path and text, valid from the start. */
export function scaffold(request: ValidRequest, library: LibraryData): { file: string; text: string } {
  const frontmatter: Record<DocumentKind, () => YamlMap> = {
    review: () => reviewFrontmatter(request, library),
    plan: () => planFrontmatter(request, library),
    update: () => updateFrontmatter(request, library),
  };
  return { file: scaffoldPath(request, library), text: toDocument(frontmatter[request.kind](), BODIES[request.kind]) };
}

