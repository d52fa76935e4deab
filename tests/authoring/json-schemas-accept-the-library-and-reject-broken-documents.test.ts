/**
 * The JSON Schemas generated from the zod schemas accept every document in content/,
 * reject the broken examples they can express, and the committed copies in schema/ are current.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/checker/check-library.ts';
import { readDocument } from '../../src/checker/read-document.ts';
import { documentJsonSchema } from '../../src/schemas/json-schema.ts';
import { DOCUMENT_KINDS } from '../../src/schemas/kinds.ts';
import { caseFiles, fixturesRoot } from '../support/fixtures.ts';
import { loadBundledLibrary, projectRoot } from '../support/library.ts';

const { library } = loadBundledLibrary();
const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
const validators = Object.fromEntries(DOCUMENT_KINDS.map((kind) => [kind.id, ajv.compile(documentJsonSchema(kind, library))]));

function validate(file: string, raw: string) {
  const where = classify(file);
  if (where?.type !== 'document') throw new Error(`${file} is not a document`);
  const { document } = readDocument(file, raw);
  if (!document) return { valid: false, errors: ['unreadable'] };
  const validator = validators[where.kind.id]!;
  const valid = validator(document.data) as boolean;
  return { valid, errors: (validator.errors ?? []).map((e) => `${e.instancePath} ${e.message}`) };
}

describe('JSON Schemas of the frontmatter', () => {
  it('accept every document in content/', () => {
    const all = [...library.reviews, ...library.plans, ...library.updates];
    const failures = all
      .map((doc) => ({ file: doc.file, ...validate(doc.file, readFileSync(path.join(projectRoot, doc.file), 'utf8')) }))
      .filter((r) => !r.valid);
    expect(failures).toEqual([]);
    expect(all.length).toBeGreaterThanOrEqual(17);
  });

  // The rest of the catalogue (references, duplicate ids, dates in order, grades on the
  // framework's own scale, counts) needs more than one field or file: the checker's job.
  it.each(['missing-field', 'wrong-type', 'unknown-key', 'unknown-theme', 'unknown-authority', 'malformed-yaml'])('reject the broken example "%s"', (name) => {
    const [file] = caseFiles(path.join(fixturesRoot, 'broken', name));
    expect(validate(file!.file, file!.raw).valid).toBe(false);
  });

  it('accept the valid example', () => {
    const [file] = caseFiles(path.join(fixturesRoot, 'valid'));
    expect(validate(file!.file, file!.raw)).toEqual({ valid: true, errors: [] });
  });

  it.each(DOCUMENT_KINDS.map((kind) => [kind.id, kind] as const))('schema/%s.schema.json is up to date (run `npm run schemas` after changing the model)', (id, kind) => {
    const committed = JSON.parse(readFileSync(path.join(projectRoot, 'schema', `${id}.schema.json`), 'utf8'));
    expect(committed).toEqual(documentJsonSchema(kind, library));
  });
});
