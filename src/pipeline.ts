import { extractDates } from './dates/index.js';
import { loadEntityEngine, type EntityEngine } from './entities/index.js';
import { loadEventEngine, type EventEngine } from './events/index.js';
import { analyze } from './text/analyze.js';
import type { DocumentRecord, InputDocument } from './types.js';

export interface PipelineOptions {
  gazetteers?: string[];
  lexicons?: string[];
  /** Article date used when the text and the input give none (--ref-date). */
  refDate?: string | null;
  /** Article date for every document, over the text's own and the input's (--force-ref-date). */
  forceDate?: string | null;
}

export interface Pipeline {
  process(doc: InputDocument, language: string): DocumentRecord;
}

/** Compiles gazetteers and lexicons once; `process` is then pure and per document. */
export function createPipeline(options: PipelineOptions = {}): Pipeline {
  const entities: EntityEngine = loadEntityEngine({ gazetteers: options.gazetteers });
  // events are placed with the entity engine's countries, those of --gazetteer files included
  const events: EventEngine = loadEventEngine({ lexicons: options.lexicons, countries: entities.countries });
  return {
    process(doc, language) {
      const t = analyze(doc.text);
      // The text's own date wins; an NDJSON `published`, then --ref-date, fill the gap.
      const dated = extractDates(t, {
        refDate: doc.published ?? options.refDate ?? null,
        refBasis: doc.published ? 'input' : 'ref-date',
        forceDate: options.forceDate ?? null,
      });
      const ents = entities.extract(t, dated.dates);
      const evs = events.extract(t, { docId: doc.id, entities: ents, dates: dated.dates, published: dated.published });
      return {
        id: doc.id,
        source: doc.source,
        encoding: doc.encoding,
        language,
        published: dated.published,
        published_basis: dated.publishedBasis,
        text_length: doc.text.length,
        sentences: t.sentences.length,
        entities: ents,
        dates: dated.dates,
        events: evs,
        warnings: dated.warnings,
      };
    },
  };
}
