// The benchmark's floor: read every file under a folder (sorted, recursively), decode it
// as UTF-8 and count Unicode words. Anything the extractor does costs more than this.
// Usage: node dist/bench/floor.js DIR   → one JSON line on stdout.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const WORD = /[\p{L}\p{N}]+/gu;

export function floor(dir: string): { files: number; bytes: number; words: number } {
  const decoder = new TextDecoder('utf-8');
  let files = 0, bytes = 0, words = 0;
  const visit = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) { visit(p); continue; }
      const buf = readFileSync(p);
      const text = decoder.decode(buf);
      files++;
      bytes += buf.length;
      WORD.lastIndex = 0;
      while (WORD.exec(text)) words++;
    }
  };
  visit(dir);
  return { files, bytes, words };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!process.argv[2]) { process.stderr.write('usage: node dist/bench/floor.js DIR\n'); process.exit(2); }
  const started = process.hrtime.bigint();
  const r = floor(process.argv[2]);
  process.stdout.write(`${JSON.stringify({ ...r, seconds: Number(process.hrtime.bigint() - started) / 1e9 })}\n`);
}
