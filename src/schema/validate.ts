// Checks a DocumentRecord against src/schema/document.schema.json (compiled once),
// plus what JSON Schema cannot say (a span's start is not after its end).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { PACKAGE_ROOT } from '../paths.js';

export const DOCUMENT_SCHEMA_FILE = join(PACKAGE_ROOT, 'src', 'schema', 'document.schema.json');

let compiled: ValidateFunction | null = null;
function validator(): ValidateFunction {
  if (compiled) return compiled;
  const schema = JSON.parse(readFileSync(DOCUMENT_SCHEMA_FILE, 'utf8')) as Record<string, unknown>;
  compiled = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);
  return compiled;
}

function describe(e: ErrorObject): string {
  const at = e.instancePath === '' ? '(record)' : e.instancePath;
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperty': return `${at}: unknown field "${String(p.additionalProperty)}"`;
    case 'additionalProperties': return `${at}: unknown field "${String(p.additionalProperty)}"`;
    case 'required': return `${at}: missing field "${String(p.missingProperty)}"`;
    case 'enum': return `${at}: ${e.message} (${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')})`;
    default: return `${at}: ${e.message ?? e.keyword}`;
  }
}

/** Readable problems with a record; an empty list means it is valid. */
export function validateDocumentRecord(rec: unknown): string[] {
  const validate = validator();
  const problems: string[] = [];
  if (!validate(rec)) {
    const seen = new Set<string>();
    for (const e of validate.errors ?? []) {
      // oneOf [null, object] reports the null branch too; the object branch's errors say more
      if (e.keyword === 'oneOf' || (e.keyword === 'type' && (e.params as { type?: string }).type === 'null')) continue;
      const line = describe(e);
      if (!seen.has(line)) { seen.add(line); problems.push(line); }
    }
    if (problems.length === 0) problems.push('(record): does not match the document schema');
    return problems;
  }
  const r = rec as import('../types.js').DocumentRecord;
  const span = (path: string, s: { start: number; end: number }): void => {
    if (s.start > s.end) problems.push(`${path}: start ${s.start} is after end ${s.end}`);
  };
  r.entities.forEach((e, i) => e.mentions.forEach((m, j) => span(`/entities/${i}/mentions/${j}`, m)));
  r.dates.forEach((d, i) => span(`/dates/${i}`, d));
  r.events.forEach((ev, i) => { span(`/events/${i}/trigger`, ev.trigger); span(`/events/${i}/sentence`, ev.sentence); });
  return problems;
}
