import { readFileSync } from 'node:fs';

/** A problem with how the tool was called: one-line message, exit code 2. */
export class UsageError extends Error {
  constructor(message: string, readonly hint?: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * A data file (gazetteer, trigger lexicon) that is not valid. `problems` are
 * precise lines: "file: entry 12 (id place:x): field aliases: ...". Exit code 2.
 */
export class DataFileError extends Error {
  constructor(readonly file: string, readonly problems: string[]) {
    super(`${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n  ${problems.join('\n  ')}`);
    this.name = 'DataFileError';
  }
}

/** A JSON data file, read and checked: DataFileError with the reading problem, or with every problem `check` finds. */
export function readCheckedJson<T>(file: string, check: (data: unknown) => string[]): T {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new DataFileError(file, [`cannot read: ${(err as Error).message}`]);
  }
  const problems = check(data);
  if (problems.length) throw new DataFileError(file, problems);
  return data as T;
}

/** An input the command cannot use (missing, unreadable, not JSON, the wrong kind of file): one line, exit code 2. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
