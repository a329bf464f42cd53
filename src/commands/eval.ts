import { InputError } from '../errors.js';
import { formatScore } from '../eval/format.js';
import { MISSING_DOCUMENT, scoreOutput } from '../eval/score.js';
import { fileKind, wrongKindMessage, type FileKind } from '../report/kind.js';
import { jsonErrorOffset } from '../report/summary.js';
import { inputName, readInput, readRecordsInput } from './input.js';
import type { Io } from './io.js';

export async function evalCommand(goldPath: string, outPath: string, opts: { json?: boolean; verbose?: boolean }, io: Io): Promise<number> {
  if (goldPath === '-' && outPath === '-') throw new InputError('- (stdin) can be given only once.');
  const gold = await readGold(goldPath, io);
  const docs = await readRecordsInput(outPath, io);
  const result = scoreOutput(gold, docs);
  // ids that do not meet (another corpus, renamed files) score 0 quietly otherwise
  const missing = result.report.filter((r) => r.lines[0] === MISSING_DOCUMENT).map((r) => r.id);
  if (missing.length) {
    const total = Object.keys((gold as { docs?: object }).docs ?? {}).length;
    const some = missing.slice(0, 3).join(', ') + (missing.length > 3 ? ', …' : '');
    io.stderr.write(`csto-extract: warning: ${missing.length} of ${total} gold documents have no record in ${inputName(outPath)} (${some}); they count as missed\n`);
  }
  io.stdout.write(formatScore(result, opts));
  return 0;
}

async function readGold(path: string, io: Io): Promise<object> {
  const text = (await readInput(path, io)).toString('utf8').replace(/^\uFEFF/, '');
  let gold: unknown;
  try {
    gold = JSON.parse(text);
  } catch (err) {
    const kind = firstLineKind(text);
    if (kind !== 'other') throw new InputError(`${inputName(path)}: ${wrongKindMessage(kind, 'gold')}`);
    const at = jsonErrorOffset(text);
    const line = at >= 0 ? `line ${text.slice(0, at).split('\n').length}: ` : '';
    throw new InputError(`${inputName(path)}: not valid JSON: ${line}${(err as Error).message.split('\n')[0]}`);
  }
  const kind = fileKind(Array.isArray(gold) ? gold[0] : gold);
  if (kind !== 'gold') throw new InputError(`${inputName(path)}: ${wrongKindMessage(kind, 'gold')}`);
  return gold as object;
}

/** The kind of an NDJSON file's first line ('other' when it is not JSON either). */
function firstLineKind(text: string): FileKind {
  try {
    return fileKind(JSON.parse(text.slice(0, text.indexOf('\n') >>> 0)));
  } catch {
    return 'other';
  }
}
