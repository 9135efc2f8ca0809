/**
 * `lectern`: the command line. Run as `npm run lectern -- <command> [options]` (tsx, no
 * build step). Dispatches to the command named by the first argument; see `registry.ts`.
 *
 * Exit codes: 0 ok, 1 an invalid deck or a failure, 2 a usage error.
 */
import { EXIT } from './command';
import { err, out } from './io';
import { COMMANDS, findCommand } from './registry';
import { errorDetail } from '../../common/error-text';

function topUsage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Usage: lectern <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run "lectern <command> --help" for the options of one command.',
    'Exit codes: 0 ok, 1 an invalid deck or a failure, 2 a usage error.',
  ].join('\n');
}

/** Runs the command line `argv` (the arguments after `lectern`) and resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    err('lectern: missing command');
    err('');
    err(topUsage());
    return EXIT.usage;
  }
  if (first === '--help' || first === '-h') {
    out(topUsage());
    return EXIT.ok;
  }
  if (first === 'help') {
    const topic = rest[0];
    if (topic === undefined) {
      out(topUsage());
      return EXIT.ok;
    }
    const entry = findCommand(topic);
    if (entry) {
      out((await entry.load()).usage);
      return EXIT.ok;
    }
    return unknown(topic);
  }
  const entry = findCommand(first);
  if (!entry) return first.startsWith('-') ? unknownOption(first) : unknown(first);
  return (await entry.load()).run(rest);
}

function unknown(name: string): number {
  err(`lectern: unknown command "${name}"`);
  err('');
  err(topUsage());
  return EXIT.usage;
}

function unknownOption(option: string): number {
  err(`lectern: unknown option "${option}" (options go after the command)`);
  err('');
  err(topUsage());
  return EXIT.usage;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // A bug, not a user's mistake: say so plainly, keep the stack for whoever reports it.
    err(`lectern: internal error: ${errorDetail(e)}`);
    process.exitCode = EXIT.failure;
  },
);
