// Property tests: whatever text comes in, extraction never throws, every span maps back to
// the original text, normalisation is stable, output matches the schema, and the HTML reducer
// can always say where each character came from.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/io/html.js';
import { createProcessor, type DocumentProcessor } from '../../src/process.js';
import { validateDocumentRecord } from '../../src/schema/validate.js';
import { normalize } from '../../src/text/normalize.js';
import type { DocumentRecord, InputDocument } from '../../src/types.js';

const RUNS = Number(process.env.ROBUSTNESS_RUNS ?? 150);

// ---- generators ------------------------------------------------------------------------

const range = (from: number, to: number): fc.Arbitrary<string> => fc.integer({ min: from, max: to }).map((c) => String.fromCodePoint(c));
/** Any UTF-16 code unit, lone surrogates included (JSON.parse in NDJSON can produce them). */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/**
 * Known bug (reported, src/text/normalize.ts is not ours): these compatibility characters
 * NFKC-normalise to a space followed by a combining mark, which breaks idempotence. Kept out of
 * the random strings so the other properties keep running; the bug has its own test below.
 */
const NFKC_SPACE_MARK = /[\u2017\u203e\uffe3]/g;

const anyUnicode = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.string({ unit: codeUnit, maxLength: 120 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
).map((s) => s.replace(NFKC_SPACE_MARK, ''));

const KNOWN_NAMES = [
  'بوتين', 'موسكو', 'الكرملين', 'روسيا', 'طاجيكستان', 'دوشنبه', 'أفغانستان', 'كازاخستان', 'لوكاشينكو',
  'منظمة معاهدة الأمن الجماعي', 'إمام علي رحمون', 'فلاديمير بوتين', 'طالبان', 'أستانا',
];
const CLITIC_FORMS = ['وبموسكو', 'للكرملين', 'وللكرملين', 'فبروسيا', 'وبطاجيكستان', 'لدوشنبه', 'كموسكو', 'والكرملين', 'بأفغانستان'];
const DATE_WORDS = ['23 أغسطس 2021', '٢٣ أغسطس ٢٠٢١', 'اليوم', 'أمس', 'الخميس', 'يوم الثلاثاء', '28 أكتوبر/ تشرين الأول 2021', '1445 هـ', '15:22', 'العام الماضي', 'الأسبوع المقبل'];
const TRIGGERS = ['عقد', 'قمة', 'اجتماع', 'زار', 'التقى', 'وقع', 'أعلن', 'قال', 'بحث', 'هاجم', 'مناورات'];

const arabicUnit = fc.oneof(
  { weight: 30, arbitrary: range(0x0621, 0x064a) }, // letters
  { weight: 6, arbitrary: fc.oneof(range(0x064b, 0x0652), fc.constant('\u0670')) }, // diacritics
  { weight: 3, arbitrary: fc.constant('\u0640') }, // tatweel
  { weight: 5, arbitrary: range(0xfb50, 0xfeff) }, // presentation forms
  { weight: 4, arbitrary: fc.oneof(range(0x0660, 0x0669), range(0x06f0, 0x06f9), range(0x30, 0x39)) }, // digits
  { weight: 3, arbitrary: fc.constantFrom('\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u061c', '\ufeff', '\u00ad') },
  { weight: 12, arbitrary: fc.constantFrom(' ', ' ', ' ', '\u00a0', '\t', '\u2009') },
  { weight: 4, arbitrary: fc.constantFrom('\n', '\r\n', '\n\n', '\r', '\u2028') },
  { weight: 5, arbitrary: fc.constantFrom('.', '،', '؛', '؟', '!', '«', '»', '"', '(', ')', '-', ':', '/', '...', '٫', '٪') },
  { weight: 8, arbitrary: fc.constantFrom(...KNOWN_NAMES, ...CLITIC_FORMS).map((w) => ` ${w} `) },
  { weight: 4, arbitrary: fc.constantFrom(...DATE_WORDS).map((w) => ` ${w} `) },
  { weight: 4, arbitrary: fc.constantFrom(...TRIGGERS).map((w) => ` ${w} `) },
);
const arabicLike = fc.array(arabicUnit, { maxLength: 200 }).map((parts) => parts.join(''));

/** A text made of real phrases, more likely to produce entities, dates and events. */
const arabicNews = fc.array(
  fc.oneof(
    fc.constantFrom(...KNOWN_NAMES, ...CLITIC_FORMS, ...DATE_WORDS, ...TRIGGERS, 'رئيس', 'في', 'مع', 'على', 'قادة', 'الرئيس الروسي', 'وزير الخارجية', 'العاصمة'),
    fc.constantFrom('.', '،', '\n', ' - ', ': '),
  ),
  { maxLength: 80 },
).map((w) => w.join(' '));

// ---- helpers -----------------------------------------------------------------------------

let processor: DocumentProcessor;
beforeAll(() => { processor = createProcessor({ allLanguages: true }); }, 60_000);

function run(text: string, format: 'text' | 'html' = 'text'): DocumentRecord {
  const doc: InputDocument = { id: 'prop', source: 'prop', text, encoding: 'utf-8', format };
  let r;
  try {
    r = processor.process(doc);
  } catch (err) {
    throw new Error(`processor threw (it must return a failure instead): ${(err as Error).stack}`);
  }
  if (!r.ok) {
    // skipping (no language) is fine; 'failed' means an extractor threw on this text
    if (r.status === 'failed') throw new Error(`extraction failed on ${JSON.stringify(text.slice(0, 200))}: ${r.reason}\n${r.stack ?? ''}`);
    return null as unknown as DocumentRecord;
  }
  return r.record;
}

interface AnySpan { text: string; start: number; end: number }
function spansOf(rec: DocumentRecord): [string, AnySpan][] {
  const out: [string, AnySpan][] = [];
  rec.entities.forEach((e, i) => e.mentions.forEach((m, j) => out.push([`entities[${i}].mentions[${j}]`, m])));
  rec.dates.forEach((d, i) => out.push([`dates[${i}]`, d]));
  rec.events.forEach((ev, i) => { out.push([`events[${i}].trigger`, ev.trigger]); out.push([`events[${i}].sentence`, ev.sentence]); });
  return out;
}

/** What the checks saw, so that a property cannot pass by checking nothing. */
const seen = { records: 0, spans: 0 };

function checkRecord(original: string, rec: DocumentRecord | null): void {
  if (!rec) return;
  seen.records++;
  seen.spans += spansOf(rec).length;
  expect(validateDocumentRecord(rec)).toEqual([]);
  expect(rec.text_length).toBe(original.length);
  for (const [where, s] of spansOf(rec)) {
    if (!(s.start >= 0 && s.start <= s.end && s.end <= original.length)) throw new Error(`${where}: span ${s.start}-${s.end} outside 0-${original.length}`);
    if (original.slice(s.start, s.end) !== s.text) {
      throw new Error(`${where}: original.slice(${s.start}, ${s.end}) = ${JSON.stringify(original.slice(s.start, s.end))} but text = ${JSON.stringify(s.text)}`);
    }
  }
  for (const e of rec.entities) for (const m of e.mentions) expect(m.sentence).toBeLessThan(Math.max(1, rec.sentences));
  for (const d of rec.dates) expect(d.sentence).toBeLessThan(Math.max(1, rec.sentences));
  for (const ev of rec.events) expect(ev.sentence.index).toBeLessThan(Math.max(1, rec.sentences));
}

function checkNormalize(x: string): void {
  const n = normalize(x);
  const again = normalize(n.text);
  if (again.text !== n.text) throw new Error(`not idempotent: ${JSON.stringify(x)} → ${JSON.stringify(n.text)} → ${JSON.stringify(again.text)}`);
  const len = n.text.length;
  expect(n.starts.length).toBe(len + 1);
  expect(n.ends.length).toBe(len + 1);
  expect(n.starts[len]).toBe(x.length);
  expect(n.ends[len]).toBe(x.length);
  for (let i = 0; i < len; i++) {
    const s = n.starts[i], e = n.ends[i];
    if (!(s >= 0 && s < e && e <= x.length)) throw new Error(`offset ${i}: [${s}, ${e}) not inside [0, ${x.length}] for ${JSON.stringify(x)}`);
    if (i > 0 && (s < n.starts[i - 1] || e < n.ends[i - 1])) throw new Error(`offset map not monotonic at ${i} for ${JSON.stringify(x)}`);
  }
}

// ---- properties --------------------------------------------------------------------------

describe('extraction pipeline on arbitrary text', () => {
  for (const [name, arb] of [['random Unicode', anyUnicode], ['random Arabic-like', arabicLike], ['Arabic news-like', arabicNews]] as const) {
    it(`${name}: never throws; every span is original.slice(start, end); records validate`, () => {
      const before = { ...seen };
      fc.assert(fc.property(arb, (text) => { checkRecord(text, run(text)); }), { numRuns: RUNS });
      // most random Unicode has no language and is skipped; Arabic gives records with spans
      expect(seen.records).toBeGreaterThan(before.records);
      if (name !== 'random Unicode') expect(seen.spans).toBeGreaterThan(before.spans);
    }, 120_000);
  }

  it('the same holds for documents given in pieces of HTML', () => {
    const before = { ...seen };
    const htmlDoc = fc.array(fc.oneof(arabicNews, arabicLike, HTML_PIECE), { maxLength: 30 }).map((p) => p.join(''));
    fc.assert(fc.property(htmlDoc, (html) => {
      const rec = run(html, 'html');
      checkRecord(html, rec);
      if (!rec) return;
      // the HTML record is the plain-text record of the reduced text, with every span moved
      // through the reducer's map exactly once
      const { text, starts, ends } = htmlToText(html);
      const plain = run(text);
      const a = spansOf(rec), b = spansOf(plain);
      expect(a.map(([w]) => w)).toEqual(b.map(([w]) => w));
      b.forEach(([where, s], k) => {
        const start = starts[s.start];
        const end = s.end > s.start ? ends[s.end - 1] : start;
        expect({ where, start: a[k][1].start, end: a[k][1].end }).toEqual({ where, start, end });
      });
    }), { numRuns: RUNS });
    expect(seen.spans).toBeGreaterThan(before.spans);
  }, 120_000);
});

describe('normalisation', () => {
  for (const [name, arb] of [['random Unicode', anyUnicode], ['random Arabic-like', arabicLike]] as const) {
    it(`${name}: idempotent, offset map monotonic and in range`, () => {
      fc.assert(fc.property(arb, (x) => { checkNormalize(x); }), { numRuns: RUNS * 4 });
    }, 60_000);
  }

  // their NFKC form is a space plus a combining mark
  it('U+2017, U+203E, U+FFE3 normalise idempotently', () => {
    for (const x of ['‗', 'ا ‾', '￣ب']) checkNormalize(x);
  });
});

// ---- HTML reducer ------------------------------------------------------------------------

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: '\u00a0', rlm: '\u200f', laquo: '«', raquo: '»', zwnj: '\u200c', hellip: '…' };
/** What a character reference means (the subset the generator uses, decoded independently). */
function decodeReference(src: string): string | null {
  let m = /^&#(\d+);$/.exec(src) ?? /^&#[xX]([0-9a-fA-F]+);$/.exec(src);
  if (m) {
    const cp = parseInt(m[1], src[2] === 'x' || src[2] === 'X' ? 16 : 10);
    return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : '\ufffd';
  }
  m = /^&([a-zA-Z]+);$/.exec(src);
  return m ? NAMED[m[1].toLowerCase()] ?? null : null;
}

