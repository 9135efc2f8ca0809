/**
 * Every `lectern` command, in the order the help lists them. To add a command, write
 * `commands/<name>.ts` exporting a `Command` and add one line here:
 *
 *     lazy('name', 'one-line summary', async () => (await import('./commands/name')).name),
 *
 * Commands load only when run: `export` and `web` pull in the renderer and a browser
 * driver, and `check` in a script should not pay for them.
 */
import type { CommandEntry } from './command';

const lazy = (name: string, summary: string, load: CommandEntry['load']): CommandEntry => ({
  name,
  summary,
  load,
});

export const COMMANDS: readonly CommandEntry[] = [
  lazy(
    'check',
    'validate decks and list their problems',
    async () => (await import('./commands/check')).check,
  ),
  lazy(
    'info',
    'summarise one deck (slides, text, figures, citations, references)',
    async () => (await import('./commands/info')).info,
  ),
  lazy('list', 'list the decks under a folder', async () => (await import('./commands/list')).list),
  lazy(
    'new',
    'create a new deck folder with a title slide',
    async () => (await import('./commands/new')).newDeck,
  ),
  lazy(
    'migrate',
    'rewrite older decks at the current version, keeping a backup',
    async () => (await import('./commands/migrate')).migrate,
  ),
  lazy(
    'schema',
    'print the deck format as JSON Schema',
    async () => (await import('./commands/schema')).schema,
  ),
  lazy(
    'generate',
    'turn a reading (.txt, .md, .docx, .pdf) into draft lecture decks',
    async () => (await import('./commands/generate')).generate,
  ),
  lazy(
    'references',
    "link a deck's references to a bibliography and set its citation style",
    async () => (await import('./commands/references')).references,
  ),
  lazy(
    'export',
    'export decks to one self-contained HTML file, a PDF and/or PowerPoint',
    async () => (await import('./commands/export')).exportCommand,
  ),
  lazy(
    'web',
    'run the app in your web browser (on this computer only)',
    async () => (await import('./commands/web')).web,
  ),
];

/** The registry line for `name`, if there is one. */
export function findCommand(name: string): CommandEntry | undefined {
  return COMMANDS.find((c) => c.name === name);
}
