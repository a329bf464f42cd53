// Argument attachment on the seed articles, with the entity and date mentions a correct extractor gives.
import { describe, expect, it } from 'vitest';
import { byType, names, run, seed } from './helpers.js';
import { SEED000, SEED002, SEED004 } from './fixtures.js';

describe('seeds/000: the Collective Security Council session', () => {
  const text = seed('000_cbff494ec939caaa.txt');
  const { events } = run(text, SEED000);
  const main = events.find((e) => e.main)!;

  it('one main event: the session of the headline, chaired by Rahmon, held virtually', () => {
    expect(events.filter((e) => e.main)).toHaveLength(1);
    expect([main.type, main.subtype, main.rule, main.status, main.mode]).toEqual(['CONSULT', 'session', 'consult.session+consult.hold', 'reported', 'virtual']);
    expect(main.sentence.index).toBe(0);
    expect(main.trigger.text).toBe('جلسة');
    expect(text.slice(main.trigger.start, main.trigger.end)).toBe('جلسة');
    expect(text.slice(main.sentence.start, main.sentence.end)).toBe(main.sentence.text);
    expect(names(main.source)).toEqual(['Collective Security Council']);
    expect(names(main.chair)).toEqual(['Emomali Rahmon']);
    expect(main.chair[0]).toEqual({ entity: 'person:rahmon', name: 'Emomali Rahmon', type: 'PERSON', role: 'رئيس جمهورية طاجيكستان', affiliation: { entity: 'place:tj', name: 'Tajikistan' }, country: 'TJ', iso3: 'TJK', basis: 'sentence' });
    expect(main.date).toEqual({ value: '2021-08-23', granularity: 'day', basis: 'article date' });
    expect([main.date_precision, main.date_basis]).toEqual(['day', 'article date']);
  });

  it('every attendee of "حضر الجلسة ..." is a participant; the invited state is invited', () => {
    expect(names(main.participants)).toEqual([
      'Collective Security Treaty Organization', 'Emomali Rahmon', 'Nikol Pashinyan', 'Alexander Lukashenko',
      'Kassym-Jomart Tokayev', 'Sadyr Japarov', 'Vladimir Putin', 'Stanislav Zas',
    ]);
    // countries in the titles belong to the people, not to the actor lists
    expect(main.participants.some((a) => a.type === 'PLACE')).toBe(false);
    expect(main.participants.find((a) => a.name === 'Nikol Pashinyan')).toMatchObject({ role: 'رئيس وزراء أرمينيا', country: 'AM', iso3: 'ARM', basis: 'sentence 4' });
    expect(names(main.invited)).toEqual(['Shavkat Mirziyoyev']);
  });

  it('one-a-story: the sentences about the same session are merged into the main record', () => {
    expect(main.basis).toEqual(['date: article date', 'also: sentence 3', 'mode: sentence 3', 'also: sentence 4', 'also: sentence 5', 'also: sentence 6', 'also: sentence 7', 'also: sentence 9']);
    expect(byType(events, 'CONSULT').filter((e) => e.date?.value === '2021-08-23')).toHaveLength(1);
  });

  it('the members\' agreement, concern, and the next summit in Dushanbe (planned)', () => {
    const agree = byType(events, 'AGREE').find((e) => e.date?.value === '2021-08-23')!;
    expect([agree.subtype, agree.trigger.text, agree.date?.basis, agree.date_basis]).toEqual(['agreement', 'اتفقت', 'main event', 'article date']);
    expect(names(agree.source)).toEqual(['Collective Security Treaty Organization']);
    expect(agree.basis).toEqual(['date: main event']);
    const concern = byType(events, 'DISAPPROVE')[0];
    expect([concern.subtype, names(concern.source), names(concern.recipient)]).toEqual(['concern', ['Collective Security Treaty Organization'], ['Afghanistan']]);
    expect(concern.source[0].basis).toBe('coreference: الدول الأعضاء');
    expect(concern.basis).toContain('actor Collective Security Treaty Organization: coreference: الدول الأعضاء');
    const next = events.find((e) => e.subtype === 'summit')!;
    expect([next.status, next.date?.value, next.date_basis, next.location?.name, next.location?.basis]).toEqual(['planned', '2021-09-16', 'explicit', 'Dushanbe', 'sentence']);
    expect(names(next.source)).toEqual(['Collective Security Treaty Organization']);
  });

  it('ids are stable across runs', () => {
    const again = run(text, SEED000).events;
    expect(again.map((e) => e.id)).toEqual(events.map((e) => e.id));
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  });
});

