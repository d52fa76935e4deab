/**
 * The generated tables of content/official/ against Ofsted's own figures. The expected numbers
 * were read off the sheets themselves (LA_Inspection_Outcomes_as_at_31_March_2025.ods), not
 * computed from the tables.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { authoritySchema, frameworkSchema } from '../../src/schemas/vocabularies.ts';
import { loadOfficialTables } from '../../src/official/load.ts';
import { checkOfficialTables } from '../../src/official/check.ts';
import { gradeCounts, inspectionsPerYear, latestOverallEffectiveness } from '../../src/official/history.ts';

const root = path.resolve(import.meta.dirname, '../..');
const vocabulary = <T>(name: string, schema: z.ZodType<T>) => z.array(schema).parse(parse(readFileSync(path.join(root, `content/vocabularies/${name}.yaml`), 'utf8')));
const authorities = vocabulary('authorities', authoritySchema);
const frameworks = vocabulary('frameworks', frameworkSchema);
const { tables, problems } = loadOfficialTables(root);

describe('the tables of content/official/', () => {
  it('load without a problem, and every row passes the cross-checks against the vocabularies', () => {
    expect(problems).toEqual([]);
    expect(checkOfficialTables(tables, { authorities, frameworks })).toEqual([]);
  });

  it('name only councils of the authorities vocabulary, one latest row for each of the 153 current councils', () => {
    const ids = new Set(authorities.map((a) => a.id));
    expect(tables.inspections.filter((r) => !ids.has(r.council))).toEqual([]);
    expect(new Set(tables.latest.map((r) => r.council)).size).toBe(153);
    const byOns = new Map(authorities.filter((a) => a.status === 'current').map((a) => [a.onsCode, a.id]));
    expect(tables.latest.filter((r) => byOns.get(r.areaCode) !== r.council)).toEqual([]);
  });
});

describe('the latest judgements as at 31 March 2025', () => {
  // Counted in the sheet Inspections_as_at_31_March, column by column.
  const sheet = {
    overallEffectiveness: { outstanding: 36, good: 67, 'requires-improvement': 31, inadequate: 19 },
    impactOfLeaders: { outstanding: 45, good: 60, 'requires-improvement': 33, inadequate: 15 },
    helpAndProtection: { outstanding: 22, good: 71, 'requires-improvement': 45, inadequate: 15 },
    childrenInCare: { outstanding: 37, good: 75, 'requires-improvement': 30, inadequate: 11 },
    // 50 councils were last inspected before this judgement began on 1 January 2023.
    careLeavers: { outstanding: 27, good: 43, 'requires-improvement': 26, inadequate: 7 },
  };

  it('have the spread of grades the sheet has, judgement by judgement', () => {
    for (const [field, counts] of Object.entries(sheet)) {
      expect(gradeCounts(tables.latest.map((r) => r[field as keyof typeof sheet])), field).toEqual(counts);
    }
  });

  it('are each council’s last inspection in the full record (or its predecessor’s), so the record gives the same spread', () => {
    const latest = latestOverallEffectiveness(tables.inspections, '2025-03-31', authorities);
    const current = authorities.filter((a) => a.status === 'current').map((a) => a.id);
    expect(current.filter((id) => latest.get(id)?.grade !== tables.latest.find((r) => r.council === id)?.overallEffectiveness)).toEqual([]);
    expect(gradeCounts(current.map((id) => latest.get(id)?.grade))).toEqual(sheet.overallEffectiveness);
  });
});

describe('the ILACS inspections', () => {
  it('number 271, year by year of their start as in the sheet ILACS_inspection_history', () => {
    expect(inspectionsPerYear(tables.inspections, ['ilacs-standard', 'ilacs-short'])).toEqual({ 2018: 34, 2019: 56, 2020: 13, 2021: 15, 2022: 50, 2023: 43, 2024: 49, 2025: 11 });
    expect(inspectionsPerYear(tables.inspections, ['ilacs-short'])).toEqual({ 2018: 8, 2019: 20, 2020: 4, 2021: 1, 2022: 15, 2023: 18, 2024: 28, 2025: 6 });
  });

  it('include the 2024-25 focused and monitoring visits of the sheet In-year_inspections', () => {
    const visits = new Map<string, Set<string>>();
    for (const r of tables.inspections) if (r.kind === 'focused-visit' || r.kind === 'monitoring-visit') visits.set(r.kind, (visits.get(r.kind) ?? new Set()).add(r.event));
    expect({ focused: visits.get('focused-visit')?.size, monitoring: visits.get('monitoring-visit')?.size }).toEqual({ focused: 36, monitoring: 24 });
  });
});
