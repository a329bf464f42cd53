// entities/passes/brokenPlurals.ts: a country's broken plural ("الروس", "طاجيك") names the state only as the adjective of a noun.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadEntityEngine } from '../../../src/entities/index.js';
import { analyze } from '../../../src/text/analyze.js';
import { MINI } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'broken-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const plurals = join(dir, 'plurals.json');
writeFileSync(plurals, JSON.stringify({ name: 'plurals', entries: [
  { id: 'place:russia', type: 'PLACE', name: 'Russia', nisba: ['روس'] },
  { id: 'place:tajikistan', type: 'PLACE', name: 'Tajikistan', nisba: ['طاجيك'] },
  { id: 'place:kyrgyzstan', type: 'PLACE', name: 'Kyrgyzstan', nisba: ['قيرغيز'] },
] }));
const countries = (text: string): string[][] =>
  loadEntityEngine({ builtin: [], gazetteers: [MINI, plurals] }).extract(analyze(text)).map((e) => [e.name, ...e.mentions.map((m) => m.text)]);

describe('broken plurals', () => {
  it('after the noun they describe, both with the article or both without, they name the state', () => {
    expect(countries('وصل الدبلوماسيون الروس إلى المطار')).toEqual([['Russia', 'الروس']]);
    expect(countries('قتل ثلاثة جنود طاجيك في اشتباك')).toEqual([['Tajikistan', 'طاجيك']]);
  });
  it('on their own, or joined by و to one on its own, they name people of a nation, not the state', () => {
    expect(countries('أعمال عنف عرقية بين الطاجيك والقيرغيز جنوب البلاد')).toEqual([]);
    expect(countries('وقال الروس إن')).toEqual([]);
  });
  it('the regular nisba forms are as before ("الروسي", "الطاجيكية")', () => {
    expect(countries('قال الوزير الروسي إن القوات الطاجيكية')).toEqual([['Russia', 'الروسي'], ['Tajikistan', 'الطاجيكية']]);
  });
});
