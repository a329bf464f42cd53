// events/story/antecedent.ts: an anaphoric event ("وخلال اللقاء") takes the actors, date and place of the
// meeting it recalls (roles/anaphora.ts finds the recalled meeting; the whole article: roles/anaphora.test.ts).
import { describe, expect, it } from 'vitest';
import { fromAntecedent } from '../../../src/events/story/antecedent.js';
import type { EventRecord } from '../../../src/types.js';
import { names, run } from '../helpers.js';

const meeting = (): EventRecord => run('التقى بوتين مع رحمان في دوشنبه يوم 5 مايو 2023.', {
  entities: { Putin: ['بوتين'], Rahmon: ['رحمان'], Dushanbe: ['دوشنبه'] }, dates: [['5 مايو 2023', '2023-05-05', 'day']],
}).events[0];
const recalled = (text: string, entities: Parameters<typeof run>[1]): EventRecord => run(text, entities).events[0];
const taken = (e: EventRecord) => ({
  source: e.source.map((a) => [a.name, a.basis]), recipient: e.recipient.map((a) => [a.name, a.basis]), participants: names(e.participants),
  date: [e.date?.value, e.date?.basis, e.date_precision, e.date_basis], location: [e.location?.name, e.location?.basis], basis: e.basis,
});

describe('fromAntecedent', () => {
  it('a meeting in another sentence: its actors, date and place, each marked with that sentence', () => {
    const e = recalled('وخلال اللقاء، بحث بوتين التعاون.', { entities: { Putin: ['بوتين'] } });
    fromAntecedent(e, meeting(), false, new Set());
    expect(taken(e)).toEqual({
      source: [['Vladimir Putin', 'sentence 0']], recipient: [['Emomali Rahmon', 'sentence 0']], participants: ['Vladimir Putin'],
      date: ['2023-05-05', 'sentence 0', 'day', 'explicit'], location: ['Dushanbe', 'sentence 0'],
      basis: ['source: sentence 0', 'date: sentence 0', 'location: sentence 0'],
    });
  });
  it('the main event: actors and date from the main event, the place from the lead', () => {
    const e = recalled('وخلال اللقاء، بحث بوتين التعاون.', { entities: { Putin: ['بوتين'] } });
    fromAntecedent(e, meeting(), true, new Set());
    expect(taken(e)).toEqual({
      source: [['Vladimir Putin', 'main event']], recipient: [['Emomali Rahmon', 'main event']], participants: ['Vladimir Putin'],
      date: ['2023-05-05', 'main event', 'day', 'explicit'], location: ['Dushanbe', 'lead'],
      basis: ['source: main event', 'date: main event', 'location: lead'],
    });
  });
  it('who acts at the meeting took part in it, unless the sentence reports another event', () => {
    const talks = (): EventRecord => recalled('وبحث لوكاشينكو التعاون مع بوتين.', { entities: { Lukashenko: ['لوكاشينكو'], Putin: ['بوتين'] } });
    const e = talks();
    expect([e.type, names(e.source)]).toEqual(['CONSULT', ['Alexander Lukashenko']]);
    fromAntecedent(e, meeting(), false, new Set());
    expect([names(e.source), names(e.participants)]).toEqual([['Vladimir Putin'], ['Alexander Lukashenko']]);
    const f = talks();
    fromAntecedent(f, meeting(), false, new Set([f.sentence.index]));
    expect([names(f.source), names(f.participants)]).toEqual([['Vladimir Putin'], []]);
  });
  it('a place of its own is kept; the date it lacks is taken', () => {
    const e = recalled('وخلال اللقاء في مينسك، بحث بوتين التعاون.', { entities: { Putin: ['بوتين'], Minsk: ['مينسك'] } });
    const before = e.basis.length;
    fromAntecedent(e, meeting(), false, new Set());
    expect(taken(e).location).toEqual(['Minsk', 'sentence']);
    expect(e.basis.slice(before)).toEqual(['source: sentence 0', 'date: sentence 0']);
  });
});
