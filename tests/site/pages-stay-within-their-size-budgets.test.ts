/** The built site stays within budgets.json: CSS, reading-page script, review and plan HTML. */
import { expect, it } from 'vitest';
import { checkBudgets, readBudgets } from '../../src/pipeline/budgets.ts';
import { projectRoot } from '../support/library.ts';
import { dist } from '../support/site.ts';

it('every budget in budgets.json holds for the bundled library', () => {
  const results = checkBudgets(dist(), readBudgets(projectRoot));
  expect(results.map((r) => r.budget)).toEqual(['cssTotalGzip', 'readingPageScriptGzip', 'reviewPageHtmlGzip', 'planPageHtmlGzip']);
  expect(results.filter((r) => !r.ok)).toEqual([]);
  expect(results.find((r) => r.budget === 'cssTotalGzip')!.actual).toBeGreaterThan(1000);
});
