/** A cross-document rule: an id, a line saying what it checks, and the check itself. */
import type { CheckContext } from '../context.ts';
import type { Problem } from '../problem.ts';

export interface Rule {
  /** Stable id, e.g. `unique-document-ids`: names the rule in docs and tests. */
  id: string;
  /** One line: what the rule checks. */
  description: string;
  check(context: CheckContext): Problem[];
}
