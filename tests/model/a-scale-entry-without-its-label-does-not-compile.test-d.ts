/** Type tests: a scale entry must carry its words, so a state without a label is a compile error. */
import { expectTypeOf, test } from 'vitest';
import type { ScaleEntry } from '../../src/schemas/scales.ts';
import { ragLabel, reviewKindLabel } from '../../src/lib/labels.ts';
import type { RagOrUnknown, ReviewKind } from '../../src/schemas/scales.ts';

test('a scale entry without a label is refused by the type checker', () => {
  // @ts-expect-error: `label` is missing
  const entry: ScaleEntry = { id: 'purple', shortLabel: 'Purple', colour: 'purple' };
  expectTypeOf(entry).toMatchTypeOf<ScaleEntry>();
});

test('labels are keyed by every id of their scale', () => {
  expectTypeOf(ragLabel).toEqualTypeOf<Record<RagOrUnknown, string>>();
  expectTypeOf(reviewKindLabel).toEqualTypeOf<Record<ReviewKind, string>>();
});