const HTML_PIECE = fc.oneof(
  fc.constantFrom('<p>', '</p>', '<br>', '<br/>', '<div class="x">', '</div>', '<h1>', '</h1>', '<span>', '</span>', '<a href="/x?a=1&b=2">', '</a>', '<li>', '<td>'),
  fc.constantFrom('<script>var a = "<p>بوتين</p>"; if (a < b) {}</script>', '<style>p::before{content:"موسكو"}</style>', '<!-- الكرملين -->', '<!DOCTYPE html>', '<?xml version="1.0"?>', '<SCRIPT type="x">1</SCRIPT>', '<noscript>x</noscript>'),
  fc.constantFrom('&amp;', '&nbsp;', '&#1605;', '&#x645;', '&#X627;', '&lt;', '&gt;', '&quot;', '&laquo;', '&raquo;', '&rlm;', '&hellip;', '&#0;', '&#xD800;', '&#1234567;', '&#128512;', '&bogus;', '&amp', '&', '&#;', '&#x;'),
  fc.constantFrom('<', '>', '< p>', '<3', 'a<b', '</', '<!--', '<script>', '<p', '<!'), // broken markup
  fc.constantFrom('بوتين', 'وبموسكو', ' ', '\n', 'منظمة', '.', '٢٠٢١'),
);
const htmlString = fc.oneof(
  fc.array(HTML_PIECE, { maxLength: 60 }).map((p) => p.join('')),
  fc.string({ unit: fc.constantFrom('<', '>', '&', '#', ';', '/', '!', '-', 'p', 'b', 'r', 'x', '1', 'a', 'م', ' ', '\n'), maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
);

describe('HTML reducer', () => {
  it('every output character maps to the source it came from', () => {
    fc.assert(fc.property(htmlString, (html) => {
      const { text, starts, ends } = htmlToText(html);
      expect(starts.length).toBe(text.length + 1);
      expect(ends.length).toBe(text.length + 1);
      expect(starts[text.length]).toBe(html.length);
      let i = 0;
      while (i < text.length) {
        const s = starts[i], e = ends[i];
        if (!(s >= 0 && s < e && e <= html.length)) throw new Error(`char ${i}: span [${s}, ${e}) out of range for ${JSON.stringify(html)}`);
        if (i > 0 && s < ends[i - 1] && s !== starts[i - 1]) throw new Error(`char ${i}: spans overlap or go backwards for ${JSON.stringify(html)}`);
        let j = i + 1;
        while (j < text.length && starts[j] === s && ends[j] === e) j++;
        const out = text.slice(i, j);
        const src = html.slice(s, e);
        const ok = src === out
          || (src.startsWith('<') && out === '\n')
          || (src.startsWith('&') && decodeReference(src) === out);
        if (!ok) throw new Error(`text[${i}..${j}) = ${JSON.stringify(out)} came from ${JSON.stringify(src)} in ${JSON.stringify(html)}`);
        i = j;
      }
    }), { numRuns: RUNS * 4 });
  }, 60_000);

  it('drops script, style and comments, decodes &amp; &nbsp; &#1605;', () => {
    const html = '<p>أ&amp;ب&nbsp;&#1605;</p><script>بوتين</script><style>x</style><!-- موسكو -->ج';
    const { text, starts, ends } = htmlToText(html);
    expect(text).toBe('\nأ&ب\u00a0م\nج');
    expect(html.slice(starts[2], ends[2])).toBe('&amp;');
    expect(html.slice(starts[5], ends[5])).toBe('&#1605;');
  });
});

// ---- pathological inputs: must finish (a hang is caught by the test timeout; speed is for the benchmark)

describe('pathological inputs finish quickly', () => {
  const cases: [string, () => string][] = [
    ['"وبالل" × 1000 + "موسكو" (deeply repeated clitics)', () => 'وبالل'.repeat(1000) + 'موسكو'],
    ['10,000 names in a row ("بوتين " × 10,000)', () => 'بوتين '.repeat(10_000)],
    ['5,000 clitic-prefixed names ("وبموسكو للكرملين " × 5,000)', () => 'وبموسكو للكرملين '.repeat(5000)],
    ['10,000 dates in a row', () => '23 أغسطس 2021 '.repeat(10_000)],
    ['5,000 event sentences', () => 'عقد بوتين قمة في موسكو اليوم. '.repeat(5000)],
    ['100,000 diacritics on one letter', () => 'ب' + '\u064e'.repeat(100_000)],
    ['50,000 zero-width joiners between letters', () => 'ب\u200d'.repeat(50_000)],
    ['a 100,000-character word', () => 'م'.repeat(100_000)],
    ['200,000 characters of news on one line', () => {
      const words = ['منظمة', 'معاهدة', 'الأمن', 'الجماعي', 'بوتين', 'موسكو', 'في', 'اليوم', 'الخميس', 'قمة', 'رئيس', 'طاجيكستان', 'عقد', '2021', 'أغسطس'];
      const out: string[] = [];
      let n = 0, i = 0;
      while (n < 200_000) { const w = words[(i * 7 + (i >> 3)) % words.length]; out.push(w); n += w.length + 1; i++; }
      return out.join(' ');
    }],
  ];
  for (const [name, make] of cases) {
    it(`${name} finishes with a valid record`, () => {
      const text = make();
      const rec = run(text);
      expect(rec, 'a record (not skipped)').not.toBeNull();
      checkRecord(text, rec);
    }, 60_000);
  }
});
