/** The command line's conventions: help everywhere, usage errors exit 2 with one line first. */
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { COMMANDS as REGISTRY } from '../../../main/cli/registry';
import { lectern } from './helpers';

const cwd = tmpdir();
const COMMANDS = REGISTRY.map((c) => c.name);

describe('lectern usage', { timeout: 90_000 }, () => {
  it('has a registry line whose name and summary match the command it loads', async () => {
    expect(COMMANDS).toEqual(expect.arrayContaining(['check', 'info', 'list', 'new', 'migrate']));
    for (const entry of REGISTRY) {
      const command = await entry.load();
      expect({ name: command.name, summary: command.summary }).toEqual({
        name: entry.name,
        summary: entry.summary,
      });
    }
  });

  it('prints the top-level help listing every command', async () => {
    const [long, short, none] = await Promise.all([
      lectern(['--help'], cwd),
      lectern(['-h'], cwd),
      lectern([], cwd),
    ]);
    expect(long.code).toBe(0);
    expect(long.stdout).toMatch(/^Usage: lectern <command>/);
    for (const name of COMMANDS) expect(long.stdout).toMatch(new RegExp(`^  ${name} +\\S`, 'm'));
    expect(short.stdout).toBe(long.stdout);
    // No command at all is a usage error: the help goes to stderr.
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toContain('Usage: lectern <command>');
  });

  it('has --help on every command (and -h, parsed by the same code, on one)', async () => {
    const runs = await Promise.all([
      ...COMMANDS.map((name) => lectern([name, '--help'], cwd)),
      lectern(['migrate', '-h'], cwd),
    ]);
    COMMANDS.forEach((name, i) => {
      const run = runs[i]!;
      expect(run.code, name).toBe(0);
      expect(run.stdout, name).toMatch(new RegExp(`^Usage: lectern ${name} `));
      expect(run.stderr, name).toBe('');
    });
    expect(runs.at(-1)!.stdout).toBe(runs[COMMANDS.indexOf('migrate')]!.stdout);
  });

  it('exits 2 with a one-line error and the usage on an unknown command, option or a missing argument', async () => {
    const [command, option, missing, extra] = await Promise.all([
      lectern(['frobnicate'], cwd),
      lectern(['check', '--colour', 'decks'], cwd),
      lectern(['info'], cwd),
      lectern(['info', 'a', 'b'], cwd),
    ]);
    expect(command.code).toBe(2);
    expect(command.stderr.split('\n')[0]).toBe('lectern: unknown command "frobnicate"');
    expect(command.stderr).toContain('Usage: lectern <command>');
    expect(option.code).toBe(2);
    expect(option.stderr.split('\n')[0]).toBe("lectern check: unknown option '--colour'");
    expect(option.stderr).toContain('Usage: lectern check');
    expect(missing.code).toBe(2);
    expect(missing.stderr.split('\n')[0]).toBe('lectern info: missing one deck');
    expect(extra.code).toBe(2);
    expect(extra.stderr.split('\n')[0]).toBe(
      'lectern info: unexpected argument "b" (give only one deck)',
    );
    for (const run of [command, option, missing, extra]) expect(run.stdout).toBe('');
  });
});
