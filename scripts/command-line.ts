/**
 * What `npm run new` and `npm run import` share: reading their flags (`--help` prints the
 * usage; a flag they do not know exits 2 with it) and stopping with a message and an exit code.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

export function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

type Config<O extends ParseArgsOptionsConfig, P extends boolean> = {
  options: O & { help: { type: 'boolean'; short: 'h' } };
  allowPositionals: P;
  strict: true;
};
type Parsed<O extends ParseArgsOptionsConfig, P extends boolean> = ReturnType<typeof parseArgs<Config<O, P>>>;

export function readFlags<const O extends ParseArgsOptionsConfig, const P extends boolean>(usage: string, options: O, allowPositionals: P): Parsed<O, P> {
  const config = { options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals, strict: true } as Config<O, P>;
  let parsed: Parsed<O, P>;
  try {
    parsed = parseArgs(config);
  } catch (error) {
    fail(`${(error as Error).message}\n\n${usage}`, 2);
  }
  if ((parsed.values as { help?: boolean }).help) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  return parsed;
}
