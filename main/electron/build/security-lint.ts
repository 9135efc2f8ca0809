/**
 * `npm run lint` (second half): Electronegativity over main/, failing on any finding that is
 * not in electronegativity-allow.json with a written reason, and on any allow-list entry
 * that no longer matches a finding (so the list does not rot). Runs the scanner through its
 * programmatic API: its command line does not parse options with the commander version
 * npm resolves here, and its message catalogue is keyed by locale, so LANG is pinned.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { errorMessage } from '../../../common/error-text';

interface Finding {
  id: string;
  file: string;
  location: { line: number; column: number };
  description: string;
  severity: { name: string };
  confidence: { name: string };
}
interface Report {
  issues: Finding[];
  errors: Array<{ file: string; message: string; tolerable: boolean }>;
}
interface AllowList {
  allow: Array<{ id: string; file: string; reason: string }>;
  skipChecks: Array<{ id: string; reason: string }>;
}
type Run = (options: Record<string, unknown>, forCli: boolean) => Promise<Report>;

const root = process.cwd();
const here = join(root, 'main/electron/build');
const require = createRequire(join(root, 'package.json'));

async function main(): Promise<number> {
  process.env.LANG = 'en-US';
  const list = JSON.parse(
    readFileSync(join(here, 'electronegativity-allow.json'), 'utf8'),
  ) as AllowList;
  const unexplained = [...list.allow, ...list.skipChecks].filter(
    (a) => !a.reason || a.reason.trim().length < 20,
  );
  if (unexplained.length) {
    console.error(
      `electronegativity: allow-list entries need a reason: ${unexplained.map((a) => a.id).join(', ')}`,
    );
    return 1;
  }
  const electronVersion = (require('electron/package.json') as { version: string }).version;
  const run = require('@doyensec/electronegativity') as Run;
  // The scanner prints a notice when it cannot fetch translations (offline); keep lint quiet.
  const log = console.log;
  console.log = () => undefined;
  let report: Report;
  try {
    report = await run(
      {
        input: join(root, 'main'),
        isRelative: false,
        isVerbose: false,
        customScan: [],
        excludeFromScan: list.skipChecks.map((s) => s.id),
        parserPlugins: [],
        electronVersionOverride: electronVersion,
      },
      false,
    );
  } finally {
    console.log = log;
  }
  const fatal = report.errors.filter((e) => !e.tolerable);
  for (const e of fatal)
    console.error(`electronegativity: could not scan ${relative(root, e.file)}: ${e.message}`);

  const key = (id: string, file: string) => `${id} ${file}`;
  const allowed = new Set(list.allow.map((a) => key(a.id, a.file)));
  const seen = new Set<string>();
  let failures = fatal.length;
  for (const f of report.issues) {
    const file = relative(join(root, 'main'), f.file).split('\\').join('/');
    seen.add(key(f.id, file));
    if (allowed.has(key(f.id, file))) continue;
    failures++;
    console.error(
      `main/${file}:${f.location.line}:${f.location.column} ${f.id} (${f.severity.name}, ${f.confidence.name}): ${f.description}`,
    );
  }
  for (const a of list.allow) {
    if (!seen.has(key(a.id, a.file))) {
      failures++;
      console.error(
        `electronegativity: allow-list entry ${a.id} for ${a.file} matches nothing any more; remove it`,
      );
    }
  }
  if (failures) {
    console.error(
      `electronegativity: ${failures} problem(s); fix them or list them with a reason in main/electron/build/electronegativity-allow.json`,
    );
    return 1;
  }
  console.log(
    `electronegativity: ${report.issues.length} finding(s), all explained in main/electron/build/electronegativity-allow.json`,
  );
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    console.error(`electronegativity: ${errorMessage(e)}`);
    process.exitCode = 1;
  },
);
