// One document from input to record: HTML reduction, language check, extraction, offset mapping.
import { htmlToText } from './io/html.js';
import { detectLanguage } from './io/language.js';
import { createPipeline, type Pipeline, type PipelineOptions } from './pipeline.js';
import type { DocumentRecord, InputDocument } from './types.js';

const HAS_LETTER = /\p{L}/u;

export interface ProcessOptions extends PipelineOptions {
  /** Keep documents whose language is not Arabic. */
  allLanguages?: boolean;
}

export type ProcessResult =
  | { ok: true; record: DocumentRecord }
  | { ok: false; status: 'skipped' | 'failed'; reason: string; language?: string; stack?: string };

/** What the run report keeps of a processed document. */
export interface RecordSummary {
  language: string;
  counts: { entities: number; mentions: number; dates: number; events: number };
}

export function summarizeRecord(record: DocumentRecord): RecordSummary {
  let mentions = 0;
  for (const e of record.entities) mentions += e.mentions.length;
  return {
    language: record.language,
    counts: { entities: record.entities.length, mentions, dates: record.dates.length, events: record.events.length },
  };
}

export interface DocumentProcessor {
  process(doc: InputDocument): ProcessResult;
}

export function createProcessor(options: ProcessOptions): DocumentProcessor {
  const pipeline: Pipeline = createPipeline(options);
  return {
    process(doc) {
      try {
        const html = doc.format === 'html' ? htmlToText(doc.text) : null;
        const text = html ? html.text : doc.text;
        // Text without a single letter (only diacritics, punctuation, digits) has no language.
        const language = HAS_LETTER.test(text) ? detectLanguage(text) : 'und';
        if (language !== 'ar' && !options.allLanguages) {
          const reason = language === 'und'
            ? 'no language detected (too little text); --all-languages keeps it'
            : `language is ${language}, not Arabic; --all-languages keeps it`;
          return { ok: false, status: 'skipped', reason, language };
        }
        const record = pipeline.process(html ? { ...doc, text } : doc, language);
        if (html) remapOffsets(record, html.starts, html.ends, doc.text);
        if (doc.warnings?.length) record.warnings = [...doc.warnings, ...record.warnings];
        return { ok: true, record };
      } catch (err) {
        const e = err as Error;
        return { ok: false, status: 'failed', reason: `extraction failed: ${e?.message ?? String(err)}`, stack: e?.stack };
      }
    },
  };
}

/** Moves every span of a record from extracted-text offsets to offsets in the HTML source. */
function remapOffsets(record: DocumentRecord, starts: Int32Array, ends: Int32Array, source: string): void {
  // Extractors may share one span object between records (two events in one sentence):
  // move each object once, or the second move reads HTML offsets as text offsets.
  const moved = new WeakSet<object>();
  const move = (s: { start: number; end: number; text: string }): void => {
    if (moved.has(s)) return;
    moved.add(s);
    const start = starts[s.start];
    const end = s.end > s.start ? ends[s.end - 1] : start;
    s.start = start;
    s.end = end;
    s.text = source.slice(start, end);
  };
  for (const e of record.entities) for (const m of e.mentions) move(m);
  for (const d of record.dates) move(d);
  for (const ev of record.events) { move(ev.trigger); move(ev.sentence); }
  record.text_length = source.length;
}
