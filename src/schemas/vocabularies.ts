/**
 * Shared vocabularies (`content/vocabularies/*.yaml`): authorities, themes, frameworks.
 * They are data, validated like documents; every document field that names one of them
 * is resolved by the checker, with the nearest valid value suggested when it does not.
 */
import { z } from 'astro/zod';
import { text } from './common.ts';

const slug = z.string().regex(/^[a-z0-9-]+$/, { error: 'must be lower case letters, digits and hyphens' });

/** An English local authority with children's services responsibilities. */
export const authoritySchema = z.strictObject({
  /** Slug used in paths and references, e.g. `central-bedfordshire`. */
  id: slug,
  /** Name as the council styles it, e.g. "London Borough of Bromley". */
  name: text,
  /** Short name for lists and filters, e.g. "Bromley". */
  shortName: text,
  /** ONS GSS code, e.g. `E09000006`. */
  onsCode: z.string().regex(/^E0[6-9]\d{6}|E10\d{6}$/, { error: 'must be an ONS code such as "E09000006"' }),
  /** English region, e.g. "London", "East of England". */
  region: z.enum(
    [
      'North East',
      'North West',
      'Yorkshire and The Humber',
      'East Midlands',
      'West Midlands',
      'East of England',
      'London',
      'South East',
      'South West',
    ],
    { error: 'must be one of the nine English regions, e.g. "London" or "East of England"' },
  ),
  /** Type of authority. */
  type: z.enum(['london-borough', 'metropolitan-district', 'unitary', 'county'], {
    error: 'must be one of london-borough, metropolitan-district, unitary, county',
  }),
});

/** A theme findings and actions are tagged with, for browsing and search. */
export const themeSchema = z.strictObject({
  /** Id used in documents, e.g. `life-story-work`. */
  id: slug,
  /** Label shown to readers, e.g. "Life story work". */
  label: text,
  /** What belongs under this theme, for authors choosing one and readers browsing. */
  description: text,
  /** Other words for the same thing ("LAC", "children in care"); they feed search. */
  synonyms: z.array(text).prefault([]),
});

/** A grade on a framework's scale, best first. */
const grade = z.strictObject({
  /** Id used in documents, e.g. `requires-improvement`. */
  id: slug,
  /** Label as the framework words it, e.g. "Requires improvement to be good". */
  label: text,
});

/** An inspection framework and its own grading scale. */
export const frameworkSchema = z.strictObject({
  /** Id used in documents, e.g. `sif`. */
  id: slug,
  /** Full name, e.g. "Single inspection framework". */
  name: text,
  /** Abbreviation, e.g. "SIF". */
  shortName: text,
  /** Years in use, e.g. "2013-2018" or "2018-". */
  years: z.string().regex(/^\d{4}-(\d{4})?$/, { error: 'must be years written "2013-2018" or "2018-"' }),
  /** Grades, best first. Empty for frameworks that do not grade. */
  grades: z.array(grade),
});

export type Authority = z.infer<typeof authoritySchema>;
export type Theme = z.infer<typeof themeSchema>;
export type Framework = z.infer<typeof frameworkSchema>;
