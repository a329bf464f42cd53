import type { AnalyzedText } from '../text/analyze.js';
import type { DateMention } from '../types.js';

export interface DateOptions {
  /** Article date from outside (--ref-date, NDJSON `published`), YYYY-MM-DD. */
  refDate?: string | null;
}

export interface DateResult {
  dates: DateMention[];
  published: string | null;
  /** Where `published` came from: 'dateline', 'lead', 'ref-date'... */
  publishedBasis: string | null;
  warnings: string[];
}

export function extractDates(_t: AnalyzedText, options: DateOptions = {}): DateResult {
  return { dates: [], published: options.refDate ?? null, publishedBasis: options.refDate ? 'ref-date' : null, warnings: [] };
}
