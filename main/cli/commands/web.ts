/** `lectern web [--workspace <folder>] [--port N] [--no-open] [--new-token]`: the browser edition. */
import { runBrowserEdition } from '../web-run';
import { readArgs, usageError } from '../args';
import { type Command } from '../command';

export const web: Command = {
  name: 'web',
  summary: 'run the app in your web browser (on this computer only)',
  usage: [
    'Usage: lectern web [--workspace <folder>] [--port N] [--no-open] [--new-token]',
    '',
    'Starts Lectern for your browser on 127.0.0.1 and prints its address (with a secret key).',
    'Only this computer can reach it. Stop it with Ctrl+C.',
    '',
    'The address stays the same for the same workspace, so a page left open reconnects by',
    'itself after a restart and saves what was typed meanwhile. The key is kept, readable by',
    'you alone, in the settings folder (~/.config/lectern/hosts/ on Linux).',
    '',
    'Options:',
    '  --workspace <folder>  the folder of decks to work on (remembered for next time;',
    '                        the first time it is the sample decks in decks/)',
    '  --port N              listen on port N (default: the port of the last run on this',
    '                        workspace when it is free, else any free port)',
    '  --no-open             do not open the browser; just print the address',
    '  --new-token           make a new key: pages opened with the old address stop working',
    '  -h, --help            show this help',
    '',
    'Example: npm run web -- --workspace ~/lectures --no-open',
  ].join('\n'),
  async run(argv) {
    const args = readArgs(
      web,
      argv,
      {
        workspace: { type: 'string' },
        port: { type: 'string' },
        'no-open': { type: 'boolean' },
        'new-token': { type: 'boolean' },
      },
      { min: 0, max: 0, what: 'no arguments besides the options' },
    );
    if (typeof args === 'number') return args;
    let port: number | undefined;
    if (args.values.port !== undefined) {
      port = Number(args.values.port);
      if (!/^\d+$/.test(args.values.port) || port < 1 || port > 65535)
        return usageError(
          web,
          `--port must be a number from 1 to 65535, not "${args.values.port}"`,
        );
    }
    return runBrowserEdition({
      workspace: args.values.workspace,
      port,
      open: !args.values['no-open'],
      newToken: !!args.values['new-token'],
    });
  },
};
