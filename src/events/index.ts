import type { AnalyzedText } from '../text/analyze.js';
import type { DateMention, EntityRecord, EventRecord } from '../types.js';

export interface EventContext {
  docId: string;
  entities: EntityRecord[];
  dates: DateMention[];
  published: string | null;
}

export interface EventEngineOptions {
  /** Extra trigger lexicon files given with --triggers. */
  lexicons?: string[];
}

export interface EventEngine {
  extract(t: AnalyzedText, ctx: EventContext): EventRecord[];
}

export function loadEventEngine(_options: EventEngineOptions = {}): EventEngine {
  return { extract: () => [] };
}