describe('seeds/002: "العاصمة الطاجيكية" is Dushanbe', () => {
  const { events } = run(seed('002_5e25361c9cdaf982.txt'), SEED002);

  it('the summit in the Tajik capital, with Putin taking part remotely', () => {
    const summit = events.find((e) => e.subtype === 'summit')!;
    expect(summit.location).toEqual({ entity: 'place:dushanbe', name: 'Dushanbe', country: 'TJ', country_name: 'Tajikistan', iso3: 'TJK', text: 'العاصمة الطاجيكية', basis: 'sentence' });
    expect(names(summit.source)).toEqual(['Collective Security Treaty Organization']);
    expect(names(summit.participants)).toEqual(['Vladimir Putin']);
    expect(summit.mode).toBe('virtual');
    expect(summit.date).toBeNull();
  });

  it('the approval of the plan is the main event and takes the place from the merged sentence', () => {
    const main = events.find((e) => e.main)!;
    expect([main.type, main.subtype, main.sentence.index, main.location?.name]).toEqual(['AGREE', 'approval', 0, 'Dushanbe']);
    expect(main.basis).toContain('location: lead');
    expect(names(main.source)).toEqual(['Collective Security Treaty Organization']);
  });
});

describe('seeds/004: two meetings', () => {
  const { events } = run(seed('004_6dfbaefa9a0405cb.txt'), SEED004);
  const meetings = events.filter((e) => e.subtype === 'bilateral meeting');

  it('Rahmon meets the Secretary General in Dushanbe on 29 January 2025 (main event)', () => {
    const m = meetings[0];
    expect([m.main, m.trigger.text, m.date?.value, m.date_basis, m.location?.name, m.mode]).toEqual([true, 'اجتماعه', '2025-01-29', 'explicit', 'Dushanbe', 'in person']);
    expect(names(m.source)).toEqual(['Emomali Rahmon']);
    expect(names(m.recipient)).toEqual(['Imangali Tasmagambetov']);
  });

  it('the Secretary General ("الأمين العام", resolved from the lead) meets the Tajik foreign minister', () => {
    const m = meetings[1];
    expect([m.main, m.trigger.text, m.sentence.index, m.location?.name]).toEqual([false, 'التقى', 4, 'Dushanbe']);
    expect(m.source).toEqual([{ entity: 'person:tasmagambetov', name: 'Imangali Tasmagambetov', type: 'PERSON', role: 'الأمين العام لمنظمة "معاهدة الأمن الجماعي"', affiliation: { entity: 'org:csto', name: 'Collective Security Treaty Organization' }, country: 'KZ', iso3: 'KAZ', basis: 'coreference: الأمين العام' }]);
    expect(names(m.recipient)).toEqual(['Sirojiddin Muhriddin']);
    expect(m.basis).toEqual(['actor Imangali Tasmagambetov: coreference: الأمين العام', 'date: main event']);
    expect(meetings).toHaveLength(2);
  });

  it('the visit: visitor source, host country recipient', () => {
    const v = events.filter((e) => e.subtype === 'official visit');
    expect(v).toHaveLength(1);
    expect([names(v[0].source), names(v[0].recipient), v[0].location?.name]).toEqual([['Imangali Tasmagambetov'], ['Tajikistan'], 'Dushanbe']);
    expect(v[0].basis).toEqual(['recipient: host country of the location', 'also: sentence 4']);
  });

  it('the Council approved the programme in November 2024 in Astana', () => {
    const a = byType(events, 'AGREE')[0];
    expect([a.subtype, a.date?.value, a.date_precision, a.location?.name, a.location?.text]).toEqual(['approval', '2024-11', 'month', 'Astana', 'عاصمة جمهورية كازاخستان - أستانا']);
    expect(names(a.source)).toEqual(['Collective Security Council']);
  });

  it('"الطرفان" are the two sides of the main event', () => {
    const r = byType(events, 'REQUEST')[0];
    expect(names(r.source)).toEqual(['Emomali Rahmon', 'Imangali Tasmagambetov']);
    expect(r.basis).toContain('source: the two sides of the main event');
  });
});
