// The library API: `import { createExtractor } from 'csto-extract'`.
// Compile the gazetteers and lexicons once, then extract one document at a time.
import { detectLanguage, loadFranc } from './io/language.js';
import { createPipeline } from './pipeline.js';
import type { DocumentRecord } from './types.js';

export type {
  DateMention, DocumentRecord, EntityRecord, EntityType, EventActor, EventRecord, Granularity, MatchMethod, Mention, Span,
} from './types.js';
export { dedupeEvents } from './events/dedupe.js';

export interface ExtractorOptions {
  /** Extra gazetteer files, as with --gazetteer. */
  gazetteers?: string[];
  /** Extra event trigger lexicons, as with --triggers. */
  triggers?: string[];
}

export interface DocumentInput {
  /** The record's id (default "doc"). */
  id?: string;
  /** Where the text came from, copied to the record (default: the id). */
  source?: string;
  /** The article's date (YYYY-MM-DD), used when the text gives none of its own. */
  published?: string | null;
}

export interface Extractor {
  /** One record for one Arabic text; offsets are into `text`. Nothing is skipped: the caller chose the text. */
  extract(text: string, input?: DocumentInput): DocumentRecord;
}

/** Loads and compiles the data files (a bad one throws DataFileError); reuse the extractor. */
export function createExtractor(options: ExtractorOptions = {}): Extractor {
  const pipeline = createPipeline({ gazetteers: options.gazetteers, lexicons: options.triggers });
  return {
    extract(text, input = {}) {
      const id = input.id ?? 'doc';
      const doc = { id, source: input.source ?? id, text, encoding: 'string', published: input.published ?? null };
      return pipeline.process(doc, detectLanguage(text));
    },
  };
}

export { DataFileError } from './errors.js';

// Node without require(esm) loads franc now, as this module did before (io/language.ts).
await loadFranc();
