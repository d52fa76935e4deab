/**
 * Runs a command as a child with no input and gathers what it prints, standard output and
 * error together in the order they came. The build pipeline, the benchmark's measured runs
 * and the benchmark's own test all run their children this way.
 */
import { spawn } from 'node:child_process';

export interface Collected {
  code: number;
  output: string;
}

export function runCollecting(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; echo?: NodeJS.WritableStream },
): { pid: number | undefined; done: Promise<Collected> } {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (chunk: string) => {
    output += chunk;
    options.echo?.write(chunk);
  };
  // As text, so a character split between two chunks is not broken.
  child.stdout.setEncoding('utf8').on('data', collect);
  child.stderr.setEncoding('utf8').on('data', collect);
  const done = new Promise<Collected>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
  return { pid: child.pid, done };
}
