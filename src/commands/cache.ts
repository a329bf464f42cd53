// csto-extract cache stats|prune DIR: the size of an extract --cache folder, and keeping it in bounds.
import { statSync } from 'node:fs';
import type { Io } from './io.js';
import { UsageError } from '../errors.js';
import { pruneCache, scanCache, type CacheReport } from '../cache/scan.js';

const mb = (n: number): string => `${(n / 1e6).toFixed(1)} MB`;

function checkDir(dir: string): void {
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`no such cache folder: ${dir}`);
}

export function renderStats(r: CacheReport): string {
  const lines = [`${r.dir}: ${r.entries} entries, ${mb(r.bytes)} (${mb(r.disk_bytes)} on disk) in ${r.generations.length} generation${r.generations.length === 1 ? '' : 's'}`];
  for (const g of r.generations) {
    const w = g.made_with;
    const made = w ? `; tool ${w.tool}, node ${w.node}, ${w.gazetteers.length} user gazetteer(s), ${w.triggers.length} trigger file(s)${w.options.ref_date ? `, --ref-date ${w.options.ref_date}` : ''}${w.options.all_languages ? ', --all-languages' : ''}` : '';
    const tmp = g.temporary ? `, ${g.temporary} temporary file(s)` : '';
    lines.push(`  ${g.id.slice(0, 12)}  last used ${g.last_used.slice(0, 16).replace('T', ' ')} UTC  ${g.entries} entries  ${mb(g.bytes)} (${mb(g.disk_bytes)} on disk)${tmp}${made}`);
  }
  return `${lines.join('\n')}\n`;
}

export function cacheStatsCommand(dir: string, opts: { json?: boolean }, io: Io): number {
  checkDir(dir);
  const report = scanCache(dir);
  io.stdout.write(opts.json ? `${JSON.stringify(report, null, 2)}\n` : renderStats(report));
  return 0;
}

export function cachePruneCommand(dir: string, opts: { olderThan: number; keep?: number }, io: Io): number {
  checkDir(dir);
  const r = pruneCache(dir, { olderThanDays: opts.olderThan, keepGenerations: opts.keep ?? null });
  io.stderr.write(`csto-extract cache prune: removed ${r.entries_removed} entries (${mb(r.bytes_removed)}), ${r.generations_removed} whole generation${r.generations_removed === 1 ? '' : 's'}\n`);
  return 0;
}
