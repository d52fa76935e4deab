/**
 * A truth file that does not say what the evaluation needs is refused with the file, line
 * and field, so a mistake in the truth cannot pass for a measurement.
 */
import { describe, expect, it } from 'vitest';
import { parseTruth, resolveTruth } from '../../src/importer/eval.ts';
import { loadBundledLibrary } from '../support/library.ts';

const file = 'tests/import-corpus/papers/x/truth.yaml';

describe('truth files', () => {
  it('names the line of a judgement whose area was split by an unquoted comma', () => {
    const source = 'kind: review\nmetadata:\n  council: x\njudgements:\n  - { area: Leadership, management and governance, grade: good }\n';
    expect(() => parseTruth(source, file)).toThrow(`${file}:5:5  judgements.0  Unrecognized key: "management and governance"`);
  });
  it('names a kind that is not review, plan or update', () => {
    expect(() => parseTruth('kind: inspection\nmetadata: {}\n', file)).toThrow(/^tests\/import-corpus\/papers\/x\/truth\.yaml:1:7  kind  /);
  });
  it('names a status that is not a RAG colour', () => {
    expect(() => parseTruth('kind: update\nmetadata: {}\nragItems:\n  - { id: "1.1", status: purple }\n', file)).toThrow(/truth\.yaml:4:26  ragItems\.0\.status  /);
  });
  it('names a library document that does not exist', () => {
    const truth = parseTruth('kind: review\nmetadata: {}\nfromLibrary:\n  reviews: [bromley/1999-01-inspection]\n', file);
    expect(() => resolveTruth(truth, loadBundledLibrary().library, file)).toThrow(`${file}  fromLibrary.reviews  "bromley/1999-01-inspection" is not a document of the library`);
  });
});
