/**
 * The shape every `lectern` command has. A command is one file in `commands/` exporting a
 * `Command`, plus one line in `registry.ts`; the dispatcher in `index.ts` knows nothing else.
 */

/** Exit codes, the same for every command, so scripts can tell a bad deck from a typo. */
export const EXIT = {
  ok: 0,
  /** An invalid deck, or something the command could not do (a file exists, the disk is full). */
  failure: 1,
  /** The command line itself was wrong: an unknown command or option, a missing argument. */
  usage: 2,
} as const;

export interface Command {
  /** What the user types after `lectern`. */
  name: string;
  /** One line for the top-level help. */
  summary: string;
  /** The full help text of the command: synopsis, options, an example. */
  usage: string;
  /** Runs the command on the arguments after its name; resolves to the exit code. */
  run(argv: string[]): Promise<number>;
}

/**
 * A registry line: what the top-level help needs (name, summary), and how to load the
 * command itself, so running one command never loads the code of the others.
 */
export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<Command>;
}
