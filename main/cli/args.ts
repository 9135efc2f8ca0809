/**
 * Argument parsing shared by every command: `node:util` parseArgs in strict mode, plus the
 * conventions users rely on — `--help`/`-h` everywhere, and a one-line error followed by the
 * usage (exit 2) for anything unknown or missing.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { EXIT, type Command } from './command';
import { err, out } from './io';
import { errorMessage } from '../../common/error-text';

const HELP = { help: { type: 'boolean', short: 'h' } } as const;

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>;

type Config<O extends ParseArgsOptionsConfig> = {
  args: string[];
  options: O & typeof HELP;
  allowPositionals: true;
  strict: true;
};
type Parsed<O extends ParseArgsOptionsConfig> = ReturnType<typeof parseArgs<Config<O>>>;

export interface Positionals {
  /** Fewest positional arguments the command accepts. */
  min: number;
  /** Most it accepts; unlimited when left out. */
  max?: number;
  /** How the usage line names them, for the error message: "a deck", "a folder". */
  what: string;
}

/** Prints `lectern <cmd>: <message>` and the command's usage to stderr; returns exit code 2. */
export function usageError(command: Pick<Command, 'name' | 'usage'>, message: string): number {
  err(`lectern ${command.name}: ${message}`);
  err('');
  err(command.usage);
  return EXIT.usage;
}

/**
 * Parses `argv` for `command`. Returns the parsed values, or the exit code when the command
 * should stop here: 0 after printing the help, 2 after a usage error.
 */
export function readArgs<const O extends ParseArgsOptionsConfig>(
  command: Pick<Command, 'name' | 'usage'>,
  argv: string[],
  options: O,
  positionals: Positionals,
): Parsed<O> | number {
  let parsed: Parsed<O>;
  try {
    parsed = parseArgs<Config<O>>({
      args: argv,
      options: { ...options, ...HELP },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    return usageError(command, parseErrorMessage(e));
  }
  if ((parsed.values as { help?: boolean }).help) {
    out(command.usage);
    return EXIT.ok;
  }
  const n = parsed.positionals.length;
  if (n < positionals.min) return usageError(command, `missing ${positionals.what}`);
  if (positionals.max !== undefined && n > positionals.max) {
    const extra = parsed.positionals[positionals.max];
    return usageError(command, `unexpected argument "${extra}" (give only ${positionals.what})`);
  }
  return parsed;
}

/** parseArgs messages carry advice for developers ("To specify a positional argument…"); keep the first sentence. */
function parseErrorMessage(e: unknown): string {
  const message = errorMessage(e);
  const first = message.split(/\.\s/)[0] ?? message;
  return first
    .replace(/\.$/, '')
    .replace(/^Unknown option/, 'unknown option')
    .replace(/^Option/, 'option');
}
