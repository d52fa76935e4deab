/**
 * `npm run import` as an author runs it: the report on stderr, the draft where the naming
 * convention puts it (or where --out says), never over an existing file without --force;
 * and the draft, placed under content/, passes `npm run check` as written.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentCopy, papersRoot, runScript, seedsRoot } from '../support/authoring.ts';

const paper = path.join(seedsRoot, '001_672842a0ad98fe68.txt');
const encodedFile = 'content/reviews/central-bedfordshire/2018-11-peer-review.mdx';

describe('npm run import', () => {
  it('prints what it found, with line numbers, and writes the draft where --out says', () => {
    const root = contentCopy();
    const run = runScript('import', [paper, '--out', 'drafts/cb.mdx'], root);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Read 001_672842a0ad98fe68.txt (139 lines): a review (peer-review) of central-bedfordshire → drafts/cb.mdx');
    expect(run.stderr).toContain('  KLOEs                  5 (lines 39–43)');
    expect(run.stderr).toContain('  recommendations        18: K1 4 (lines 56–59), K2 4 (lines 71–74), K3 3 (lines 85–87), K4 4 (lines 97–100), K5 3 (lines 104–105, 107)');
    expect(run.stderr).toContain('Could not place:\n  lines 47–52: running text under K1');
    expect(run.stderr).toContain(`As ${encodedFile}, the draft passes the checker.`);
    expect(readFileSync(path.join(root, 'drafts/cb.mdx'), 'utf8')).toMatch(/^---\n# Drafted by `npm run import` from 001_672842a0ad98fe68\.txt/);
  });

  it('refuses to overwrite without --force; with it, the draft replaces the document and npm run check passes it', () => {
    const root = contentCopy();
    const before = readFileSync(path.join(root, encodedFile), 'utf8');
    const refused = runScript('import', [paper], root);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`${encodedFile} already exists: nothing written. Use --out <file> to write elsewhere, or --force to overwrite it.`);
    expect(readFileSync(path.join(root, encodedFile), 'utf8')).toBe(before);

    expect(runScript('import', [paper, '--force'], root).status).toBe(0);
    expect(readFileSync(path.join(root, encodedFile), 'utf8')).toContain('# TO CONFIRM (line 56)');
    const check = runScript('check', [encodedFile], root);
    expect(check.stdout).toContain('no problems');
    expect(check.status).toBe(0);
  });

  it('writes to stdout with --out -, and names a council that is not in the vocabulary', () => {
    const root = contentCopy();
    const run = runScript('import', [path.join(papersRoot, 'wexcombe-peer-review.txt'), '--out', '-'], root);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^---\n/);
    expect(run.stderr).toContain('"wexcombe" is not in content/vocabularies/authorities.yaml: add the authority there');
    expect(run.stderr).toContain('authority  "wexcombe" is not in the authorities vocabulary');
    expect(existsSync(path.join(root, 'content/reviews/wexcombe'))).toBe(false);
  });

  it('exits 2 with the usage when there is no paper, or it cannot be read', () => {
    const root = contentCopy();
    const none = runScript('import', [], root);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('usage: npm run import -- <paper.txt|.md|.html|.docx> [options]');
    const missing = runScript('import', ['no-such-paper.txt'], root);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no-such-paper.txt: cannot be read (ENOENT)');
    writeFileSync(path.join(root, 'paper.pdf'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]));
    expect(runScript('import', ['paper.pdf'], root).stderr).toContain('PDF papers are not read directly yet; convert it to text first');
  });
});
