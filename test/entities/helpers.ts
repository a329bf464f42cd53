import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { analyze } from '../../src/text/analyze.js';
import { loadEntityEngine } from '../../src/entities/index.js';
import type { EntityRecord } from '../../src/types.js';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
export const MINI = join(FIXTURES, 'mini.json');

/** The engine over the test gazetteer only, so tests do not depend on the built-in data. */
export function mini() {
  return loadEntityEngine({ builtin: [], gazetteers: [MINI] });
}

/** The names of the entities the built-in gazetteers find in a text, of one type when asked. */
export const namesIn = (text: string, type?: string): string[] =>
  loadEntityEngine().extract(analyze(text)).filter((e) => !type || e.type === type).map((e) => e.name);

export function run(text: string): EntityRecord[] {
  return mini().extract(analyze(text));
}

export function byId(ents: EntityRecord[], id: string): EntityRecord | undefined {
  return ents.find((e) => e.id === id);
}

/** [text, start, end, method] of every mention of an entity. */
export function spans(ents: EntityRecord[], id: string): [string, number, number, string][] {
  return (byId(ents, id)?.mentions ?? []).map((m) => [m.text, m.start, m.end, m.method]);
}

/** Offsets of the n-th occurrence of `needle` in `text`. */
export function at(text: string, needle: string, n = 0): [number, number] {
  let i = -1;
  for (let k = 0; k <= n; k++) i = text.indexOf(needle, i + 1);
  if (i < 0) throw new Error(`"${needle}" not in text`);
  return [i, i + needle.length];
}
