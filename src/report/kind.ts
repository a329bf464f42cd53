// Which of the tool's JSON files a value is: extract output (document records), a gold
// annotation file (for eval) or a run report (extract --report). A command given the
// wrong one says which it got instead of reading it as something else.

export type FileKind = 'records' | 'gold' | 'run-report' | 'other';

const LABEL: Record<FileKind, string> = {
  records: 'extract output (document records)',
  gold: 'a gold annotation file (the first argument of eval)',
  'run-report': 'a run report (written by extract --report)',
  other: 'not a document record',
};

const isObject = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x);

/** The kind of one parsed value (for an array or NDJSON, of its first element). */
export function fileKind(x: unknown): FileKind {
  if (!isObject(x)) return 'other';
  if (isObject(x.docs) && !('id' in x)) return 'gold';
  if (Array.isArray(x.inputs) && isObject(x.totals)) return 'run-report';
  return 'id' in x ? 'records' : 'other';
}

/** "this is a gold annotation file …, not extract output (document records)". */
export function wrongKindMessage(got: FileKind, expected: FileKind): string {
  if (got === 'other') return `${LABEL.other}: expected ${LABEL[expected]}`;
  return `this is ${LABEL[got]}, not ${LABEL[expected]}`;
}
