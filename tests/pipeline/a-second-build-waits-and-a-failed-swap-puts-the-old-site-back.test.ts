/**
 * Two builds of one output folder never share a staging folder or interleave their swaps:
 * the second waits for the first's lock (or, told not to wait, refuses naming the first);
 * a lock whose build died is taken over; and a swap that fails puts the old site back.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireBuildLock, BuildLockedError, stagingFolder, swapIn, type SwapFileSystem } from '../../src/pipeline/output.ts';

const scratch = () => mkdtempSync(path.join(tmpdir(), 'library-output-'));

describe('the build lock', () => {
  it('a second build told not to wait is refused, naming the build that holds the lock', async () => {
    const dist = path.join(scratch(), 'dist');
    const release = await acquireBuildLock(dist, { waitMs: 0 });
    await expect(acquireBuildLock(dist, { waitMs: 0 })).rejects.toThrow(new RegExp(`another build \\(process ${process.pid}, started .*\\) is writing .*dist: wait for it to finish`));
    await expect(acquireBuildLock(dist, { waitMs: 0 })).rejects.toBeInstanceOf(BuildLockedError);
    release();
  });

  it('a second build waits for the first, and goes on once it is released', async () => {
    const dist = path.join(scratch(), 'dist');
    const release = await acquireBuildLock(dist, { waitMs: 0 });
    const waited: number[] = [];
    const second = acquireBuildLock(dist, { waitMs: 10_000, pollMs: 20, onWait: (owner) => waited.push(owner.pid) });
    let got = false;
    void second.then(() => (got = true));
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(got).toBe(false);
    expect(waited).toEqual([process.pid]);
    release();
    const releaseSecond = await second;
    expect(got).toBe(true);
    releaseSecond();
  });

  it('a lock left by a build that died is taken over', async () => {
    const dist = path.join(scratch(), 'dist');
    const dead = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => dead.on('exit', resolve));
    writeFileSync(path.join(path.dirname(dist), '.dist.lock'), JSON.stringify({ pid: dead.pid, started: '2026-01-01T00:00:00Z' }));
    const release = await acquireBuildLock(dist, { waitMs: 0 });
    expect(JSON.parse(readFileSync(path.join(path.dirname(dist), '.dist.lock'), 'utf8')).pid).toBe(process.pid);
    release();
    expect(existsSync(path.join(path.dirname(dist), '.dist.lock'))).toBe(false);
  });

  it('each build stages into a folder of its own', () => {
    const dist = path.join(scratch(), 'dist');
    const a = stagingFolder(dist);
    expect(a).toMatch(new RegExp(`\\.dist-staging-${process.pid}-`));
    expect(path.dirname(a)).toBe(path.dirname(dist));
  });
});

describe('the swap', () => {
  const site = (dir: string, text: string) => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'index.html'), text);
  };

  it('puts the new site in place of the old', () => {
    const root = scratch();
    site(path.join(root, 'dist'), 'old');
    site(path.join(root, 'staging'), 'new');
    swapIn(path.join(root, 'staging'), path.join(root, 'dist'));
    expect(readFileSync(path.join(root, 'dist', 'index.html'), 'utf8')).toBe('new');
    expect(existsSync(path.join(root, 'staging-previous'))).toBe(false);
  });

  it('when moving the new site in fails, the old site goes back', () => {
    const root = scratch();
    site(path.join(root, 'dist'), 'old');
    site(path.join(root, 'staging'), 'new');
    const real: SwapFileSystem = { exists: existsSync, rename: renameSync, remove: (p) => rmSync(p, { recursive: true, force: true }) };
    let renames = 0;
    const failing: SwapFileSystem = { ...real, rename: (from, to) => (++renames === 2 ? (() => { throw new Error('disk full'); })() : real.rename(from, to)) };
    expect(() => swapIn(path.join(root, 'staging'), path.join(root, 'dist'), failing)).toThrow('disk full');
    expect(readFileSync(path.join(root, 'dist', 'index.html'), 'utf8')).toBe('old');
  });
});
