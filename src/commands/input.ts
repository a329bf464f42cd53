// Reading a command's input file, or standard input for `-`, the same way for every command:
// a file that cannot be read is an InputError (exit code 2) with a one-line reason.
import { readFile } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { readStdin } from '../io/stdin.js';
import { parseRecords } from '../report/summary.js';
import type { DocumentRecord } from '../types.js';
import type { Io } from './io.js';

const WHY: Record<string, string> = { ENOENT: 'no such file', EISDIR: 'is a folder', EACCES: 'permission denied' };

export async function readInput(file: string, io: Io): Promise<Buffer> {
  if (file === '-') return readStdin(io.stdin ?? process.stdin);
  try {
    return await readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    throw new InputError(`${file}: cannot read: ${WHY[code] ?? (err as Error).message}`);
  }
}

/** The name an input goes by in messages. */
export const inputName = (file: string): string => (file === '-' ? 'stdin' : file);

/** Document records (JSON array or NDJSON) from a file or stdin; the wrong kind of file is an InputError. */
export async function readRecordsInput(file: string, io: Io): Promise<DocumentRecord[]> {
  return parseRecords((await readInput(file, io)).toString('utf8'), inputName(file));
}
