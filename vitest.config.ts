import { defineConfig } from 'vitest/config';

/**
 * Four projects, sorted by what a test file needs, so that `npm run test:unit` runs in seconds.
 *
 * - `site`: every file that needs a build. Those that read the built site (they import
 *   tests/support/site.ts or site-in-browser.ts, or call `inject('dist')`: tests/site/,
 *   tests/browser/) get the one build of the test library made by this project's global
 *   setup. Those that build something of their own (the pipeline's failures, `astro build`
 *   without the checker, the benchmark) do not use it, but take minutes each, so they run here.
 * - `real`: the same built-site checks at the library's real size: a build of the whole
 *   `content/` (every ingested Ofsted report) for search, theme pages and size budgets.
 * - `commands`: the command lines (`npm run check`, `new`, `import`, `ingest`) run as an
 *   author runs them, as child processes without a terminal (tests/commands/). Each process
 *   loads the checker afresh, about a second apiece.
 * - `unit`: everything else, in process: pure functions, the checker, the importer, the
 *   scaffolder, fixtures. No build, no browser, no child process.
 *
 * A new test file lands in `unit` unless it is listed below: a file reading the built site
 * without being listed fails at once (`inject('dist')` is undefined outside `site`).
 */
const SITE_FILES = [
  'tests/site/**/*.test.ts',
  'tests/browser/**/*.test.ts',
  'tests/build/**/*.test.ts',
  'tests/bench/bench-tooling-works-at-a-tiny-size.test.ts',
  'tests/real/**/*.test.ts',
];
/**
 * What must hold at the library's real size, run on a build of the whole real library
 * (`content/` as it is, Ofsted's ingested reports included) by the `real` project: its own
 * tests of search and theme pages, and the site project's budget and search-index tests again.
 */
const REAL_FILES = ['tests/real/**/*.test.ts', 'tests/site/pages-stay-within-their-size-budgets.test.ts', 'tests/site/the-search-index-is-small-and-sortable.test.ts'];
const COMMAND_FILES = ['tests/commands/**/*.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: [...SITE_FILES, ...COMMAND_FILES],
          // One module graph per worker, not one per file: importing the checker, zod and MDX
          // again for every file cost half the project's time. No unit test mocks a module;
          // the one that changes shared state (the MDX allow-list) restores it after each test.
          isolate: false,
          // Without isolation, vitest ran every file in one worker; with each core its own worker
          // the project takes about 19 s here on 2 cores, not 25.
          maxWorkers: '100%',
        },
      },
      {
        test: {
          name: 'commands',
          include: COMMAND_FILES,
        },
      },
      {
        test: {
          name: 'site',
          include: SITE_FILES,
          exclude: ['tests/real/**'],
          // Builds the test library once, for this project only (tests/support/global-setup.ts).
          globalSetup: ['tests/support/global-setup.ts'],
        },
      },
      {
        test: {
          name: 'real',
          include: REAL_FILES,
          // Builds the whole real library once, for this project only (tests/support/real-library-setup.ts).
          globalSetup: ['tests/support/real-library-setup.ts'],
        },
      },
    ],
  },
});
