// JSON Schema validators of the data files, compiled when first needed. Ajv is loaded then too:
// a run on the built-in data alone, checked when the compiled data cache was made
// (src/compiled/), neither loads Ajv nor compiles a schema (≈ 0.3 s of start-up before).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ErrorObject } from 'ajv';

export type SchemaValidator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

interface AjvInstance { compile(schema: object): SchemaValidator }

const require = createRequire(import.meta.url);
/** One Ajv for every data schema: each instance compiles the draft-07 meta-schema again. */
let ajv: AjvInstance | null = null;
const validators = new Map<string, SchemaValidator>();

/** The validator of a schema file (allErrors, not strict), compiled once per process. */
export function schemaValidator(schemaFile: string): SchemaValidator {
  let v = validators.get(schemaFile);
  if (!v) {
    if (!ajv) {
      const { Ajv } = require('ajv') as { Ajv: new (opts: Record<string, unknown>) => AjvInstance };
      ajv = new Ajv({ allErrors: true, strict: false });
    }
    v = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')) as object);
    validators.set(schemaFile, v);
  }
  return v;
}

/** Problems of parsed data against a schema file ("field verb_past.dual: must match pattern ..."); none when it is valid. */
export function schemaProblems(schemaFile: string, data: unknown): string[] {
  const validate = schemaValidator(schemaFile);
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath ? `field ${e.instancePath.slice(1).replace(/\//g, '.')}` : 'top level'}: ${e.message ?? 'is not valid'}${e.keyword === 'additionalProperties' ? ` ("${(e.params as { additionalProperty: string }).additionalProperty}")` : ''}`);
}
