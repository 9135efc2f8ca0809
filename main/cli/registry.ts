/**
 * Every `lectern` command, in the order the help lists them. To add a command, write
 * `commands/<name>.ts` exporting a `Command` and add one line here.
 */
import type { Command } from './command';
import { check } from './commands/check';
import { info } from './commands/info';
import { list } from './commands/list';
import { newDeck } from './commands/new';
import { migrate } from './commands/migrate';
import { web } from './commands/web';
import { generate } from './commands/generate';
import { exportCommand } from './commands/export';

export const COMMANDS: readonly Command[] = [
  check,
  info,
  list,
  newDeck,
  migrate,
  web,
  exportCommand,
  generate,
];

/** The command called `name`, if there is one. */
export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}
