/**
 * CONTRIBUTING ("Extending the model") says a new document kind is one registry entry plus
 * its schema. This test registers a kind that exists only here (a council "briefing") and
 * proves the checker, the JSON Schemas, the content listing and the open-data export take it
 * without any other edit; and that every list the code knows derives from its scale.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { testLibrarySources } from '../support/test-library.ts';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { checkLibrary } from '../../src/checker/check-library.ts';
import { listContentFiles } from '../../src/checker/content-files.ts';
import { formatProblem, sortProblems } from '../../src/checker/problem.ts';
import { findingStatus, summaryByStatus } from '../../src/lib/derive.ts';
import { documentsExport } from '../../src/lib/exports.ts';
import { findingStatusColour, findingStatusLabel, ragColour, ragLabel, ragShortLabel, reviewKindLabel } from '../../src/lib/labels.ts';
import { authoritySlug, itemId, partialDate, ragStatus, text, themeId } from '../../src/schemas/common.ts';
import { documentJsonSchema } from '../../src/schemas/json-schema.ts';
import { DOCUMENT_KINDS, type DocumentKind } from '../../src/schemas/kinds.ts';
import { reviewKind as reviewKindEnum } from '../../src/schemas/review.ts';
import { FINDING_STATUSES, RAG_OR_UNKNOWN, RAG_STATUSES, REVIEW_KINDS } from '../../src/schemas/scales.ts';
import { projectRoot } from '../support/library.ts';

const briefingSchema = z.strictObject({
  title: text,
  authority: authoritySlug,
  date: partialDate,
  points: z.array(z.strictObject({ id: itemId, text, themes: z.array(themeId).min(1) })).prefault([]),
});
type Briefing = z.infer<typeof briefingSchema>;

const briefingKind: DocumentKind<Briefing> = {
  id: 'briefing',
  collection: 'briefings',
  noun: 'a briefing',
  label: 'Briefing',
  plural: 'Briefings',
  schema: briefingSchema,
  schemaTitle: 'Member briefing frontmatter',
  pathPattern: '<authority>/<yyyy-mm>-briefing.mdx',
  checkName: (name, data) => (name === `${data.date.slice(0, 7)}-briefing` ? undefined : { message: `is named "${name}" but should be "${data.date.slice(0, 7)}-briefing"`, fix: 'rename the file' }),
  date: (data) => data.date,
  title: (data) => data.title,
};
const kinds = [...DOCUMENT_KINDS, briefingKind as DocumentKind<never>];

const vocabularies = testLibrarySources(projectRoot).filter((f) => f.file.startsWith('content/vocabularies/'));
const briefing = (body: string) => `---\n${body}\n---\nA briefing for members.\n`;
const good = {
  file: 'content/briefings/bromley/2019-05-briefing.mdx',
  raw: briefing('title: Briefing on the inspection\nauthority: bromley\ndate: "2019-05-02"\npoints:\n  - id: P1\n    text: Caseloads are falling.\n    themes: [caseloads]'),
};
const bad = {
  file: 'content/briefings/bromley/2019-06-note.mdx',
  raw: briefing('title: Second briefing\nauthority: bromley\ndate: "2019-05-20"\npoints:\n  - id: P1\n    text: One.\n    themes: [caseload]\n  - id: P1\n    text: Two.\n    themes: [supervision]\ntitl: x'),
};

describe('a kind registered only in a test fixture', () => {
  it('is checked by its schema and by every cross-document rule that applies to it, with located messages', () => {
    const result = checkLibrary([...vocabularies, good, bad], { kinds });
    expect(result.problems.filter((p) => p.file === good.file)).toEqual([]);
    expect(sortProblems(result.problems).map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/briefings/bromley/2019-06-note.mdx:8:14  points[0].themes[0]  "caseload" is not a theme — use a theme id from content/vocabularies/themes.yaml (did you mean "caseloads"?)",
        "content/briefings/bromley/2019-06-note.mdx:12:1  titl  is not a field of a briefing — rename it (did you mean "title"?)",
      ]
    `);
  });

  it('gets the cross-document rules once its schema passes: unknown theme and a duplicate item id, located', () => {
    const fixed = { ...bad, raw: bad.raw.replace('titl: x', '') };
    const problems = sortProblems(checkLibrary([...vocabularies, good, fixed], { kinds }).problems).map(formatProblem);
    expect(problems).toMatchInlineSnapshot(`
      [
        "content/briefings/bromley/2019-06-note.mdx:1:1  -  is named "2019-06-note" but should be "2019-05-briefing" — rename the file",
        "content/briefings/bromley/2019-06-note.mdx:8:14  points[0].themes[0]  "caseload" is not a theme — use a theme id from content/vocabularies/themes.yaml (did you mean "caseloads"?)",
        "content/briefings/bromley/2019-06-note.mdx:9:9  points[1].id  "P1" is used twice in this document (first at points[0]) — give every item its own id; published ids never change, so renumber only the new item",
      ]
    `);
  });

  it('is listed from disk with the other content files', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'library-kinds-'));
    mkdirSync(path.join(root, 'content', 'briefings', 'bromley'), { recursive: true });
    writeFileSync(path.join(root, good.file), good.raw);
    expect(listContentFiles(root, kinds)).toEqual([good.file]);
    expect(listContentFiles(root)).toEqual([]);
  });

  it('gets a JSON Schema of its frontmatter, with the vocabularies written in', () => {
    const { library } = checkLibrary(vocabularies);
    const schema = documentJsonSchema(briefingKind as DocumentKind<never>, library, 'https://example.org/');
    expect(schema).toMatchObject({ $id: 'https://example.org/schema/briefing.schema.json', title: 'Member briefing frontmatter', required: ['title', 'authority', 'date'] });
    const themes = (schema as { properties: { points: { items: { properties: { themes: { items: { enum: string[] } } } } } } }).properties.points.items.properties.themes.items.enum;
    expect(themes).toContain('caseloads');
  });

  it('gets an open-data export: id, address, kind, title and date by its own rules, then its fields', () => {
    const { library, problems } = checkLibrary([...vocabularies, good], { kinds });
    expect(problems).toEqual([]);
    expect(documentsExport(briefingKind as DocumentKind<never>, library.others!.briefings!, '/library/')).toEqual([
      {
        id: 'bromley/2019-05-briefing',
        url: '/library/briefings/bromley/2019-05-briefing/',
        kind: 'briefing',
        title: 'Briefing on the inspection',
        date: '2019-05-02',
        authority: 'bromley',
        points: [{ id: 'P1', text: 'Caseloads are falling.', themes: ['caseloads'] }],
      },
    ]);
  });
});

describe('every list the code knows derives from its scale', () => {
  it('a RAG state in the scale is accepted by the schema, labelled, coloured and counted', () => {
    expect(ragStatus.options).toEqual(RAG_STATUSES.map((s) => s.id));
    for (const { id } of RAG_OR_UNKNOWN) {
      expect(ragLabel[id]).toBeTruthy();
      expect(ragShortLabel[id]).toBeTruthy();
      expect(ragColour[id]).toBeTruthy();
    }
    const plan = { id: 'p', data: { actions: RAG_STATUSES.map((s, i) => ({ id: String(i), status: s.id })) } };
    const updates = [{ id: 'u', data: { plan: 'p', asOf: '2020-01-01', statuses: RAG_STATUSES.map((s, i) => ({ action: String(i), status: s.id })) } }];
    expect(summaryByStatus(plan as never, updates as never).map((c) => c.status)).toEqual(RAG_OR_UNKNOWN.map((s) => s.id));
  });

  it('a finding status is labelled and coloured, and the derivation only returns statuses of the scale', () => {
    const ids: string[] = FINDING_STATUSES.map((s) => s.id);
    for (const id of ids) expect(findingStatusLabel[id as never]).toBeTruthy();
    for (const id of ids) expect(findingStatusColour[id as never]).toBeTruthy();
    for (const statuses of [[], ['red'], ['green'], ['amber'], ['white'], [undefined]] as const) expect(ids).toContain(findingStatus(statuses));
  });

  it('a review kind in the scale is accepted by the schema and labelled', () => {
    expect(reviewKindEnum.options).toEqual(REVIEW_KINDS.map((k) => k.id));
    for (const { id, label } of REVIEW_KINDS) expect(reviewKindLabel[id]).toBe(label);
  });
});
