// A ban on a party, a group or an activity is COERCE ("حظرت المحكمة حزب النهضة", "قضت المحكمة بحل الحزب"); a ban on
// goods, trade or travel is SANCTION ("حظرت روسيا استيراد منتجات الألبان"): entries of data/events/triggers.json
// (coerce.ban, coerce.dissolution, sanction.ban and the word group traded_goods), each test failing without its data change.
import { describe, expect, it } from 'vitest';
import { names, run } from './helpers.js';

const rows = (text: string, entities: Record<string, string[]>) =>
  run(text, { entities }).events.map((e) => [e.type, e.rule, names(e.source), names(e.recipient)]);

describe('bans', () => {
  it('"وحظرت طاجيكستان حزب النهضة الإسلامي": the party banned is the target of a coercion', () => {
    expect(rows('وحظرت طاجيكستان حزب النهضة الإسلامي العام الماضي.', { Tajikistan: ['طاجيكستان'], IRPT: ['حزب النهضة الإسلامي'] }))
      .toEqual([['COERCE', 'coerce.ban', ['Tajikistan'], ['Islamic Renaissance Party of Tajikistan']]]);
  });
  it('"حظرت روسيا استيراد منتجات الألبان من بيلاروس": a ban on goods is a sanction', () => {
    expect(rows('حظرت روسيا استيراد منتجات الألبان من بيلاروس.', { Russia: ['روسيا'], Belarus: ['بيلاروس'] }).map((r) => r.slice(0, 3)))
      .toEqual([['SANCTION', 'sanction.ban', ['Russia']]]);
  });
  it('"قضت المحكمة ... بحل حزب النهضة": the dissolution of a party, carried by قضت', () => {
    expect(rows('قضت طاجيكستان مساء الثلاثاء بحل حزب النهضة الإسلامي.', { Tajikistan: ['طاجيكستان'], IRPT: ['حزب النهضة الإسلامي'] }))
      .toEqual([['COERCE', 'coerce.dissolution', ['Tajikistan'], ['Islamic Renaissance Party of Tajikistan']]]);
  });
  it('a solution is no dissolution ("قدمت روسيا حلا للأزمة")', () => {
    expect(rows('قدمت روسيا حلا للأزمة.', { Russia: ['روسيا'] })).toEqual([]);
  });
});
