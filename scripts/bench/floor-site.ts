/**
 * Writes the floor site: the bare stack (Astro + MDX + Pagefind) over the same documents,
 * with nothing of this project's own. One plain page per document showing its title and
 * MDX body, from a content collection with a permissive schema. It uses this project's
 * node_modules through a symlink, so both builds run exactly the same Astro and Pagefind.
 */
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function writeFloorSite(siteDir: string, contentDir: string, projectRoot: string): void {
  const site = path.resolve(siteDir);
  rmSync(path.join(site, 'src'), { recursive: true, force: true });
  rmSync(path.join(site, '.astro-cache'), { recursive: true, force: true });
  rmSync(path.join(site, '.astro'), { recursive: true, force: true });
  mkdirSync(path.join(site, 'src', 'pages'), { recursive: true });
  const modules = path.join(site, 'node_modules');
  if (!existsSync(modules)) symlinkSync(path.join(projectRoot, 'node_modules'), modules, 'dir');
  const files: Record<string, string> = {
    'package.json': `${JSON.stringify({ name: 'bench-floor', private: true, type: 'module' }, null, 2)}\n`,
    'tsconfig.json': `${JSON.stringify({ extends: 'astro/tsconfigs/base', include: ['src'] }, null, 2)}\n`,
    'astro.config.mjs': `// The floor: Astro and MDX with no configuration of the project's own.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  integrations: [mdx()],
  trailingSlash: 'always',
  build: { format: 'directory' },
  cacheDir: './.astro-cache',
  devToolbar: { enabled: false },
});
`,
    'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  docs: defineCollection({
    loader: glob({ base: ${JSON.stringify(path.resolve(contentDir))}, pattern: '{reviews,plans,updates}/**/*.mdx' }),
    schema: z.looseObject({ title: z.string() }),
  }),
};
`,
    'src/pages/[...id].astro': `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const entries = await getCollection('docs');
  return entries.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body>
    <main data-pagefind-body>
      <h1>{entry.data.title}</h1>
      <Content />
    </main>
  </body>
</html>
`,
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(site, name), text);
}
