/**
 * The benchmark's synthetic corpus: N documents of every kind, deterministic from a seed,
 * shaped like the real library (see content/) at national scale. Pure: it takes the real
 * vocabularies' text and returns file paths and texts; `scripts/bench/generate-corpus.ts`
 * writes them. The result passes the real checker (tests/bench/corpus.test.ts).
 *
 * The mix of a national library, per 100 documents: ~9 inspections (SLAC to 2012, SIF 2013
 * to early 2018, ILACS after), ~6 monitoring visits following inadequate inspections, ~4
 * focused visits (ILACS era), ~7 peer reviews with KLOEs, ~9 improvement plans answering
 * inspections (100-250 actions in 8-12 priorities, addressing the inspection's findings),
 * and the rest monthly updates on those plans (RAG statuses for a share of the actions).
 */
import yaml from 'js-yaml';
import type { PlanData } from '../schemas/plan.ts';
import type { ReviewData } from '../schemas/review.ts';
import type { UpdateData } from '../schemas/update.ts';
import type { Authority, Framework, Theme } from '../schemas/vocabularies.ts';
import * as P from './phrases.ts';
import { hashSeed, Random } from './random.ts';

export interface CorpusOptions {
  /** How many documents (reviews, plans and updates together). */
  documents: number;
  /** Seed of the pseudo-random generator; the same seed gives the same corpus. */
  seed?: number;
  /** The real vocabularies' YAML text (content/vocabularies/*.yaml). */
  vocabularies: { authorities: string; themes: string; frameworks: string };
  /** Authorities in the generated vocabulary (the real ones plus synthetic ones). */
  authorities?: number;
}

export interface CorpusFile {
  /** Path under the corpus root, e.g. `content/reviews/bromley/2016-04-inspection.mdx`. */
  path: string;
  text: string;
}

export interface CorpusStats {
  documents: number;
  reviews: number;
  plans: number;
  updates: number;
  byKind: Record<string, number>;
  /** Strengths, areas for improvement and recommendations. */
  findings: number;
  actions: number;
  statuses: number;
  authorities: number;
  /** Words in the documents' bodies. */
  bodyWords: number;
}

export interface Corpus {
  files: CorpusFile[];
  stats: CorpusStats;
}

export const DEFAULT_SEED = 20261123;
// Fieldwork and updates end by August 2026, so that committee papers about them are dated
// before the benchmark was written (November 2026).
const LAST_MONTH = month(2026, 8);

// ---------------------------------------------------------------------------------------
// Dates: months are counted as year * 12 + (month - 1).

function month(year: number, m: number): number {
  return year * 12 + (m - 1);
}
const yearOf = (index: number) => Math.floor(index / 12);
const monthOf = (index: number) => (index % 12) + 1;
const pad = (n: number) => String(n).padStart(2, '0');
const ym = (index: number) => `${yearOf(index)}-${pad(monthOf(index))}`;
const daysIn = (index: number) => new Date(Date.UTC(yearOf(index), monthOf(index), 0)).getUTCDate();
const ymd = (index: number, day: number) => `${ym(index)}-${pad(Math.min(day, daysIn(index)))}`;
const monthName = (index: number) => P.months[monthOf(index) - 1]!;
const shortMonth = (index: number) => monthName(index).slice(0, 3);

/** A full date `days` after `date` (YYYY-MM-DD). */
function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
const monthIndexOf = (date: string) => month(Number(date.slice(0, 4)), Number(date.slice(5, 7)));

// ---------------------------------------------------------------------------------------
// Authorities: the real ones plus synthetic ones, 153 in all (England's count).

const METROPOLITAN_REGIONS = ['North West', 'Yorkshire and The Humber', 'North East', 'West Midlands'] as const;
const SHIRE_REGIONS = ['North East', 'North West', 'Yorkshire and The Humber', 'East Midlands', 'West Midlands', 'East of England', 'South East', 'South West'] as const;

