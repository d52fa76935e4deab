/**
 * `npm run import -- paper.pdf` as an author runs it: a PDF council paper (made by our own
 * generator, tests/authoring/support/council-paper-pdf.ts) is drafted, and `--json` gives the
 * paper's text as read from the PDF, so that every line number the report gives can be
 * looked up.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentCopy, runScript } from '../support/authoring.ts';
import { councilPaperPdf } from '../authoring/support/council-paper-pdf.ts';

describe('npm run import of a PDF paper', () => {
  it('drafts it, and --json gives the text read so its line numbers can be looked up', async () => {
    const root = contentCopy();
    writeFileSync(path.join(root, 'paper.pdf'), await councilPaperPdf());
    const run = runScript('import', ['paper.pdf', '--authority', 'northumberland', '--out', 'draft.mdx', '--json'], root);
    expect(run.status).toBe(0);
    const found = JSON.parse(run.stdout) as { paper: string; extracted: { judgements: Array<{ area: string; line: number }>; actions: { actions: Array<{ id: string; line: number }> } } };
    const lines = found.paper.split('\n');
    const overall = found.extracted.judgements.find((j) => j.area === 'Overall effectiveness')!;
    expect(lines[overall.line - 1]).toBe('Overall effectiveness\tRequires improvement to be good');
    const action = found.extracted.actions.actions.find((a) => a.id === '2.1')!;
    expect(lines[action.line - 1]).toBe('2.1\tRecruit permanent team managers for the children in care teams.\tDirector\tJun-20\tRed');
  });
});
