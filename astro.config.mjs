// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { writeFileSync } from 'node:fs';
import { securityHeaders, site } from './src/site.config.ts';

// The build script (scripts/build.ts) builds into a staging folder and swaps it in
// only when every step passed, so the output folder is configurable.
export default defineConfig({
  site: site.url,
  base: site.base,
  outDir: process.env.LIBRARY_OUT_DIR ?? './dist',
  // Another content folder (benchmark, tests) gets its own content-layer cache, so no
  // entry of one library leaks into the build of another.
  cacheDir: process.env.LIBRARY_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // Documents are `.mdx` files of plain Markdown, rendered by their loader
  // (src/checker/document-loader.ts), so the MDX integration is not needed.
  integrations: [
    sitemap(),
    {
      // `_headers` for static hosts, from the same headers `npm start` sends.
      name: 'security-headers',
      hooks: {
        'astro:build:done': ({ dir }) => {
          const lines = Object.entries(securityHeaders).map(([name, value]) => `  ${name}: ${value}`);
          writeFileSync(new URL('_headers', dir), `/*\n${lines.join('\n')}\n`);
        },
      },
    },
  ],
  server: { headers: securityHeaders },
  // Rendered Markdown must carry no inline style (the CSP allows only hashed styles): code is
  // not colour-highlighted, and table alignment becomes a class (src/checker/document-loader.ts).
  markdown: { syntaxHighlight: false },
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // Writes JSON Schemas of the collections into .astro/, which the Astro editor extension
  // uses to check MDX frontmatter while an author types (see .vscode/settings.json).
  experimental: { contentIntellisense: true },
  // A strict Content-Security-Policy on every page (a <meta> tag with hashes of Astro's own
  // scripts and styles): no inline script runs unless Astro hashed it. Pagefind compiles its
  // WebAssembly, hence 'wasm-unsafe-eval'; nothing is loaded from another origin.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  vite: {
    // The benchmark's scratch folder and built sites hold hundreds of thousands of files.
    server: { watch: { ignored: ['**/bench/**', '**/dist/**', '**/.build/**', '**/.dist-staging/**'] } },
    css: { preprocessorOptions: { scss: { quietDeps: true, silenceDeprecations: ['import'] } } },
  },
});
