/**
 * `npm run official:authorities [-- --scrape-repo <dir> --csc-repo <dir>]`: regenerates
 * `content/vocabularies/authorities.yaml`, every English council with children's services,
 * current and former, from the official lists (sources: scripts/official/sources.ts).
 *
 * - Current councils: the 153 area codes of Ofsted's "as at 31 March 2025" judgements, named
 *   as ONS names them in the April 2023 LTLA-UTLA lookup; DfE LA code, Ofsted URN, region and
 *   statistical neighbours from the ofsted-ilacs-scrape-tool lookup (its neighbours are DfE's
 *   2025 model, the same lists as the CSC repository's sn_model_2025_wide.csv).
 * - Former councils: those abolished by the reorganisations listed below (the only former
 *   councils in Ofsted's 2009-2023 and 2018-2025 inspection tables); their codes are checked
 *   against every source that gives them, and their neighbours come from DfE's April 2021
 *   groupings (the "Old SNs" rows for councils gone before April 2021).
 * - Type follows the ONS code: E09 London borough, E08 metropolitan district, E06 unitary,
 *   E10 county.
 * - Slugs follow `councilSlug` (src/official/slug.ts). A former county whose successor unitary
 *   has the same name (Buckinghamshire, Dorset, North Yorkshire, Somerset) would get its
 *   successor's slug; the former body's slug then ends in `-county-council`
 *   (`north-yorkshire-county-council`), and its name is "<Name> County Council".
 * - Names and short names already in the vocabulary are kept (they are curated there); a new
 *   council is named by ONS ("Bristol, City of" written "City of Bristol", short "Bristol").
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml, Document, isScalar, visit } from 'yaml';
import XLSX from 'xlsx';
import { z } from 'astro/zod';
import { authoritySchema, type Authority } from '../../src/schemas/vocabularies.ts';
import { councilSlug } from '../../src/official/slug.ts';
import { readCsv, readSource, refuse, SOURCE_FILES, sourceRepos } from './sources.ts';

/**
 * Councils with children's services abolished since 2009, and what replaced them, as the
 * structural changes orders made them. Codes are checked against the sources below.
 */
const FORMER: ReadonlyArray<{ onsCode: string; onsName: string; dfeCode: string; until: string; successors: string[]; order: string }> = [
  { onsCode: 'E06000028', onsName: 'Bournemouth', dfeCode: '837', until: '2019-03-31', successors: ['E06000058'], order: 'The Bournemouth, Dorset and Poole (Structural Changes) Order 2018' },
  { onsCode: 'E06000029', onsName: 'Poole', dfeCode: '836', until: '2019-03-31', successors: ['E06000058'], order: 'The Bournemouth, Dorset and Poole (Structural Changes) Order 2018' },
  // Christchurch was a district of Dorset: its children's services passed to BCP.
  { onsCode: 'E10000009', onsName: 'Dorset', dfeCode: '835', until: '2019-03-31', successors: ['E06000058', 'E06000059'], order: 'The Bournemouth, Dorset and Poole (Structural Changes) Order 2018' },
  { onsCode: 'E10000002', onsName: 'Buckinghamshire', dfeCode: '825', until: '2020-03-31', successors: ['E06000060'], order: 'The Buckinghamshire (Structural Changes) Order 2019' },
  { onsCode: 'E10000021', onsName: 'Northamptonshire', dfeCode: '928', until: '2021-03-31', successors: ['E06000061', 'E06000062'], order: 'The Northamptonshire (Structural Changes) Order 2020' },
  { onsCode: 'E10000006', onsName: 'Cumbria', dfeCode: '909', until: '2023-03-31', successors: ['E06000063', 'E06000064'], order: 'The Cumbria (Structural Changes) Order 2022' },
  { onsCode: 'E10000023', onsName: 'North Yorkshire', dfeCode: '815', until: '2023-03-31', successors: ['E06000065'], order: 'The North Yorkshire (Structural Changes) Order 2022' },
  { onsCode: 'E10000027', onsName: 'Somerset', dfeCode: '933', until: '2023-03-31', successors: ['E06000066'], order: 'The Somerset (Structural Changes) Order 2022' },
];

/** The date DfE's April 2021 groupings describe: their codes name the councils of that day. */
const GROUPINGS_2021 = '2021-04-01';

const REGIONS: Record<string, Authority['region']> = {
  'North East': 'North East',
  'North West': 'North West',
  'Yorkshire and the Humber': 'Yorkshire and The Humber',
  'Yorkshire and The Humber': 'Yorkshire and The Humber',
  'East Midlands': 'East Midlands',
  'West Midlands': 'West Midlands',
  'East of England': 'East of England',
  London: 'London',
  'South East': 'South East',
  'South West': 'South West',
};

