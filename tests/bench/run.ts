/**
 * `npm run bench [-- name...] [--readme]`: runs every tests/bench/*.bench.ts (or the named
 * ones), prints each measurement beside the baseline measured in the same run, and with
 * `--readme` writes the table into README.md between the bench markers.
 *
 * Speed targets live here, as ratios against a baseline, never as timed assertions in tests.
 */
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Bench, BenchRow } from './types';

const args = process.argv.slice(2);
const writeReadme = args.includes('--readme');
const only = args.filter((a) => !a.startsWith('--'));
const dir = join(import.meta.dirname, '.');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.includes(basename(f, '.bench.ts')))
  .sort();

const fmt = (v: number, unit: string) =>
  `${v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2)} ${unit}`;

function line(row: BenchRow): string {
  const base = row.baseline ? `${fmt(row.baseline.value, row.unit)} (${row.baseline.name})` : '';
  const ratio =
    row.baseline && row.baseline.value > 0 ? `${(row.value / row.baseline.value).toFixed(2)}×` : '';
  const verdict = row.met === undefined ? '' : row.met ? 'met' : 'MISSED';
  return `| ${row.name} | ${fmt(row.value, row.unit)} | ${base} | ${ratio} | ${row.target ?? ''} | ${verdict} |`;
}

const header = [
  '| measurement | value | baseline (same run) | ratio | target | |',
  '|---|---|---|---|---|---|',
];
const sections: string[] = [];
let missed = 0;
for (const file of files) {
  const name = basename(file, '.bench.ts');
  console.log(`\n## ${name}`);
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { default: Bench };
  let rows: BenchRow[];
  try {
    rows = await mod.default();
  } catch (e) {
    console.error(`${name}: the benchmark failed: ${e instanceof Error ? e.message : String(e)}`);
    missed++;
    continue;
  }
  const table = [...header, ...rows.map(line)];
  console.log(table.join('\n'));
  missed += rows.filter((r) => r.met === false).length;
  sections.push(`### ${name}\n\n${table.join('\n')}`);
}

const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version}`;
const stamp = new Date().toISOString().slice(0, 10);

/**
 * The README's figures with only the benchmarks that ran replaced (`npm run bench -- export
 * --readme`): each such section is swapped whole, saying it ran on its own; the others stay.
 */
function partial(current: string): string {
  let text = current;
  for (const section of sections) {
    const name = /^### (\S+)/.exec(section)![1]!;
    const [heading, ...rest] = section.split('\n\n');
    const fresh = `${heading}\n\nRun on its own on ${stamp} on ${machine} (\`npm run bench -- ${name} --readme\`); the other sections are from their own runs.\n\n${rest.join('\n\n')}\n\n`;
    const at = new RegExp(`### ${name}\\n[\\s\\S]*?(?=### |$)`);
    text = at.test(text) ? text.replace(at, () => fresh) : `${text.trimEnd()}\n\n${fresh}`;
  }
  return text.endsWith('\n') ? text : `${text}\n`;
}
mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/bench.md', sections.join('\n\n') + '\n');
if (writeReadme) {
  const readme = readFileSync('README.md', 'utf8');
  const current = /<!-- bench:start -->([\s\S]*)<!-- bench:end -->/.exec(readme)?.[1] ?? '';
  const block =
    only.length === 0
      ? `<!-- bench:start -->\nLast run ${stamp} on ${machine} (\`npm run bench -- --readme\`).\n\n${sections.join('\n\n')}\n<!-- bench:end -->`
      : `<!-- bench:start -->${partial(current)}<!-- bench:end -->`;
  const next = readme.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, block);
  if (next === readme && !readme.includes('<!-- bench:start -->'))
    console.error('README.md has no bench markers; not updated');
  writeFileSync('README.md', next);
}
console.log(`\n${missed === 0 ? 'every target met' : `${missed} target(s) missed`}`);
