// What an extract --cache folder holds, and removing what runs no longer use.
import { readdirSync, readFileSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { FingerprintParts } from './fingerprint.js';

export interface Generation {
  /** The fingerprint's folder name. */
  id: string;
  /** When a run last opened it (ISO time). */
  last_used: string;
  entries: number;
  /** Sum of the entries' sizes. */
  bytes: number;
  /** Space the entries take on disk (allocated blocks). */
  disk_bytes: number;
  /** Temporary files of runs that were interrupted while storing. */
  temporary: number;
  made_with: FingerprintParts | null;
}

export interface CacheReport {
  dir: string;
  generations: Generation[];
  entries: number;
  bytes: number;
  disk_bytes: number;
}

const GENERATION = /^[0-9a-f]{32}$/;
const DAY_MS = 24 * 3600 * 1000;

function listGenerations(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory() && GENERATION.test(e.name)).map((e) => e.name).sort();
}

/** Visits every file of a generation's entry folders. */
function eachFile(root: string, visit: (path: string, info: ReturnType<typeof statSync> & object) => void): void {
  for (const sub of readdirSync(root, { withFileTypes: true })) {
    if (!sub.isDirectory()) continue;
    for (const name of readdirSync(join(root, sub.name))) {
      const path = join(root, sub.name, name);
      const info = statSync(path, { throwIfNoEntry: false });
      if (info?.isFile()) visit(path, info);
    }
  }
}

export function scanCache(dir: string): CacheReport {
  const generations: Generation[] = [];
  for (const id of listGenerations(dir)) {
    const root = join(dir, id);
    const marker = join(root, 'fingerprint.json');
    let madeWith: FingerprintParts | null = null;
    try { madeWith = JSON.parse(readFileSync(marker, 'utf8')) as FingerprintParts; } catch { /* made by an interrupted run */ }
    const g: Generation = {
      id,
      last_used: (statSync(marker, { throwIfNoEntry: false }) ?? statSync(root)).mtime.toISOString(),
      entries: 0, bytes: 0, disk_bytes: 0, temporary: 0, made_with: madeWith,
    };
    eachFile(root, (path, info) => {
      if (path.endsWith('.tmp')) { g.temporary++; return; }
      g.entries++;
      g.bytes += Number(info.size);
      g.disk_bytes += Number(info.blocks) * 512;
    });
    generations.push(g);
  }
  generations.sort((a, b) => (a.last_used < b.last_used ? 1 : a.last_used > b.last_used ? -1 : 0));
  const sum = (k: 'entries' | 'bytes' | 'disk_bytes'): number => generations.reduce((n, g) => n + g[k], 0);
  return { dir, generations, entries: sum('entries'), bytes: sum('bytes'), disk_bytes: sum('disk_bytes') };
}

export interface PruneOptions {
  /** Remove entries (and whole generations) no run has used for this many days. */
  olderThanDays: number;
  /** Keep only this many of the most recently used generations. */
  keepGenerations: number | null;
  now?: number;
}

export interface PruneResult {
  generations_removed: number;
  entries_removed: number;
  bytes_removed: number;
}

/**
 * Removes what runs have not used for a while. A run renews an entry's time stamp when it reads
 * it (at most twice a day) and its generation's each time it starts; temporary files an
 * interrupted run left are removed after an hour.
 */
export function pruneCache(dir: string, options: PruneOptions): PruneResult {
  const now = options.now ?? Date.now();
  const cutoff = now - options.olderThanDays * DAY_MS;
  const result: PruneResult = { generations_removed: 0, entries_removed: 0, bytes_removed: 0 };
  const report = scanCache(dir);
  report.generations.forEach((g, rank) => {
    const root = join(dir, g.id);
    if (Date.parse(g.last_used) < cutoff || (options.keepGenerations !== null && rank >= options.keepGenerations)) {
      rmSync(root, { recursive: true, force: true });
      result.generations_removed++;
      result.entries_removed += g.entries;
      result.bytes_removed += g.bytes;
      return;
    }
    eachFile(root, (path, info) => {
      const temporary = path.endsWith('.tmp');
      if (temporary ? info.mtimeMs > now - 3600 * 1000 : info.mtimeMs >= cutoff) return;
      try { unlinkSync(path); } catch { return; /* removed by another prune */ }
      if (!temporary) { result.entries_removed++; result.bytes_removed += Number(info.size); }
    });
  });
  return result;
}
