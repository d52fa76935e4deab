/** `npm run budgets [-- dist]`: checks the built site against budgets.json; exit 1 when over. */
import path from 'node:path';
import { checkBudgets, readBudgets } from '../src/pipeline/budgets.ts';

const root = process.cwd();
const dist = path.resolve(root, process.argv[2] ?? 'dist');
const results = checkBudgets(dist, readBudgets(root));
for (const r of results) {
  console.log(`${r.ok ? '✓' : '✗'} ${r.budget}: ${(r.actual / 1024).toFixed(1)} kB of ${(r.limit / 1024).toFixed(1)} kB (${r.where})`);
}
process.exit(results.every((r) => r.ok) ? 0 : 1);