const TYPES: Record<string, Authority['type']> = { E09: 'london-borough', E08: 'metropolitan-district', E06: 'unitary', E10: 'county' };

const dayAfter = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const normalName = (name: string) => name.toLowerCase().replace(/\(pre lg\)|&/g, (m) => (m === '&' ? 'and' : '')).replace(/[^a-z]+/g, ' ').trim();

/** "Bristol, City of" → "City of Bristol". */
function displayName(onsName: string): string {
  const inverted = onsName.match(/^(.*),\s*((?:City|County) of)$/);
  return inverted ? `${inverted[2]} ${inverted[1]}` : onsName;
}

export function buildAuthorities(repos = sourceRepos()): Authority[] {
  const outcomes = XLSX.read(readSource(repos.csc, SOURCE_FILES.outcomes2025));
  const asAtSheet = 'Inspections_as_at_31_March';
  const asAt = XLSX.utils.sheet_to_json<unknown[]>(outcomes.Sheets[asAtSheet]!, { header: 1, defval: null });
  const headerRow = asAt.findIndex((row) => row[1] === 'Local authority area code');
  if (headerRow < 0) refuse(SOURCE_FILES.outcomes2025, `sheet ${asAtSheet}`, 'no header row with "Local authority area code"');
  const currentCodes = asAt.slice(headerRow + 1).filter((row) => row[1]).map((row) => String(row[1]));

  const onsNames = new Map<string, string>();
  for (const { record } of readCsv(repos.csc, SOURCE_FILES.ltlaUtla)) onsNames.set(record.UTLA23CD!, record.UTLA23NM!);

  const lookup = readCsv(repos.scrape, SOURCE_FILES.providerLookup);
  const lookupByOns = new Map(lookup.filter(({ record }) => record.la_code_new).map((row) => [row.record.la_code_new!, row]));
  const lookupByDfe = new Map(lookup.map((row) => [row.record.la_code!, row]));

  const groupings = readCsv(repos.csc, SOURCE_FILES.neighbours2021);
  const oldSection = groupings.findIndex(({ record }) => /old sns/i.test(Object.values(record).join(' ')));
  const groupingRow = (dfeCode: string, old: boolean) =>
    groupings.find(({ record }, index) => record['LA num'] === dfeCode && (old ? index > oldSection : index < oldSection));

  const existing = new Map<string, Authority>();
  const vocabularyFile = path.resolve('content/vocabularies/authorities.yaml');
  for (const entry of (parseYaml(readFileSync(vocabularyFile, 'utf8')) ?? []) as Authority[]) existing.set(entry.id, entry);

  type Draft = Authority & { neighbourCodes: string[]; neighbourDate: string };
  const councils: Draft[] = [];

  for (const onsCode of currentCodes) {
    const onsName = onsNames.get(onsCode) ?? refuse(SOURCE_FILES.ltlaUtla, '', `no upper-tier authority ${onsCode}, named in ${asAtSheet}`);
    const row = lookupByOns.get(onsCode) ?? refuse(SOURCE_FILES.providerLookup, '', `no row with la_code_new ${onsCode} (${onsName})`);
    const where = `line ${row.line}`;
    const region = REGIONS[row.record.region_name!] ?? refuse(SOURCE_FILES.providerLookup, where, `region_name "${row.record.region_name}" is not one of the nine English regions`);
    const neighbourCodes = row.record.stat_neighbours!.split(',').map((code) => code.trim()).filter(Boolean);
    if (neighbourCodes.length !== 10) refuse(SOURCE_FILES.providerLookup, where, `stat_neighbours has ${neighbourCodes.length} codes, not 10`);
    councils.push({
      id: councilSlug(onsName),
      name: displayName(onsName),
      shortName: onsName.replace(/,\s*(City|County) of$/, ''),
      onsCode,
      dfeCode: /^\d{3}$/.test(row.record.la_code!) ? row.record.la_code! : refuse(SOURCE_FILES.providerLookup, where, `la_code "${row.record.la_code}" is not a 3-digit DfE code`),
      ofstedUrn: row.record.urn || undefined,
      region,
      type: TYPES[onsCode.slice(0, 3)] ?? refuse(SOURCE_FILES.providerLookup, where, `${onsCode} is not an upper-tier English code`),
      status: 'current',
      statisticalNeighboursModel: 'dfe-2025',
      neighbourCodes,
      neighbourDate: '9999-12-31',
    });
  }

  const currentByOns = new Map(councils.map((c) => [c.onsCode, c]));
  for (const former of FORMER) {
    const successors = former.successors.map((code) => currentByOns.get(code) ?? refuse('scripts/official/authorities.ts', '', `${former.onsName}'s successor ${code} is not a current council`));
    let id = councilSlug(former.onsName);
    let name = former.onsName;
    if (successors.some((s) => s.id === id)) {
      id = `${id}-county-council`;
      name = `${former.onsName} County Council`;
    }
    // Cross-check the codes with the sources that carry them.
    const lookupRow = lookupByDfe.get(former.dfeCode);
    const ownLookupRow = lookupRow && !lookupRow.record.la_code_new ? lookupRow : undefined;
    if (ownLookupRow && normalName(ownLookupRow.record.local_authority_ons_name!) !== normalName(former.onsName)) {
      refuse(SOURCE_FILES.providerLookup, `line ${ownLookupRow.line}`, `la_code ${former.dfeCode} is "${ownLookupRow.record.local_authority_ons_name}", not ${former.onsName}`);
    }
    const goneBefore2021 = former.until < GROUPINGS_2021;
    const grouping = groupingRow(former.dfeCode, goneBefore2021);
    if (grouping && normalName(grouping.record['LA Name']!) !== normalName(former.onsName)) {
      refuse(SOURCE_FILES.neighbours2021, `line ${grouping.line}`, `LA ${former.dfeCode} is "${grouping.record['LA Name']}", not ${former.onsName}`);
    }
    const neighbourCodes = grouping ? Array.from({ length: 10 }, (_, i) => grouping.record[`SN${i + 1}`]!.trim()) : [];
    const region = successors[0]!.region;
    councils.push({
      id,
      name,
      shortName: name,
      onsCode: former.onsCode,
      dfeCode: former.dfeCode,
      ofstedUrn: ownLookupRow?.record.urn || undefined,
      region,
      type: TYPES[former.onsCode.slice(0, 3)]!,
      status: 'former',
      until: former.until,
      successors: successors.map((s) => s.id),
      statisticalNeighboursModel: grouping ? 'dfe-2021' : undefined,
      neighbourCodes,
      neighbourDate: goneBefore2021 ? former.until : GROUPINGS_2021,
    });
    for (const successor of successors) {
      successor.from = dayAfter(former.until);
      successor.predecessors = [...(successor.predecessors ?? []), id];
    }
  }

  // A DfE code names one council at a time; neighbours are resolved as at their model's date.
  const byDfeOn = (code: string, date: string) =>
    councils.filter((c) => c.dfeCode === code && (c.from ?? '0000') <= date && (c.until ?? '9999-12-31') >= date);
  return councils
    .map(({ neighbourCodes, neighbourDate, ...council }) => {
      const neighbours = neighbourCodes.map((code) => {
        const found = byDfeOn(code, neighbourDate);
        if (found.length !== 1) refuse('statistical neighbours', '', `${council.id}'s neighbour ${code} names ${found.length} councils on ${neighbourDate}`);
        return found[0]!.id;
      });
      const kept = existing.get(council.id);
      const entry: Authority = {
        ...council,
        name: kept?.name ?? council.name,
        shortName: kept?.shortName ?? council.shortName,
        statisticalNeighbours: neighbours.length ? neighbours : undefined,
      };
      return authoritySchema.parse(Object.fromEntries(Object.entries(entry).filter(([, value]) => value !== undefined)));
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** The vocabulary as YAML: strings quoted (a DfE code is text, a date is not a YAML timestamp), lists of slugs on one line. */
export function authoritiesYaml(authorities: Authority[]): string {
  z.array(authoritySchema).parse(authorities);
  const document = new Document(authorities);
  visit(document, {
    Seq(_, node) {
      node.flow = node.items.every((item) => isScalar(item));
    },
  });
  const header = [
    "English local authorities with children's services responsibilities, current and former.",
    'Generated by `npm run official:authorities` (scripts/official/authorities.ts) from ONS, DfE and',
    'Ofsted lists; `name` and `shortName` are kept when regenerating, so they may be curated here.',
    'Contains public sector information licensed under the Open Government Licence v3.0.',
  ];
  return `${header.map((line) => `# ${line}`).join('\n')}\n${document.toString({ defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', flowCollectionPadding: false, lineWidth: 0 })}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const authorities = buildAuthorities();
  writeFileSync('content/vocabularies/authorities.yaml', authoritiesYaml(authorities));
  const current = authorities.filter((a) => a.status === 'current').length;
  console.log(`wrote content/vocabularies/authorities.yaml: ${current} current and ${authorities.length - current} former councils`);
}
