/** The built site stays within budgets.json: CSS, reading-page script, search-page script, review and plan HTML. */
import { expect, it } from 'vitest';
import { checkBudgets, readBudgets } from '../../src/pipeline/budgets.ts';
import { projectRoot } from '../support/library.ts';
import { dist } from '../support/site.ts';

it('every budget in budgets.json holds for the bundled library', () => {
  const results = checkBudgets(dist(), readBudgets(projectRoot));
  expect(results.map((r) => r.budget)).toEqual(['cssTotalGzip', 'readingPageScriptGzip', 'searchPageScriptGzip', 'reviewPageHtmlGzip', 'planPageHtmlGzip']);
  expect(results.filter((r) => !r.ok)).toEqual([]);
  // Each measure found what it measures: a limit met by nothing is no budget.
  for (const r of results) expect(r.actual, r.budget).toBeGreaterThan(r.budget === 'readingPageScriptGzip' ? 100 : 1000);
  expect(results.find((r) => r.budget === 'searchPageScriptGzip')!.where).toBe('search/index.html');
});
