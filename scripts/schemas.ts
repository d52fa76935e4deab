/**
 * `npm run schemas`: writes the JSON Schemas of the frontmatter into schema/ (committed, so
 * editors validate while authors type; see .vscode/settings.json). A test fails when they
 * are out of date with src/schemas or the vocabularies.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkLibrary } from '../src/checker/check-library.ts';
import { readContentFiles } from '../src/checker/content-files.ts';
import { documentJsonSchema } from '../src/schemas/json-schema.ts';
import { DOCUMENT_KINDS } from '../src/schemas/kinds.ts';

const root = process.cwd();
const { library } = checkLibrary(readContentFiles(root).filter((f) => f.file.startsWith('content/vocabularies/')));
mkdirSync(path.join(root, 'schema'), { recursive: true });
for (const kind of DOCUMENT_KINDS) {
  const file = path.join(root, 'schema', `${kind.id}.schema.json`);
  writeFileSync(file, `${JSON.stringify(documentJsonSchema(kind, library), null, 2)}\n`);
  console.log(`wrote ${path.relative(root, file)}`);
}
