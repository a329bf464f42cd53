// National bodies (src/data/entities/state_bodies.json): "الحكومة الأفغانية", "وزارة الصحة في
// قرغيزستان" name a body of a country that no gazetteer entry has.
import { join } from 'node:path';
import { readCheckedJson } from '../errors.js';
import { DATA_DIR } from '../paths.js';
import { keyTokens } from '../text/normalize.js';
import { builtinDataChecked } from '../compiled/cache.js';
import { schemaProblems } from '../schema/ajv.js';

interface StateBodiesFile {
  in: string[];
  bodies: { id: string; name: string; kind: string; text: string[]; alone?: boolean }[];
}

export const STATE_BODIES_FILE = join(DATA_DIR, 'entities', 'state_bodies.json');
const SCHEMA_FILE = join(DATA_DIR, 'schema', 'state_bodies.schema.json');

/** A head phrase as folded words, with its body; `alone`: named with no country, the body of the country named last before it. */
export interface BodyPhrase { words: string[]; id: string; name: string; kind: string; alone: boolean }

export interface CompiledStateBodies {
  /** first folded word -> the phrases starting with it, longest first */
  byFirst: Map<string, BodyPhrase[]>;
  /** the first words, as the clitic look-up takes them */
  firstWords: Set<string>;
  /** folded words that put the country after the body ("في"; a one-letter one also as the name's proclitic, "بقرغيزستان") */
  inWords: Set<string>;
}

let cache: CompiledStateBodies | null = null;

/** Schema problems of a parsed state bodies file ("field bodies.0.kind: must be equal to one of ..."). */
export const stateBodiesProblems = (data: unknown): string[] => schemaProblems(SCHEMA_FILE, data);

/** The bodies, validated (the built-in file when the compiled data cache was made) and folded once per process. */
export function loadStateBodies(): CompiledStateBodies {
  if (cache) return cache;
  const d = readCheckedJson<StateBodiesFile>(STATE_BODIES_FILE, builtinDataChecked() ? () => [] : stateBodiesProblems);
  const byFirst = new Map<string, BodyPhrase[]>();
  for (const b of d.bodies) {
    for (const text of b.text) {
      const words = keyTokens(text);
      const list = byFirst.get(words[0]) ?? [];
      list.push({ words, id: b.id, name: b.name, kind: b.kind, alone: b.alone === true });
      byFirst.set(words[0], list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  cache = { byFirst, firstWords: new Set(byFirst.keys()), inWords: new Set(d.in.flatMap(keyTokens)) };
  return cache;
}
