/**
 * Builds that cannot lose the site. A build holds a lock beside its output folder for its
 * whole run, so a second build started meanwhile waits for it (or, told not to wait, refuses
 * with a message naming the other build); each build stages into a folder of its own; and
 * the finished site replaces the old one by renames that put the old one back if any step
 * fails. A lock left by a build that died (its process is gone) is taken over.
 */
import { existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, closeSync } from 'node:fs';
import path from 'node:path';

export class BuildLockedError extends Error {
  override name = 'BuildLockedError';
}

interface LockOwner {
  pid: number;
  started: string;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface LockOptions {
  /** How long to wait for another build, in milliseconds; 0 refuses at once. */
  waitMs: number;
  /** How often to look again while waiting. */
  pollMs?: number;
  /** Told once when the build starts waiting. */
  onWait?: (owner: LockOwner) => void;
}

/** Takes the lock for `outDir` (a file `.<name>.lock` beside it); resolves to its release. */
export async function acquireBuildLock(outDir: string, options: LockOptions): Promise<() => void> {
  const lock = path.join(path.dirname(outDir), `.${path.basename(outDir)}.lock`);
  mkdirSync(path.dirname(lock), { recursive: true });
  const deadline = Date.now() + options.waitMs;
  let told = false;
  for (;;) {
    try {
      const fd = openSync(lock, 'wx');
      writeFileSync(fd, JSON.stringify({ pid: process.pid, started: new Date().toISOString() } satisfies LockOwner));
      closeSync(fd);
      return () => rmSync(lock, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let owner: LockOwner | undefined;
    try {
      owner = JSON.parse(readFileSync(lock, 'utf8')) as LockOwner;
    } catch {
      owner = undefined; // being written this instant: look again
    }
    if (owner && !alive(owner.pid)) {
      rmSync(lock, { force: true }); // its build died: take over
      continue;
    }
    if (Date.now() >= deadline) {
      throw new BuildLockedError(
        `another build (process ${owner?.pid ?? '?'}, started ${owner?.started ?? 'just now'}) is writing ${outDir}: wait for it to finish and build again` +
          (options.waitMs ? ` (waited ${Math.round(options.waitMs / 1000)} s)` : ''),
      );
    }
    if (owner && !told) options.onWait?.(owner);
    told = true;
    await sleep(options.pollMs ?? 500);
  }
}

/** A staging folder of this build's own, beside the output folder. */
export function stagingFolder(outDir: string): string {
  return path.join(path.dirname(outDir), `.${path.basename(outDir)}-staging-${process.pid}-${Date.now().toString(36)}`);
}

export interface SwapFileSystem {
  exists: (path: string) => boolean;
  rename: (from: string, to: string) => void;
  remove: (path: string) => void;
}

const realFileSystem: SwapFileSystem = {
  exists: existsSync,
  rename: renameSync,
  remove: (target) => rmSync(target, { recursive: true, force: true }),
};

/**
 * Puts the finished site in place of the old one: the old one is moved aside, the new one
 * moved in, the old one deleted. If moving the new one in fails, the old one goes back, so
 * the output folder is never left missing.
 */
export function swapIn(staging: string, outDir: string, fs: SwapFileSystem = realFileSystem): void {
  const previous = `${staging}-previous`;
  fs.remove(previous);
  const hadSite = fs.exists(outDir);
  if (hadSite) fs.rename(outDir, previous);
  try {
    fs.rename(staging, outDir);
  } catch (error) {
    if (hadSite) fs.rename(previous, outDir);
    throw error;
  }
  fs.remove(previous);
}
