/**
 * Runs a command as a child and measures it: wall time, and the peak resident memory of
 * the largest process in its tree (the Astro build is a grandchild; Pagefind's indexer is
 * another). Two sources, and the larger wins: `/usr/bin/time -v` ("Maximum resident set
 * size", which covers every descendant its parent waited for), and polling /proc for the
 * process tree (each process's own high-water mark, VmHWM), which also says which process
 * it was and catches descendants nobody waited for. Without /usr/bin/time, polling alone.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { runCollecting } from '../../src/pipeline/child-process.ts';

const TIME = '/usr/bin/time';

export interface ProcessPeak {
  /** Peak RSS of one process, MB (1 MB = 2^20 bytes). */
  rssMB: number;
  /** That process's command line, shortened. */
  command: string;
}

export interface MeasuredRun {
  code: number;
  wallSeconds: number;
  output: string;
  /** The figure reported: /usr/bin/time's when available, else /proc polling's. */
  peakRssMB: number;
  peakSource: '/usr/bin/time -v' | '/proc polling';
  /** /usr/bin/time's "Maximum resident set size", MB, when it ran. */
  timePeakMB?: number;
  /** Largest single process seen by /proc polling. */
  polledPeak?: ProcessPeak;
  /** Largest sum of RSS over the whole tree seen by polling, MB. */
  polledTreeMB?: number;
  /** Peak RSS per distinct command seen by polling (the biggest few). */
  polledByCommand: ProcessPeak[];
}

function children(): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // pid (comm) state ppid …: comm may contain spaces and parentheses.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = map.get(ppid) ?? [];
      list.push(Number(entry));
      map.set(ppid, list);
    } catch {
      // the process ended while we looked
    }
  }
  return map;
}

/** Current RSS and the process's own high-water mark (VmHWM), in kB. */
function memoryKB(pid: number): { rss: number; hwm: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string) => Number(status.match(new RegExp(`^${name}:\\s+(\\d+)\\s+kB`, 'm'))?.[1] ?? 0);
    return { rss: field('VmRSS'), hwm: field('VmHWM') };
  } catch {
    return { rss: 0, hwm: 0 };
  }
}

function commandOf(pid: number): string {
  try {
    const parts = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    return parts
      .map((part) => (part.includes('/') && !part.startsWith('-') ? part.split('/').slice(-2).join('/') : part))
      .join(' ')
      .slice(0, 120);
  } catch {
    return '?';
  }
}

/** Polls the tree under `root` every `intervalMs` until stopped. */
function pollTree(root: number, intervalMs = 200) {
  let peak: ProcessPeak | undefined;
  let treeKB = 0;
  const byCommand = new Map<string, number>();
  const commands = new Map<number, string>();
  const sample = () => {
    const tree = children();
    const pids: number[] = [];
    const queue = [root];
    while (queue.length) {
      const pid = queue.pop()!;
      pids.push(pid);
      queue.push(...(tree.get(pid) ?? []));
    }
    let sum = 0;
    for (const pid of pids) {
      const { rss, hwm } = memoryKB(pid);
      // VmHWM is the process's own peak, so a spike between two samples is not missed.
      const kb = Math.max(rss, hwm);
      sum += rss;
      if (!commands.has(pid)) commands.set(pid, commandOf(pid));
      const command = commands.get(pid)!;
      if (/^(\S*\/)?time -v /.test(command)) continue; // the wrapper, not the build
      byCommand.set(command, Math.max(byCommand.get(command) ?? 0, kb));
      if (!peak || kb / 1024 > peak.rssMB) peak = { rssMB: kb / 1024, command };
    }
    treeKB = Math.max(treeKB, sum);
  };
  const timer = setInterval(sample, intervalMs);
  sample();
  return {
    stop() {
      clearInterval(timer);
      return {
        peak,
        treeMB: treeKB / 1024,
        byCommand: [...byCommand]
          .map(([command, kb]) => ({ command, rssMB: kb / 1024 }))
          .sort((a, b) => b.rssMB - a.rssMB)
          .slice(0, 6),
      };
    },
  };
}

export function hasTime(): boolean {
  return existsSync(TIME);
}

export async function runMeasured(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; echo?: boolean }): Promise<MeasuredRun> {
  const started = performance.now();
  const [program, programArgs]: [string, string[]] = hasTime() ? [TIME, ['-v', command, ...args]] : [command, args];
  const { pid, done } = runCollecting(program, programArgs, { cwd: options.cwd, env: options.env, echo: options.echo ? process.stderr : undefined });
  const poll = pollTree(pid!);
  const { code, output } = await done.catch((error: unknown) => {
    poll.stop();
    throw error;
  });
  const wallSeconds = (performance.now() - started) / 1000;
  const polled = poll.stop();
  const match = output.match(/Maximum resident set size \(kbytes\): (\d+)/);
  const timePeakMB = match ? Number(match[1]) / 1024 : undefined;
  const polledPeak = polled.peak;
  // /usr/bin/time only sees descendants their parents waited for; Pagefind's indexer
  // process is not always reaped by its parent before it exits, so take the larger.
  const peakRssMB = Math.max(timePeakMB ?? 0, polledPeak?.rssMB ?? 0);
  return {
    code,
    wallSeconds,
    output,
    peakRssMB,
    peakSource: timePeakMB !== undefined && timePeakMB >= (polledPeak?.rssMB ?? 0) ? '/usr/bin/time -v' : '/proc polling',
    timePeakMB,
    polledPeak,
    polledTreeMB: polled.treeMB,
    polledByCommand: polled.byCommand,
  };
}
