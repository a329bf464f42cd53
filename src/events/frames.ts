// Argument frames (src/data/events/frames.json): for each trigger rule of the lexicon, how its arguments
// are marked — the subject's role, position and agreement, the direct object's role, the prepositions
// that mark a role, and the roles a verbal noun's genitive takes. Validated against
// src/data/schema/frames.schema.json and the lexicon (every trigger rule in exactly one frame), then
// compiled into a map keyed by rule name. Role rules read it; a verb with an unusual frame is a data change.
import { join } from 'node:path';
import { readCheckedJson } from '../errors.js';
import { DATA_DIR } from '../paths.js';
import { foldKey } from '../text/normalize.js';
import { builtinLexiconFile } from './lexicon/load.js';
import { builtinDataChecked } from '../compiled/cache.js';
import { schemaValidator } from '../schema/ajv.js';

export const BUILTIN_FRAMES = join(DATA_DIR, 'events', 'frames.json');
export const FRAMES_SCHEMA = join(DATA_DIR, 'schema', 'frames.schema.json');

export const ROLES = ['source', 'target', 'addressee', 'partner', 'sides', 'mediator', 'destination', 'origin', 'place', 'theme'] as const;
export type Role = (typeof ROLES)[number];
export type RecordField = 'source' | 'recipient' | 'participants' | 'chair' | 'invited' | 'location';

export interface FrameEntry {
  id: string;
  rules: string[];
  note?: string;
  symmetric?: boolean;
  subject: { role: Role; position: 'before' | 'after' | 'either'; agreement: 'verb' | 'none' };
  object: Role | null;
  preps: Record<string, Role>;
  genitive: Role[];
  describing_words?: string[];
}

export interface FramesFile {
  version?: number;
  description?: string;
  roles: Record<Role, RecordField[]>;
  commonPreps?: Record<string, Role>;
  frames: FrameEntry[];
}

/** A frame as the role rules use it. */
export interface Frame {
  id: string;
  symmetric: boolean;
  subject: FrameEntry['subject'];
  object: Role | null;
  /** folded marker (one word, or two joined by a space) -> role: the frame's own over the common ones */
  preps: Map<string, Role>;
  genitive: Role[];
  /** folded words of a phrase describing the noun ("خط أنابيب ينقل الغاز إلى", "لنقل الغاز"): its prepositions are the noun's */
  describingWords: Set<string>;
}

export interface CompiledFrames {
  /** trigger rule name -> its frame */
  byRule: Map<string, Frame>;
  /** role -> record fields: a place entity goes to the first, an actor to the last */
  fields: Map<Role, RecordField[]>;
  /** the longest marker in words (1 or 2), for look-ups before an argument */
  maxMarkerWords: number;
}

/**
 * Problems of a parsed frames file ("frame 3 (request.ask): field preps: ..."), checked against the schema
 * and, when given, the trigger rule names of the lexicon: each in exactly one frame, no unknown rule.
 */
export function framesProblems(data: unknown, triggerRules?: string[]): string[] {
  const validator = schemaValidator(FRAMES_SCHEMA);
  if (!validator(data)) {
    return (validator.errors ?? []).map((e) => {
      const parts = e.instancePath.split('/').slice(1);
      const frame = parts[0] === 'frames' ? (data as FramesFile).frames[Number(parts[1])] : undefined;
      const where = frame ? `frame ${parts[1]} (${String(frame.id)})${parts.length > 2 ? `: field ${parts.slice(2).join('.')}` : ''}` : parts.length ? `field ${parts.join('.')}` : 'top level';
      let msg = e.message ?? 'is not valid';
      if (e.params && 'allowedValues' in e.params) msg += `: ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
      if (e.params && 'additionalProperty' in e.params) msg = `unknown field "${String(e.params.additionalProperty)}"`;
      if (e.params && 'missingProperty' in e.params) msg = `missing required field "${String(e.params.missingProperty)}"`;
      return `${where}: ${msg}`;
    });
  }
  const file = data as FramesFile;
  const problems: string[] = [];
  const markers = (where: string, preps: Record<string, Role> | undefined): void => {
    for (const m of Object.keys(preps ?? {})) {
      if (foldKey(m) !== m) problems.push(`${where}: marker "${m}" is not folded, write "${foldKey(m)}"`);
      else if (m.split(' ').length > 2) problems.push(`${where}: marker "${m}" has more than two words`);
    }
  };
  markers('commonPreps', file.commonPreps);
  const owner = new Map<string, string>();
  const ids = new Set<string>();
  file.frames.forEach((f, i) => {
    const where = `frame ${i} (${f.id})`;
    if (ids.has(f.id)) problems.push(`${where}: field id: duplicate frame id`);
    ids.add(f.id);
    markers(`${where}: field preps`, f.preps);
    for (const v of f.describing_words ?? []) if (foldKey(v) !== v) problems.push(`${where}: field describing_words: "${v}" is not folded, write "${foldKey(v)}"`);
    for (const r of f.rules) {
      const prev = owner.get(r);
      if (prev !== undefined) problems.push(`${where}: field rules: rule ${r} is also in frame ${prev}`);
      else owner.set(r, f.id);
    }
  });
  if (triggerRules) {
    const known = new Set(triggerRules);
    for (const [r, id] of owner) if (!known.has(r)) problems.push(`frame ${id}: field rules: no trigger rule ${r} in the lexicon`);
    for (const r of triggerRules) if (!owner.has(r)) problems.push(`trigger rule ${r} has no frame`);
  }
  return problems;
}

export function compileFrames(file: FramesFile): CompiledFrames {
  const common = Object.entries(file.commonPreps ?? {});
  const byRule = new Map<string, Frame>();
  let maxMarkerWords = 1;
  for (const f of file.frames) {
    const preps = new Map<string, Role>([...common, ...Object.entries(f.preps)]);
    for (const m of preps.keys()) maxMarkerWords = Math.max(maxMarkerWords, m.split(' ').length);
    const frame: Frame = { id: f.id, symmetric: f.symmetric === true, subject: f.subject, object: f.object, preps, genitive: f.genitive,
      describingWords: new Set(f.describing_words) };
    for (const r of f.rules) byRule.set(r, frame);
  }
  return { byRule, fields: new Map(Object.entries(file.roles) as [Role, RecordField[]][]), maxMarkerWords };
}

/** Reads, validates (against the schema and the given trigger rules) and compiles a frames file. */
export function readFrames(path: string, triggerRules?: string[]): CompiledFrames {
  return compileFrames(readCheckedJson<FramesFile>(path, (data: unknown) => framesProblems(data, triggerRules)));
}

let cached: CompiledFrames | null = null;

/** The built-in frames, checked against the built-in trigger lexicon (when the compiled data cache was made, or now if there is none); compiled once per process. */
export function loadFrames(): CompiledFrames {
  cached ??= builtinDataChecked()
    ? compileFrames(readCheckedJson<FramesFile>(BUILTIN_FRAMES, () => []))
    : readFrames(BUILTIN_FRAMES, builtinLexiconFile().triggers.map((t) => t.rule));
  return cached;
}

/** The record field a role's argument goes to: a place entity the first listed, an actor the last; null for a theme. */
export function fieldFor(frames: CompiledFrames, role: Role, isPlace: boolean): RecordField | null {
  const fields = frames.fields.get(role) ?? [];
  if (!fields.length) return null;
  return isPlace ? fields[0] : fields[fields.length - 1];
}
