import { describe, expect, it } from 'vitest';
import { dirOf, escapeHtml, jsonForScript } from '../../src/report/html/escape.js';
import { buildReportModel } from '../../src/report/html/model.js';
import { renderHtmlReport } from '../../src/report/html/page.js';
import { generateCorpus, makeHostileCorpus, makeSmallCorpus } from './make-records.js';

/** The report's embedded data, parsed back. */
function embedded(html: string): any {
  const m = /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(html);
  expect(m).not.toBeNull();
  return JSON.parse(m![1]);
}

/** The HTML with the inlined library and app scripts removed. */
function markupOnly(html: string): string {
  return html.replace(/<script>[\s\S]*?<\/script>/g, '<script></script>');
}

const big = generateCorpus({ count: 500 });
const bigHtml = renderHtmlReport(big, { title: 'CSTO corpus' });

describe('renderHtmlReport: self-contained', () => {
  it('fetches nothing from the network', () => {
    for (const html of [bigHtml, renderHtmlReport([], {})]) {
      expect(html).not.toMatch(/<script[^>]*\bsrc\s*=/i);
      expect(html).not.toMatch(/<link\b/i);
      expect(markupOnly(html)).not.toMatch(/<iframe\b|<img\b|<object\b|<embed\b/i);
      expect(html).not.toMatch(/url\(\s*['"]?\s*(https?:)?\/\//i);
      expect(html).not.toMatch(/@import/i);
      expect(markupOnly(html)).not.toMatch(/https?:\/\//i);
      expect(markupOnly(html)).not.toMatch(/\b(src|href|action)\s*=\s*["']?\s*(https?:)?\/\//i);
    }
  });

  it('inlines vega, vega-lite and vega-embed', () => {
    expect(bigHtml).toContain('vegaEmbed');
    expect(bigHtml).toContain('vegaLite');
    expect(bigHtml.length).toBeGreaterThan(800_000);
    // Exactly five script elements: data, three libraries, app.
    expect(bigHtml.match(/<script\b/g)!.length).toBe(5);
    expect(bigHtml.match(/<\/script>/g)!.length).toBe(5);
  });

  it('puts stable ids on the parts tests and people look for', () => {
    for (const id of ['timeline', 'events-table', 'events-count', 'places-table', 'places-chart', 'network', 'entities-table', 'filter-type', 'filter-actor', 'filter-place', 'filter-from', 'filter-to']) {
      expect(bigHtml).toContain(`id="${id}"`);
    }
    expect(bigHtml).toContain('<html lang="en" dir="ltr">');
    expect(bigHtml).toContain('<title>CSTO corpus</title>');
  });

  it('marks Arabic cells right-to-left', () => {
    expect(bigHtml).toMatch(/<td dir="rtl" lang="ar" class="ar">منظمة معاهدة الأمن الجماعي<\/td>/);
    expect(dirOf('بوتين')).toBe('rtl');
    expect(dirOf('Putin بوتين')).toBe('auto');
    expect(dirOf('Putin')).toBe('ltr');
  });
});

describe('renderHtmlReport: escaping', () => {
  const html = renderHtmlReport(makeHostileCorpus(), { title: '<script>alert(9)</script>' });
  const markup = markupOnly(html);

  it('shows hostile text as text', () => {
    expect(html).not.toContain('<script>alert(');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<svg onload');
    expect(html).not.toContain('<b onmouseover');
    expect(markup).toContain('<title>&lt;script&gt;alert(9)&lt;/script&gt;</title>');
    expect(markup).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(markup).toContain('&quot;&gt;&lt;svg onload=alert(4)&gt;');
    expect(markup).toContain('&lt;b onmouseover=alert(3)&gt;بوتين&lt;/b&gt;');
  });

  it('embeds data as JSON with < escaped, and it round-trips', () => {
    const block = /id="report-data">([\s\S]*?)<\/script>/.exec(html)![1];
    expect(block).not.toContain('<');
    expect(block).toContain('\\u003cscript\\u003ealert(1)\\u003c/script\\u003e');
    const data = embedded(html);
    const doc = makeHostileCorpus()[0];
    expect(data.events.map((e: any) => e.sentence)).toEqual(doc.events.map((e) => e.sentence.text));
    expect(data.events[0].sentence).toContain('<script>alert(1)</script>');
    expect(data.types).toContain('<i>EVIL</i>');
  });

  it('jsonForScript escapes what could end or confuse a script element', () => {
    const s = jsonForScript({ a: '</script><!-- & \u2028\u2029' });
    expect(s).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(s)).toEqual({ a: '</script><!-- & \u2028\u2029' });
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('buildReportModel', () => {
  it('bins the timeline by month for a long span and by week for a short one', () => {
    const m = buildReportModel(big);
    expect(m.unit).toBe('month');
    const total = big.reduce((n, d) => n + d.events.length, 0);
    expect(m.events.length).toBe(total);
    expect(m.timeline.reduce((n, r) => n + r.count, 0) + m.offTimeline).toBe(total);
    expect(m.timeline.every((r) => /^\d{4}-\d{2}-01$/.test(r.period) && /^\d{4}-\d{2}$/.test(r.label))).toBe(true);

    const short = generateCorpus({ count: 60, days: 50, seed: 3 });
    const w = buildReportModel(short);
    expect(w.unit).toBe('week');
    expect(w.timeline.every((r) => new Date(`${r.period}T00:00:00Z`).getUTCDay() === 1 && /^\d{4}-W\d{2}$/.test(r.label))).toBe(true);
  });

  it('stacks the timeline bars per period', () => {
    const m = buildReportModel(big);
    const byPeriod = new Map<string, number>();
    for (const r of m.timeline) {
      expect(r.y0).toBe(byPeriod.get(r.period) ?? 0);
      expect(r.y1 - r.y0).toBe(r.count);
      byPeriod.set(r.period, r.y1);
    }
  });

  it('highlights the trigger and arguments at the right offsets', () => {
    const m = buildReportModel(big);
    const evById = new Map(big.flatMap((d) => d.events).map((e) => [e.id, e]));
    let actors = 0;
    for (const e of m.events) {
      const src = evById.get(e.id)!;
      const trig = e.hl.filter((h) => h[2] === 'trigger');
      expect(trig.length).toBe(1);
      expect(e.sentence.slice(trig[0][0], trig[0][1])).toBe(src.trigger.text);
      for (let i = 1; i < e.hl.length; i++) expect(e.hl[i][0]).toBeGreaterThanOrEqual(e.hl[i - 1][1]);
      actors += e.hl.filter((h) => h[2] === 'actor').length;
    }
    expect(actors).toBeGreaterThan(m.events.length);
    // The small corpus: Putin and Tokayev meet in Moscow on 23 August 2021.
    const small = buildReportModel(makeSmallCorpus());
    const meet = small.events.find((e) => e.type === 'CONSULT')!;
    const spans = meet.hl.map((h) => [h[2], meet.sentence.slice(h[0], h[1])]);
    expect(spans).toEqual([
      ['trigger', 'التقى'],
      ['actor', 'فلاديمير بوتين'],
      ['actor', 'قاسم جومارت توكاييف'],
      ['place', 'موسكو'],
      ['date', 'في 23 أغسطس/آب 2021'],
    ]);
  });

  it('counts countries, network links and entity aliases', () => {
    const m = buildReportModel(makeSmallCorpus());
    const kaz = m.countries.find((c) => c.iso3 === 'KAZ')!;
    expect(kaz).toMatchObject({ name: 'Kazakhstan', name_ar: 'كازاخستان', mentions: 2, documents: 2, places: 0, events: 1 });
    const rus = m.countries.find((c) => c.iso3 === 'RUS')!;
    expect(rus).toMatchObject({ name: 'Russia', mentions: 1, documents: 1, places: 1, events: 1 });
    expect(m.pairs).toEqual([
      { a: 'Collective Security Treaty Organization', b: 'Kassym-Jomart Tokayev', weight: 1 },
      { a: 'Vladimir Putin', b: 'Kassym-Jomart Tokayev', weight: 1 },
    ]);
    expect(m.network.links.length).toBe(2); // Putin–Tokayev, Tokayev–CSTO
    const tok = m.entities.find((e) => e.id === 'person:tokayev')!;
    expect(tok.aliases).toEqual([
      { text: 'توكايف', count: 1 },
      { text: 'قاسم جومارت توكاييف', count: 1 },
    ]);
    expect(m.entities.find((e) => !e.linked)!.name).toBe('عبد الله رحيموف');
  });

  it('renders an empty corpus and a corpus without events', () => {
    const empty = renderHtmlReport([], {});
    expect(empty).toContain('<span id="events-count">0</span>');
    expect(empty).toContain('No dated events to chart.');
    expect(empty).toContain('No two actors share an event.');
    const data = embedded(empty);
    expect(data.events).toEqual([]);
    expect(data.specs).toEqual({ timeline: null, places: null, network: null });
    const noEvents = makeSmallCorpus().map((d) => ({ ...d, events: [] }));
    const html = renderHtmlReport(noEvents, {});
    expect(html).toContain('<span id="events-count">0</span>');
    expect(embedded(html).specs.places).not.toBeNull();
  });
});
