import { readFile } from 'node:fs/promises';
import type { Io } from '../cli.js';
import { decode } from '../io/decode.js';
import { fold, normalize, type NormalizeOptions } from '../text/normalize.js';

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function normalizeCommand(file: string, opts: Partial<NormalizeOptions> & { fold?: boolean }, io: Io): Promise<number> {
  let bytes: Buffer;
  try {
    bytes = file === '-' ? await readStdin() : await readFile(file);
  } catch (err) {
    io.stderr.write(`csto-extract: cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}\n`);
    return 1;
  }
  if (bytes.length === 0) return 0;
  const decoded = decode(bytes);
  if (!decoded.ok) {
    io.stderr.write(`csto-extract: ${file === '-' ? 'stdin' : file}: ${decoded.reason}\n`);
    return 1;
  }
  const { text } = normalize(decoded.text, {
    compat: opts.compat, diacritics: opts.diacritics, tatweel: opts.tatweel, invisible: opts.invisible,
    digits: opts.digits, punctuation: opts.punctuation, whitespace: opts.whitespace,
  });
  io.stdout.write(`${opts.fold ? fold(text) : text}\n`);
  return 0;
}