function slugify(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function syntheticAuthorities(rng: Random, real: Authority[], total: number): Authority[] {
  const used = new Set(real.flatMap((a) => [a.id, a.shortName.toLowerCase()]));
  const usedCodes = new Set(real.map((a) => a.onsCode));
  const need = Math.max(0, total - real.length);
  // England's mix: 33 London boroughs, 36 metropolitan districts, 63 unitaries, 21 counties.
  const plan: Array<{ type: Authority['type']; prefix: string; count: number }> = [
    { type: 'london-borough', prefix: 'E09', count: 33 },
    { type: 'metropolitan-district', prefix: 'E08', count: 36 },
    { type: 'unitary', prefix: 'E06', count: 63 },
    { type: 'county', prefix: 'E10', count: 21 },
  ];
  for (const entry of plan) entry.count = Math.max(0, entry.count - real.filter((a) => a.type === entry.type).length);
  const result: Authority[] = [];
  const name = () => {
    for (;;) {
      const base = `${rng.pick(P.placeHeads)}${rng.pick(P.placeTails)}`;
      const full = rng.chance(0.12) ? `${rng.pick(['North', 'South', 'East', 'West'])} ${base}` : base;
      if (!used.has(full.toLowerCase()) && !used.has(slugify(full))) {
        used.add(full.toLowerCase());
        used.add(slugify(full));
        return full;
      }
    }
  };
  for (const entry of plan) {
    let code = 1;
    for (let i = 0; i < entry.count && result.length < need; i++) {
      while (usedCodes.has(`${entry.prefix}${String(code).padStart(6, '0')}`)) code++;
      const onsCode = `${entry.prefix}${String(code).padStart(6, '0')}`;
      usedCodes.add(onsCode);
      const shortName = name();
      const region =
        entry.type === 'london-borough' ? 'London' : entry.type === 'metropolitan-district' ? rng.pick(METROPOLITAN_REGIONS) : rng.pick(SHIRE_REGIONS);
      const fullName =
        entry.type === 'london-borough'
          ? `London Borough of ${shortName}`
          : entry.type === 'metropolitan-district'
            ? rng.chance(0.2) ? `City of ${shortName} Council` : `${shortName} Metropolitan Borough Council`
            : entry.type === 'county'
              ? `${shortName} County Council`
              : rng.chance(0.5) ? `${shortName} Council` : `${shortName} Borough Council`;
      result.push({ id: slugify(shortName), name: fullName, shortName, onsCode, region, type: entry.type });
    }
  }
  return result;
}

// ---------------------------------------------------------------------------------------
// Prose.

const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const lowerFirst = (text: string) => (/^[A-Z][a-z]/.test(text) && !/^(MASH|IRO|Signs|Public|Mind|LSCB)/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);
const topicOf = (entry: string | P.Topic): P.Topic => (typeof entry === 'string' ? { text: entry } : entry);
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

interface ProseContext {
  authority: Authority;
  places: string[];
  /** Month index the document is about. */
  at: number;
}

/** Writes sentences, paragraphs and sections about a council's services. */
class Writer {
  constructor(
    private readonly rng: Random,
    private readonly ctx: ProseContext,
  ) {}

  fill(template: string): string {
    const r = this.rng;
    const at = this.ctx.at - r.int(0, 14);
    // Figures that are compared in one sentence keep their order: m < n, k <= n - m, q < p.
    const n = r.int(24, 640);
    const m = r.int(Math.round(n * 0.3), Math.round(n * 0.8));
    const k = r.int(2, Math.max(2, Math.min(38, n - m)));
    const p = r.int(41, 98);
    const q = r.int(4, 36);
    return template
      .replace(/\{n\}/g, String(n))
      .replace(/\{m\}/g, String(m))
      .replace(/\{k\}/g, String(k))
      .replace(/\{p\}/g, String(p))
      .replace(/\{q\}/g, String(q))
      .replace(/\{month\}/g, () => monthName(at))
      .replace(/\{year\}/g, () => String(yearOf(at)));
  }

  topic(theme: string): P.Topic {
    return topicOf(this.rng.pick(P.themeBanks[theme]!.topics));
  }

  finding(theme: string, tone: 'good' | 'poor'): string {
    const bank = P.themeBanks[theme]!;
    const topic = this.topic(theme);
    const predicate = P.agree(this.rng.pick(tone === 'good' ? bank.good : bank.poor), topic.plural ?? false);
    if (this.rng.chance(0.35)) return `${this.rng.pick(P.openers)} ${lowerFirst(topic.text)} ${predicate}.`;
    return `${cap(topic.text)} ${predicate}.`;
  }

  recommendation(theme: string): string {
    const bank = P.themeBanks[theme]!;
    const ask = this.rng.pick(bank.asks);
    const lead = this.rng.weighted([
      ['Ensure that', 4],
      ['Leaders should ensure that', 1],
      ['The local authority should make sure that', 1],
      ['Senior managers should ensure that', 1],
    ] as const);
    return `${lead} ${ask}.`;
  }

  place(): string {
    return this.rng.pick(this.ctx.places);
  }

  sentence(theme: string): string {
    const r = this.rng;
    const kind = r.weighted([
      ['finding', 5],
      ['actor', 3],
      ['figure', 2],
      ['consequence', 2],
      ['place', 1],
    ] as const);
    switch (kind) {
      case 'finding':
        return this.finding(theme, r.chance(0.5) ? 'good' : 'poor');
      case 'actor':
      {
        const actor = r.pick(P.actors);
        const verb = r.pick(P.actorVerbs)[P.actorIsPlural(actor) ? 1 : 0];
        return `${cap(actor)} ${verb} ${lowerFirst(this.topic(theme).text)}${r.chance(0.4) ? `, and ${r.pick(P.consequences)}` : ''}.`;
      }
      case 'figure':
        return this.fill(r.pick(P.figures));
      case 'consequence':
        return `${r.pick(['This means that', 'As a result,', 'Consequently,', 'In these cases,'])} ${r.pick(P.consequences)}.`;
      case 'place':
        return r.pick([
          `In the ${this.place()} locality team, ${lowerFirst(this.topic(theme).text)} ${P.agree(r.pick(P.themeBanks[theme]!.good), this.topic(theme).plural ?? false)}.`,
          `The ${this.place()} family hub brings together early help workers, health visitors and school nurses.`,
          `Practitioners in the ${this.place()} and ${this.place()} teams described ${lowerFirst(this.topic(theme).text)} as a priority.`,
          `The council has opened a new children’s home in ${this.place()}, with places for ${r.int(2, 6)} young people.`,
        ]);
    }
  }

  paragraph(themes: string[], sentences = this.rng.int(4, 7)): string {
    const out: string[] = [];
    for (let i = 0; i < sentences; i++) out.push(this.sentence(this.rng.pick(themes)));
    return out.join(' ');
  }

  /** Sections of prose under the given headings, then more on the themes until `target` words. */
  body(headings: Array<{ heading: string; themes: string[]; lead?: string[] }>, target: number, allThemes: string[], labels: Map<string, string>): string {
    const parts: string[] = [];
    let count = 0;
    const add = (text: string) => {
      parts.push(text);
      count += words(text);
    };
    const perSection = Math.max(2, Math.round(target / 110 / Math.max(1, headings.length + 2)));
    for (const section of headings) {
      add(`## ${section.heading}`);
      for (const lead of section.lead ?? []) add(lead);
      for (let i = 0; i < perSection && count < target; i++) add(this.paragraph(section.themes));
    }
    const headingsUsed = new Set(headings.map((h) => h.heading));
    while (count < target) {
      const fresh = allThemes.filter((id) => !headingsUsed.has(labels.get(id) ?? id));
      const theme = this.rng.pick(fresh.length ? fresh : allThemes);
      const heading = headingsUsed.has(labels.get(theme) ?? theme) ? `More on ${lowerFirst(labels.get(theme) ?? theme)} (${headingsUsed.size})` : (labels.get(theme) ?? theme);
      headingsUsed.add(heading);
      add(`## ${heading}`);
      for (let i = 0; i < this.rng.int(2, 4) && count < target; i++) add(this.paragraph([theme, ...this.rng.sample(P.themeBanks[theme]!.related, 1)]));
    }
    return `${parts.join('\n\n')}\n`;
  }
}

// ---------------------------------------------------------------------------------------
// Documents.

type Kind = 'inspection' | 'monitoring-visit' | 'focused-visit' | 'peer-review';
type Grade = string;

interface ReviewDoc {
  id: string;
  authority: Authority;
  kind: Kind;
  start: string;
  end: string;
  data: ReviewData;
  overall?: Grade;
}

interface PlanDoc {
  id: string;
  name: string;
  authority: Authority;
  published: number;
  data: PlanData;
  schedule: Map<string, { start: number; dueTo: number; complete: number }>;
}

const REVIEW_WORDS = [2500, 4000] as const;
const PLAN_WORDS = [2000, 3500] as const;
const UPDATE_WORDS = [1500, 2500] as const;

function frameworkFor(index: number): 'slac' | 'sif' | 'ilacs' {
  const year = yearOf(index);
  if (year <= 2012) return 'slac';
  if (year < 2018 || (year === 2018 && monthOf(index) <= 3)) return 'sif';
  return 'ilacs';
}

const JUDGEMENT_AREAS: Record<string, Array<{ area: string; sub?: string[] }>> = {
  slac: [
    { area: 'Safeguarding services: overall effectiveness' },
    { area: 'Safeguarding services: capacity for improvement' },
    { area: 'Services for looked after children: overall effectiveness' },
    { area: 'Services for looked after children: capacity for improvement' },
  ],
  sif: [
    { area: 'Overall effectiveness' },
    { area: 'Children who need help and protection' },
    { area: 'Children looked after and achieving permanence', sub: ['Adoption performance', 'Experiences and progress of care leavers'] },
    { area: 'Leadership, management and governance' },
  ],
  ilacs: [
    { area: 'Overall effectiveness' },
    { area: 'The impact of leaders on social work practice with children and families' },
    { area: 'The experiences and progress of children who need help and protection' },
    { area: 'The experiences and progress of children in care and care leavers' },
  ],
};

function sourceFor(rng: Random, authority: Authority, title: string, committee: string) {
  const source: ReviewData['source'] = { title: `${title}: report to the ${committee}`, publisher: authority.name };
  if (rng.chance(0.3)) source.url = `https://democracy.${authority.id}.gov.uk/documents/s${rng.int(10000, 99999)}/report.pdf`;
  return source;
}

function paper(rng: Random, after: string, title: string): ReviewData['reportedIn'][number] {
  const date = addDays(after, rng.int(10, 75));
  const entry: ReviewData['reportedIn'][number] = { committee: rng.pick(P.committees), date, title };
  if (rng.chance(0.4)) entry.reportNumber = `${rng.pick(['CS', 'CYP', 'ECH', 'PPL'])}${date.slice(2, 4)}${rng.int(100, 199)}`;
  return entry;
}

function gradeSteps(framework: string): Grade[] {
  return framework === 'slac' ? ['outstanding', 'good', 'adequate', 'inadequate'] : ['outstanding', 'good', 'requires-improvement', 'inadequate'];
}

export function generateCorpus(options: CorpusOptions): Corpus {
  const seed = options.seed ?? DEFAULT_SEED;
  const total = options.documents;
  if (!Number.isInteger(total) || total < 2) throw new Error('a corpus needs at least 2 documents (an inspection and its plan)');
  const rng = new Random(seed);

  const themes = yaml.load(options.vocabularies.themes) as Theme[];
  const frameworks = yaml.load(options.vocabularies.frameworks) as Framework[];
  const realAuthorities = yaml.load(options.vocabularies.authorities) as Authority[];
  const themeIds = themes.map((theme) => theme.id);
  const labels = new Map(themes.map((theme) => [theme.id, theme.label]));
  for (const id of themeIds) if (!P.themeBanks[id]) throw new Error(`no phrase bank for theme "${id}"`);
  for (const id of ['slac', 'sif', 'ilacs']) if (!frameworks.some((f) => f.id === id)) throw new Error(`the frameworks vocabulary has no "${id}"`);
  // Documents go to current councils (real, then synthetic up to the count asked); the former
  // councils stay in the vocabulary, as in the real one.
  const realCurrent = realAuthorities.filter((a) => a.status !== 'former');
  const synthetic = syntheticAuthorities(rng, realCurrent, options.authorities ?? 153);
  const authorities = [...realCurrent, ...synthetic];
  const placesOf = new Map(authorities.map((a) => {
    const r = new Random(hashSeed(seed, 'places', a.id));
    return [a.id, Array.from({ length: r.int(4, 8) }, () => `${r.pick(P.placeHeads)}${r.pick(P.placeTails)}`)];
  }));

  // How many of each kind.
  const share = (fraction: number) => Math.round(total * fraction);
  let inspections = Math.max(1, share(0.09));
  let plans = Math.max(1, Math.min(inspections, share(0.09)));
  let monitoring = share(0.06);
  let focused = share(0.04);
  let peer = share(0.07);
  const fit = () => inspections + plans + monitoring + focused + peer;
  while (fit() > total) {
    if (peer > 0) peer--;
    else if (focused > 0) focused--;
    else if (monitoring > 0) monitoring--;
    else if (plans > 1) plans--;
    else inspections--;
  }
  let updates = total - fit();

  const used = new Set<string>();
  const claim = (id: string) => (used.has(id) ? false : (used.add(id), true));
  const reviews: ReviewDoc[] = [];

  // --- Reviews -------------------------------------------------------------------------
  const makeReview = (authority: Authority, kind: Kind, startIndex: number, extra: { follows?: ReviewDoc; overall?: Grade } = {}): ReviewDoc | undefined => {
    let at = startIndex;
    while (used.has(`${authority.id}/${ym(at)}-${kind}`)) at++;
    if (at > LAST_MONTH) return undefined;
    claim(`${authority.id}/${ym(at)}-${kind}`);
    const id = `${authority.id}/${ym(at)}-${kind}`;
    const r = new Random(hashSeed(seed, id));
    const writer = new Writer(r, { authority, places: placesOf.get(authority.id)!, at });
    const framework = kind === 'peer-review' ? undefined : kind === 'focused-visit' ? 'ilacs' : extra.follows ? (extra.follows.data.framework as string) : frameworkFor(at);
    const startDay = r.int(1, 20);
    const length = kind === 'inspection' ? (framework === 'sif' ? r.int(20, 27) : framework === 'ilacs' ? r.int(11, 14) : r.int(8, 12)) : r.int(1, 2);
    const start = ymd(at, startDay);
    const end = addDays(start, length);
    const year = yearOf(at);
    const region = authority.region;
    const network = region === 'London' ? 'London ADCS peer network' : region === 'East of England' ? 'Eastern Region peer network' : `${region} peer network`;
    const conductedBy = kind === 'peer-review' ? (r.chance(0.4) ? 'LGA' : network) : year >= 2016 || framework === 'ilacs' ? 'Ofsted' : r.pick(['Ofsted', 'Ofsted and CQC']);
    const focus = r.pick(P.peerFocuses);
    const title =
      kind === 'inspection'
        ? framework === 'slac'
          ? `Inspection of safeguarding and looked after children services, ${year}`
          : framework === 'sif'
            ? `Ofsted inspection of children's services, ${year}`
            : `Inspection of local authority children's services, ${year}`
        : kind === 'monitoring-visit'
          ? `Ofsted monitoring visit, ${monthName(at)} ${year}`
          : kind === 'focused-visit'
            ? `Ofsted focused visit, ${monthName(at)} ${year}`
            : `${conductedBy === 'LGA' ? 'LGA' : network.replace(/ network$/, '')} peer review of ${focus.topic}, ${year}`;

    // Findings.
    const kloes = kind === 'peer-review' ? focus.kloes.slice(0, r.int(3, focus.kloes.length)).map((k, i) => ({ id: `K${i + 1}`, title: k.title, themes: k.themes })) : [];
    const count = kind === 'inspection' ? r.int(20, 40) : kind === 'peer-review' ? r.int(15, 35) : kind === 'focused-visit' ? r.int(10, 18) : r.int(10, 16);
    const split =
      kind === 'monitoring-visit' ? [0.5, 0.5, 0] : kind === 'focused-visit' ? [0.4, 0.4, 0.2] : kind === 'peer-review' ? [0.45, 0.3, 0.25] : [0.3, 0.35, 0.35];
    const nRecs = Math.round(count * split[2]!);
    const nAreas = Math.max(kind === 'inspection' ? 3 : 1, Math.round(count * split[1]!));
    const nStrengths = Math.max(1, count - nRecs - nAreas);
    const texts = new Set<string>();
    const finding = (prefix: string, i: number, type: 'good' | 'poor' | 'rec') => {
      const kloe = kloes.length ? r.pick(kloes) : undefined;
      const primary = kloe ? r.pick(kloe.themes) : r.pick(themeIds);
      let text = '';
      for (let attempt = 0; attempt < 12; attempt++) {
        text = type === 'rec' ? writer.recommendation(primary) : writer.finding(primary, type);
        if (type === 'poor' && r.chance(0.3)) text += ` This means that ${r.pick(P.consequences)}.`;
        if (type === 'good' && r.chance(0.2)) text += ` ${writer.fill(r.pick(P.figures))}`;
        if (!texts.has(text)) break;
      }
      if (texts.has(text)) text = text.replace(/\.$/, `, particularly in the ${writer.place()} teams.`);
      texts.add(text);
      const related = P.themeBanks[primary]!.related.filter((id) => themeIds.includes(id));
      const item: ReviewData['strengths'][number] = { id: `${prefix}${i + 1}`, text, themes: [primary, ...r.sample(related, r.int(0, 2))] };
      if (kloe) item.kloe = kloe.id;
      if (type === 'rec' && primary === 'safeguarding-partnership' && r.chance(0.5)) item.addressee = 'The local safeguarding children partnership';
      return item;
    };

    // Judgements on the framework's scale.
    const judgements: ReviewData['judgements'] = [];
    let overall: Grade | undefined;
    if (kind === 'inspection' && framework) {
      const steps = gradeSteps(framework);
      overall = extra.overall ?? r.weighted([[steps[0]!, 0.05], [steps[1]!, 0.33], [steps[2]!, 0.4], [steps[3]!, 0.22]] as const);
      const near = (g: Grade) => steps[Math.max(0, Math.min(3, steps.indexOf(g) + r.weighted([[0, 6], [-1, 1], [1, 1]] as const)))]!;
      JUDGEMENT_AREAS[framework]!.forEach((entry, i) => {
        const grade = i === 0 ? overall! : near(overall!);
        const judgement: ReviewData['judgements'][number] = { id: `J${i + 1}`, area: entry.area, grade };
        if (entry.sub) judgement.sub = entry.sub.map((area, k) => ({ id: `J${i + 1}.${k + 1}`, area, grade: near(grade) }));
        judgements.push(judgement);
      });
    }

    const committee = r.pick(P.committees);
    const reportedIn = [paper(r, end, title)];
    if (r.chance(0.35)) reportedIn.push(paper(r, reportedIn[0]!.date, title));
    const gradeWords = overall ? `judged ${overall.replace('-', ' ')} overall` : 'not graded';
    const data: ReviewData = {
      title,
      authority: authority.id,
      kind,
      conductedBy,
      ...(framework ? { framework } : {}),
      fieldwork: { from: start, to: end },
      ...(kind === 'peer-review' && r.chance(0.6) ? {} : { published: addDays(end, r.int(18, 45)) }),
      reportedIn,
      source: sourceFor(r, authority, title, committee),
      scope: kind === 'peer-review'
        ? `How well the council supports children through ${focus.topic}, examined through ${kloes.length} key lines of enquiry chosen by the council.`
        : kind === 'inspection'
          ? `Services for children in need of help and protection, children looked after and care leavers, inspected under the ${framework!.toUpperCase()} framework.`
          : `Progress since the last inspection, focusing on ${r.pick(P.peerFocuses).topic}.`,
      summary: `${conductedBy} ${kind === 'peer-review' ? 'reviewed' : 'inspected'} ${authority.shortName}'s children's services in ${monthName(at)} ${year}, ${gradeWords}. ${writer.finding(r.pick(themeIds), 'good')} ${writer.finding(r.pick(themeIds), 'poor')}`,
      ...(extra.follows ? { follows: extra.follows.id } : {}),
      ...(kind === 'peer-review'
        ? {
            reviewers: r
              .sample(authorities.filter((a) => a.region === authority.region && a.id !== authority.id), r.int(2, 3))
              .map((a) => ({ role: r.pick(['Assistant Director', 'Head of Service', 'Service Manager', 'Principal Social Worker']), from: a.id })),
          }
        : {}),
      kloes: kloes.map(({ id, title: kloeTitle }) => ({ id, title: kloeTitle })),
      judgements,
      strengths: Array.from({ length: nStrengths }, (_, i) => finding('S', i, 'good')),
      areasForImprovement: Array.from({ length: nAreas }, (_, i) => finding('W', i, 'poor')),
      recommendations: Array.from({ length: nRecs }, (_, i) => finding('R', i, 'rec')),
    };
    const doc: ReviewDoc = { id, authority, kind, start, end, data, overall };
    reviews.push(doc);
    return doc;
  };

  // Inspections: each authority on a three-to-four-year cycle from 2009; a corpus of any
  // size draws its inspections from the whole timeline, so every framework is represented.
  const slots = rng.shuffle(
    authorities.flatMap((a) => {
      const years: Array<{ authority: Authority; year: number }> = [];
      for (let y = 2009 + rng.int(0, 2); y <= 2025; y += rng.int(3, 4)) years.push({ authority: a, year: y });
      return years;
    }),
  );
  if (inspections > slots.length) throw new Error(`${total} documents is more than this generator's timeline holds (about ${Math.floor(slots.length / 0.09)})`);
  const inspectionDocs: ReviewDoc[] = [];
  for (let i = 0; i < inspections; i++) {
    const { authority, year: slotYear } = slots[i]!;
    // The first inspection is an inadequate SIF or ILACS one, so even a tiny corpus has monitoring visits.
    const year = i === 0 ? Math.max(slotYear, 2015) : slotYear;
    const doc = makeReview(authority, 'inspection', month(year, rng.int(1, year === 2025 ? 9 : 12)), i === 0 ? { overall: 'inadequate' } : {});
    if (doc) inspectionDocs.push(doc);
    else peer++;
  }

  // Monitoring visits follow inadequate SIF and ILACS inspections, about quarterly.
  const inadequate = inspectionDocs.filter((d) => d.overall === 'inadequate' && d.data.framework !== 'slac');
  const visitsOf = new Map<ReviewDoc, number>();
  let leftover = 0;
  for (let i = 0; i < monitoring; i++) {
    let placed = false;
    for (let tries = 0; tries < inadequate.length && !placed; tries++) {
      const inspection = inadequate[(i + tries) % inadequate.length]!;
      const n = (visitsOf.get(inspection) ?? 0) + 1;
      const at = monthIndexOf(inspection.end) + 3 * n + rng.int(0, 1);
      if (n > 8 || at > LAST_MONTH - 1) continue;
      if (makeReview(inspection.authority, 'monitoring-visit', at, { follows: inspection })) {
        visitsOf.set(inspection, n);
        placed = true;
      }
    }
    if (!placed) leftover++;
  }
  peer += leftover;

  for (let i = 0; i < focused; i++) {
    if (!makeReview(rng.pick(authorities), 'focused-visit', rng.int(month(2019, 1), month(2026, 6)))) peer++;
  }

  // --- Plans ---------------------------------------------------------------------------
  const planDocs: PlanDoc[] = [];
  const severity = (d: ReviewDoc) => ['inadequate', 'requires-improvement', 'adequate', 'good', 'outstanding'].indexOf(d.overall ?? 'good');
  const candidates = [...inspectionDocs]
    .filter((d) => monthIndexOf(d.end) + 3 < LAST_MONTH)
    .map((d) => ({ d, key: severity(d) + rng.float() * 2.5 }))
    .sort((a, b) => a.key - b.key)
    .map(({ d }) => d);
  const planNames = ['improvement-plan', 'action-plan', 'post-inspection-action-plan', 'improvement-programme', 'ofsted-action-plan'];
  for (const inspection of candidates.slice(0, plans)) {
    const authority = inspection.authority;
    const published = monthIndexOf(inspection.end) + rng.int(1, 3);
    let name = planNames.find((n) => ![...used].some((id) => id.startsWith(`${authority.id}/`) && id.endsWith(`-${n}`)));
    name ??= `improvement-plan-${yearOf(published)}`;
    const id = `${authority.id}/${ym(published)}-${name}`;
    if (!claim(id)) continue;
    planDocs.push(makePlan(seed, id, name, authority, inspection, published, themeIds));
  }
  updates += plans - planDocs.length;

  // --- Updates: monthly, shared out between the plans ---------------------------------
  const updateDocs: Array<{ id: string; data: UpdateData; plan: PlanDoc }> = [];
  const capacity = new Map(planDocs.map((p) => [p, Math.min(36, LAST_MONTH - p.published)]));
  const quota = new Map(planDocs.map((p) => [p, 0]));
  let remaining = updates;
  for (let pass = 0; remaining > 0 && pass < 200; pass++) {
    let progressed = false;
    for (const plan of rng.shuffle(planDocs)) {
      if (remaining === 0) break;
      if (quota.get(plan)! < capacity.get(plan)!) {
        quota.set(plan, quota.get(plan)! + 1);
        remaining--;
        progressed = true;
      }
    }
    if (!progressed) break;
  }
  // Whatever the plans cannot hold becomes peer reviews, so the total stays exact.
  peer += remaining;
  for (const plan of planDocs) {
    const first = plan.published + 1;
    for (let i = 0; i < quota.get(plan)!; i++) {
      const at = first + i;
      const id = `${plan.authority.id}/${ym(at)}-${plan.name}-update`;
      if (!claim(id)) {
        peer++;
        continue;
      }
      updateDocs.push({ id, plan, data: makeUpdate(seed, id, plan, at) });
    }
  }

  for (let i = 0; i < peer; i++) {
    let doc: ReviewDoc | undefined;
    for (let tries = 0; !doc && tries < 50; tries++) doc = makeReview(rng.pick(authorities), 'peer-review', rng.int(month(2010, 1), month(2026, 6)));
    if (!doc) throw new Error('could not place a peer review');
  }

  // --- Files ---------------------------------------------------------------------------
  const files: CorpusFile[] = [];
  let bodyWords = 0;
  const dump = (data: object) => yaml.dump(data, { lineWidth: 100, noRefs: true, quotingType: '"' });
  const write = (path: string, data: object, body: string) => {
    bodyWords += words(body.replace(/^#+ .*$/gm, ''));
    files.push({ path, text: `---\n${dump(data)}---\n\n${body}` });
  };
  const withPlaces = (authority: Authority, at: number, id: string) => new Writer(new Random(hashSeed(seed, 'body', id)), { authority, places: placesOf.get(authority.id)!, at });

  for (const review of reviews) {
    const r = new Random(hashSeed(seed, 'words', review.id));
    const writer = withPlaces(review.authority, monthIndexOf(review.start), review.id);
    const findingThemes = [...new Set([...review.data.strengths, ...review.data.areasForImprovement, ...review.data.recommendations].flatMap((f) => f.themes))];
    const pick = (ids: string[]) => ids.filter((id) => themeIds.includes(id));
    const headings =
      review.kind === 'peer-review'
        ? [
            { heading: 'The review', themes: findingThemes, lead: [writer.fill(r.pick(P.methods))] },
            ...review.data.kloes.map((k) => ({ heading: k.title, themes: pick(P.peerFocuses.flatMap((f) => f.kloes).find((x) => x.title === k.title)?.themes ?? findingThemes) })),
            { heading: 'Recommendations', themes: findingThemes },
          ]
        : review.kind === 'inspection'
          ? [
              { heading: 'The inspection', themes: ['leadership-governance', 'practice-quality'], lead: [writer.fill(r.pick(P.methods))] },
              { heading: 'Help and protection', themes: ['early-help', 'thresholds', 'child-protection', 'children-in-need'] },
              { heading: 'Children in care', themes: ['looked-after-children', 'placements', 'permanence', 'life-story-work', 'independent-reviewing'] },
              { heading: 'Care leavers', themes: ['care-leavers', 'housing', 'education', 'health'] },
              { heading: 'Leadership and management', themes: ['leadership-governance', 'workforce', 'caseloads', 'quality-assurance'] },
              { heading: 'What happens next', themes: ['leadership-governance', 'performance-management'] },
            ]
          : [
              { heading: 'The visit', themes: findingThemes, lead: [writer.fill(r.pick(P.methods))] },
              { heading: 'What inspectors found', themes: findingThemes },
              { heading: 'Next steps', themes: ['leadership-governance', 'management-oversight'] },
            ];
    const body = writer.body(headings.map((h) => ({ ...h, themes: pick(h.themes).length ? pick(h.themes) : themeIds })), r.int(...REVIEW_WORDS), findingThemes, labels);
    write(`content/reviews/${review.id}.mdx`, review.data, body);
  }

  for (const plan of planDocs) {
    const r = new Random(hashSeed(seed, 'words', plan.id));
    const writer = withPlaces(plan.authority, plan.published, plan.id);
    const counts = new Map<string, number>();
    for (const action of plan.data.actions) counts.set(action.priority, (counts.get(action.priority) ?? 0) + 1);
    const headings = [
      {
        heading: 'About the plan',
        themes: ['leadership-governance'],
        lead: [`The plan answers the ${plan.data.answers.length === 1 ? 'inspection' : 'reviews'} it lists and sets out ${plan.data.actions.length} actions in ${plan.data.priorities.length} priorities, each with a lead officer and a due date.`],
      },
      { heading: 'Governance and reporting', themes: ['leadership-governance', 'performance-management'] },
      ...plan.data.priorities.map((p) => ({
        heading: `Priority ${p.id}: ${p.title}`,
        themes: P.priorityBank.find((b) => b.title === p.title)!.themes,
        lead: [`This priority has ${counts.get(p.id) ?? 0} actions.`],
      })),
    ];
    write(`content/plans/${plan.id}.mdx`, plan.data, writer.body(headings, r.int(...PLAN_WORDS), themeIds, labels));
  }

  for (const update of updateDocs) {
    const r = new Random(hashSeed(seed, 'words', update.id));
    const at = monthIndexOf(update.data.asOf);
    const writer = withPlaces(update.plan.authority, at, update.id);
    const reds = update.data.statuses.filter((s) => s.status === 'red');
    const actions = new Map(update.plan.data.actions.map((a) => [a.id, a]));
    const exceptions = reds.length
      ? reds.map((s) => `- Action ${s.action}: ${actions.get(s.action)?.text ?? ''} ${s.note ?? ''}`.trim()).join('\n')
      : 'No action was rated red this month.';
    const headings = [
      {
        heading: 'Summary',
        themes: ['leadership-governance', 'performance-management'],
        lead: [
          `Of the ${update.data.declared?.actionsDue ?? 0} actions due to have started by ${monthName(at)} ${yearOf(at)}, ${reds.length} ${reds.length === 1 ? 'was' : 'were'} rated red. This report lists the status of ${update.data.statuses.length} actions.`,
        ],
      },
      { heading: 'Exceptions', themes: ['management-oversight'], lead: [exceptions] },
      ...update.plan.data.priorities.slice(0, r.int(3, 6)).map((p) => ({ heading: `Progress on ${p.title.toLowerCase()}`, themes: P.priorityBank.find((b) => b.title === p.title)!.themes })),
      { heading: 'Next steps', themes: ['leadership-governance'] },
    ];
    write(`content/updates/${update.id}.mdx`, update.data, writer.body(headings, r.int(...UPDATE_WORDS), themeIds, labels));
  }

  files.sort((a, b) => a.path.localeCompare(b.path));
  const authorityYaml = `# Synthetic benchmark vocabulary: the real authorities, then synthetic ones with valid-looking ONS codes.\n${dump([...realAuthorities, ...synthetic])}`;
  files.unshift(
    { path: 'content/vocabularies/authorities.yaml', text: authorityYaml },
    { path: 'content/vocabularies/frameworks.yaml', text: options.vocabularies.frameworks },
    { path: 'content/vocabularies/themes.yaml', text: options.vocabularies.themes },
  );

  const byKind: Record<string, number> = { plan: planDocs.length, update: updateDocs.length };
  for (const review of reviews) byKind[review.kind] = (byKind[review.kind] ?? 0) + 1;
  const findings = reviews.reduce((sum, r) => sum + r.data.strengths.length + r.data.areasForImprovement.length + r.data.recommendations.length, 0);
  const stats: CorpusStats = {
    documents: reviews.length + planDocs.length + updateDocs.length,
    reviews: reviews.length,
    plans: planDocs.length,
    updates: updateDocs.length,
    byKind,
    findings,
    actions: planDocs.reduce((sum, p) => sum + p.data.actions.length, 0),
    statuses: updateDocs.reduce((sum, u) => sum + u.data.statuses.length, 0),
    authorities: authorities.length,
    bodyWords,
  };
  if (stats.documents !== total) throw new Error(`generated ${stats.documents} documents instead of ${total}`);
  return { files, stats };
}

// ---------------------------------------------------------------------------------------
// Plans and updates.

/** A due date as councils write it, for a month range. */
function dueText(rng: Random, from: number, to: number): string {
  const yy = (index: number) => String(yearOf(index)).slice(2);
  if (from === to) {
    return rng.weighted([
      [`${shortMonth(from)}-${yy(from)}`, 3],
      [`${monthName(from)} ${yearOf(from)}`, 2],
      [`${shortMonth(from)} ${yearOf(from)}`, 1],
    ] as const);
  }
  if (yearOf(from) === yearOf(to)) return `${shortMonth(from)}-${shortMonth(to)} ${yy(to)}`;
  return `${shortMonth(from)} ${yy(from)}-${shortMonth(to)} ${yy(to)}`;
}

function makePlan(seed: number, id: string, name: string, authority: Authority, inspection: ReviewDoc, published: number, themeIds: string[]): PlanDoc {
  const r = new Random(hashSeed(seed, id));
  const bank = r.sample(P.priorityBank.map((p, i) => ({ ...p, i })), r.int(8, 12)).sort((a, b) => a.i - b.i);
  const priorities = bank.map((p, i) => ({ id: String(i + 1), title: p.title, themes: p.themes.filter((t) => themeIds.includes(t)) }));
  const totalActions = r.int(100, 250);
  const weights = priorities.map(() => 0.5 + r.float());
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const perPriority = weights.map((w) => Math.max(5, Math.round((w / weightSum) * totalActions)));
  const answerable = [...inspection.data.areasForImprovement, ...inspection.data.recommendations];
  const period = r.int(18, 24);
  const actions: PlanData['actions'] = [];
  const schedule = new Map<string, { start: number; dueTo: number; complete: number }>();
  const writer = new Writer(r, { authority, places: [authority.shortName], at: published });

  priorities.forEach((priority, pi) => {
    let left = perPriority[pi]!;
    for (let sub = 1; left > 0; sub++) {
      const inSub = Math.min(left, r.int(2, 6));
      left -= inSub;
      for (let n = 1; n <= inSub; n++) {
        const actionId = `${priority.id}.${sub}.${n}`;
        const theme = r.pick(priority.themes);
        const themes = [theme, ...r.sample(priority.themes.filter((t) => t !== theme), r.int(0, 1))];
        const topic = writer.topic(theme);
        let text = `${r.pick(P.actionVerbs)} ${lowerFirst(topic.text)} ${r.pick(P.actionPurposes)}.`;
        if (r.chance(0.25)) text += ` ${r.pick([`Commencing ${monthName(published + r.int(1, 6))} ${yearOf(published + 6)}.`, 'Report progress to the Improvement Board each quarter.', 'Include the views of children and young people.', 'Review after six months.'])}`;
        const from = published + r.int(0, period - 1);
        const to = Math.min(from + r.weighted([[0, 6], [1, 1], [2, 2]] as const), published + period);
        const matching = answerable.filter((f) => f.themes.some((t) => themes.includes(t)));
        const addressCount = r.weighted([[1, 7], [2, 1.5], [0, 1.5]] as const);
        const targets = r.sample(matching.length ? matching : r.chance(0.5) ? answerable : [], addressCount);
        const action: PlanData['actions'][number] = {
          id: actionId,
          priority: priority.id,
          text,
          due: dueText(r, from, to),
          themes,
          addresses: targets.map((f) => `${inspection.id}#${f.id}`),
        };
        if (r.chance(0.8)) action.owner = r.pick(P.owners);
        actions.push(action);
        const slip = r.weighted([[0, 60], [1, 10], [2, 8], [3, 7], [99, 15]] as const);
        schedule.set(actionId, { start: from - r.int(0, 2), dueTo: to, complete: to + slip });
      }
    }
  });
  // Every area for improvement and recommendation is answered by at least one action.
  const addressed = new Set(actions.flatMap((a) => a.addresses));
  for (const finding of answerable) {
    const ref = `${inspection.id}#${finding.id}`;
    if (addressed.has(ref)) continue;
    const action = actions.find((a) => a.themes.some((t) => finding.themes.includes(t)) && !a.addresses.includes(ref)) ?? r.pick(actions);
    action.addresses.push(ref);
  }

  const declare = r.chance(0.5);
  const count = (pid: string) => actions.filter((a) => a.priority === pid).length;
  const data: PlanData = {
    title: r.pick(["Children's Services Improvement Plan", 'Post-Inspection Action Plan', "Children's Social Care Improvement Plan", 'Ofsted Improvement Action Plan']),
    authority: authority.id,
    answers: [inspection.id],
    published: ym(published),
    period: { from: ym(published), to: ym(published + period) },
    reportedIn: [paper(r, ymd(published, 1), 'Improvement plan in response to the inspection of children’s services')],
    source: { title: `Improvement plan in response to the ${yearOf(monthIndexOf(inspection.start))} inspection of children’s services`, publisher: authority.name },
    summary: `${authority.shortName}'s plan answering ${inspection.data.title.replace(/^Ofsted /, 'the Ofsted ').replace(/^Inspection/, 'the inspection')}, in ${priorities.length} priorities with ${actions.length} actions due between ${monthName(published)} ${yearOf(published)} and ${monthName(published + period)} ${yearOf(published + period)}.`,
    priorities: priorities.map((p) => ({ id: p.id, title: p.title, ...(declare ? { declaredActions: count(p.id) } : {}) })),
    ...(declare ? { declaredActions: actions.length, declaredActionsNote: 'All actions in the plan, as the council counts them.' } : {}),
    actions,
  };
  return { id, name, authority, published, data, schedule };
}

function statusAt(entry: { start: number; dueTo: number; complete: number }, at: number): 'red' | 'amber' | 'green' | 'white' {
  if (at < entry.start) return 'white';
  if (at >= entry.complete) return 'green';
  if (at > entry.dueTo) return 'red';
  return 'amber';
}

function makeUpdate(seed: number, id: string, plan: PlanDoc, at: number): UpdateData {
  const r = new Random(hashSeed(seed, id));
  const asOf = ymd(at, 31);
  const statuses: UpdateData['statuses'] = [];
  const share = 0.3 + r.float() * 0.4;
  let due = 0;
  const byPriority = new Map(plan.data.priorities.map((p) => [p.id, { due: 0, red: 0 }]));
  const writer = new Writer(r, { authority: plan.authority, places: [plan.authority.shortName], at });
  for (const action of plan.data.actions) {
    const entry = plan.schedule.get(action.id)!;
    const status = statusAt(entry, at);
    if (entry.start <= at) {
      due++;
      byPriority.get(action.priority)!.due++;
    }
    if (status === 'red') byPriority.get(action.priority)!.red++;
    // Exception reports list every red action; the rest are a sample.
    if (status === 'red' || (status !== 'white' && r.chance(share)) || (status === 'white' && r.chance(0.03))) {
      const item: UpdateData['statuses'][number] = { action: action.id, status };
      if (status === 'red' || r.chance(0.4)) {
        const when = status === 'green' ? at - r.int(0, 2) : at + r.int(1, 3);
        item.note = writer.fill(r.pick(P.ragNotes[status]).replace(/\{month\}/g, `${monthName(when)} ${yearOf(when)}`));
      }
      statuses.push(item);
    }
  }
  const red = statuses.filter((s) => s.status === 'red').length;
  const title = `${plan.data.title} ${r.pick(['progress report', 'exception report', 'highlight report'])}, ${monthName(at)} ${yearOf(at)}`;
  const reportedIn = [paper(r, asOf, title)];
  return {
    title,
    authority: plan.authority.id,
    plan: plan.id,
    asOf,
    published: reportedIn[0]!.date,
    reportedIn,
    source: { title, publisher: plan.authority.name },
    summary: `Progress on ${plan.authority.shortName}'s improvement plan at ${monthName(at)} ${yearOf(at)}: ${due} actions had started or were due, and ${red} ${red === 1 ? 'was' : 'were'} rated red.`,
    statuses,
    declared: {
      actionsDue: due,
      red,
      byPriority: [...byPriority].map(([priority, counts]) => ({ priority, due: counts.due, red: counts.red })),
    },
  };
}
