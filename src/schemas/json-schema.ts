/**
 * JSON Schemas of each document kind's frontmatter, generated from the zod schemas (zod 4's
 * `toJSONSchema`) with the vocabularies written in as enums, so an editor can offer and check
 * theme ids, authorities, frameworks and grades while the author types. Rules across fields
 * and files (references, dates in order, a grade on its framework's scale) stay the checker's.
 */
import { z } from 'astro/zod';
import type { DocumentKind } from './kinds.ts';
import type { Authority, Framework, Theme } from './vocabularies.ts';

type Json = { [key: string]: unknown };

/** Writes the vocabularies into the schema wherever a field names one. */
function withVocabularies(node: unknown, enums: Record<string, string[]>): void {
  if (Array.isArray(node)) return node.forEach((child) => withVocabularies(child, enums));
  if (!node || typeof node !== 'object') return;
  const object = node as Json;
  const properties = object.properties as Record<string, Json> | undefined;
  if (properties) {
    for (const [key, property] of Object.entries(properties)) {
      if (key === 'themes' && property.items) (property.items as Json).enum = enums.themes;
      else if (key in enums && property.type === 'string') property.enum = enums[key];
    }
  }
  Object.values(object).forEach((child) => withVocabularies(child, enums));
}

/** The JSON Schema of a kind's frontmatter (`kind` from the registry in `kinds.ts`). */
export function documentJsonSchema(kind: DocumentKind<never>, vocab: { themes: Theme[]; authorities: Authority[]; frameworks: Framework[] }, baseUrl = ''): Json {
  const schema = z.toJSONSchema(kind.schema as z.ZodType, { io: 'input', unrepresentable: 'any' }) as Json;
  withVocabularies(schema, {
    themes: vocab.themes.map((t) => t.id),
    authority: vocab.authorities.map((a) => a.id),
    framework: vocab.frameworks.map((f) => f.id),
    grade: [...new Set(vocab.frameworks.flatMap((f) => f.grades.map((g) => g.id)))],
  });
  return {
    ...schema,
    ...(baseUrl ? { $id: `${baseUrl}schema/${kind.id}.schema.json` } : {}),
    title: kind.schemaTitle,
    description: `Generated from src/schemas/${kind.id}.ts. Run \`npm run check\` for the rules a schema cannot express (references, dates in order, grades on their framework's scale).`,
  };
}
