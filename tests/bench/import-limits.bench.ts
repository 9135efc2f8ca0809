/**
 * What a hostile .docx costs the host (issue 15): a 1 MB file that unpacks to 1 GB, refused by
 * its zip directory before a worker starts; and one whose document part declares 2 KB and
 * inflates to 64 MB, refused by the import worker when the part passes its claim.
 * Target from the issue: refused within 2 s, using under 300 MB.
 */
import { performance } from 'node:perf_hooks';
import { importOffThread } from '../../main/import/off-thread';
import { wordParts, zeros, zipParts } from '../unit/import/zip-bomb';
import type { BenchRow } from './types';

async function refusal(name: string, bytes: Uint8Array): Promise<{ ms: number; mb: number }> {
  const rss = process.memoryUsage().rss;
  let peak = rss;
  const watch = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const started = performance.now();
  const r = await importOffThread({ bytes, fileName: name, where: name, generate: {} });
  const ms = performance.now() - started;
  clearInterval(watch);
  if (r.ok) throw new Error(`${name} was imported; it should have been refused`);
  return { ms, mb: (peak - rss) / 1024 / 1024 };
}

export default async function bench(): Promise<BenchRow[]> {
  const bomb = await refusal(
    'bomb.docx',
    zipParts([...wordParts(), zeros('word/document.xml', 1024)]),
  );
  const liar = await refusal(
    'liar.docx',
    zipParts([...wordParts(), { ...zeros('word/document.xml', 64), uncompressedSize: 2048 }]),
  );
  const rows: Array<[string, number, string, number]> = [
    ['refuse a 1 MB .docx that unpacks to 1 GB (zip directory)', bomb.ms, 'ms', 2000],
    ['host memory while refusing it', bomb.mb, 'MB', 300],
    ['refuse a .docx part inflating past its claim (in the worker)', liar.ms, 'ms', 2000],
    ['host memory while refusing it', liar.mb, 'MB', 300],
  ];
  return rows.map(([name, value, unit, limit]) => ({
    name,
    value: Math.round(value),
    unit: unit as BenchRow['unit'],
    target: `< ${limit.toLocaleString('en')} ${unit}`,
    met: value < limit,
  }));
}
