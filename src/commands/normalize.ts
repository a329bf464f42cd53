import { InputError } from '../errors.js';
import { decode } from '../io/decode.js';
import { fold, normalize, type NormalizeOptions } from '../text/normalize.js';
import { inputName, readInput } from './input.js';
import type { Io } from './io.js';

export async function normalizeCommand(file: string, opts: Partial<NormalizeOptions> & { fold?: boolean }, io: Io): Promise<number> {
  const bytes = await readInput(file, io);
  if (bytes.length === 0) return 0;
  const decoded = decode(bytes);
  if (!decoded.ok) throw new InputError(`${inputName(file)}: ${decoded.reason}`);
  const { text } = normalize(decoded.text, {
    compat: opts.compat, diacritics: opts.diacritics, tatweel: opts.tatweel, invisible: opts.invisible,
    digits: opts.digits, punctuation: opts.punctuation, whitespace: opts.whitespace,
  });
  io.stdout.write(`${opts.fold ? fold(text) : text}\n`);
  return 0;
}
