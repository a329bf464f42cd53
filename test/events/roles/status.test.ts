// events/roles/status.ts: reported, planned or negated.
import { describe, expect, it } from 'vitest';
import { names, run } from '../helpers.js';

describe('status', () => {
  it('a negation just before the trigger: negated', () => {
    const { events } = run('ولم يشارك باشينيان في القمة.', { entities: { Pashinyan: ['باشينيان'] } });
    // (and Pashinyan stays away from it: derived/stayedAway.ts)
    expect(events.filter((e) => e.type === 'CONSULT').map((e) => [e.subtype, e.status, names(e.participants)])).toEqual([['summit', 'negated', ['Nikol Pashinyan']]]);
  });

  it('what is unlikely has not happened ("من المستبعد توقيعها قبل مرور سنة"): negated', () => {
    const { events } = run('وقد توقع كل من منظمة معاهدة الأمن الجماعي وروسيا على مذكرة تعاون، لكن من المستبعد توقيعها قبل مرور سنة.',
      { entities: { CSTO: ['منظمة معاهدة الأمن الجماعي'], Russia: ['روسيا'] } });
    expect(events.filter((e) => e.trigger.text === 'توقيعها').map((e) => e.status)).toEqual(['negated']);
  });

  it('what a denial takes as its object is negated; the main event is the denial (heldout67, heldout45)', () => {
    const { events } = run('نفت مصادر دبلوماسية روسية طرح مسألة نشر قوات روسية على الحدود بين طاجيكستان وأفغانستان.', {
      entities: { Russia: [{ text: 'روسية', method: 'nisba' }], Tajikistan: ['طاجيكستان'], Afghanistan: ['أفغانستان'] },
    });
    expect(events.map((e) => [e.type, e.status, e.main])).toEqual([['REJECT', 'reported', true], ['MOBILIZE', 'negated', false]]);
    const resignation = run('دبلوماسي قرغيزي ينفي تقديم باكييف لاستقالته', { entities: { Bakiyev: ['باكييف'] } }).events;
    expect(resignation.filter((e) => e.type === 'RETREAT').map((e) => e.status)).toEqual(['negated']);
  });

  it('a denied accusation was made all the same; an act past a speech verb is no object of the denial', () => {
    const { events } = run('ونفت روسيا الاتهامات وقالت إن اتصالاتها مع حركة طالبان تهدف إلى ضمان الأمن.', { entities: { Russia: ['روسيا'], Taliban: ['حركة طالبان'] } });
    expect(events.filter((e) => e.type !== 'REJECT').map((e) => [e.type, e.status])).toEqual([['ACCUSE', 'reported'], ['CONSULT', 'reported']]);
  });

  it('the future prefix: planned', () => {
    const { events } = run('وسيزور بوتين طاجيكستان.', { entities: { Putin: ['بوتين'], Tajikistan: ['طاجيكستان'] } });
    expect(events.map((e) => [e.subtype, e.status, names(e.source)])).toEqual([['official visit', 'planned', ['Vladimir Putin']]]);
  });

  it('a background event ("وكان ... قد زار") is reported but takes no date from the story', () => {
    const { events } = run('التقى بوتين مع توكاييف في موسكو يوم 5 مايو 2023. وكان بوتين قد زار طاجيكستان.', {
      entities: { Putin: ['بوتين'], Tokayev: ['توكاييف'], Moscow: ['موسكو'], Tajikistan: ['طاجيكستان'] }, dates: [['5 مايو 2023', '2023-05-05', 'day']],
    });
    expect(events.map((e) => [e.subtype, e.status, e.date?.value ?? null])).toEqual([['bilateral meeting', 'reported', '2023-05-05'], ['official visit', 'reported', null]]);
  });

  it('a negation before the support verb that carries the noun negates it ("ولم تشارك القوات الأرمينية في المناورات")', () => {
    const { events } = run('ولم تشارك القوات الأرمينية في المناورات هذا العام.', { entities: { Armenia: [{ text: 'الأرمينية', method: 'nisba' }] } });
    expect(events.map((e) => [e.type, names(e.source), e.status])).toEqual([['MOBILIZE', ['Armenia'], 'negated']]);
  });

  it('a light word after the head negates only itself: the meeting was held ("انطلق الاجتماع دون مشاركة")', () => {
    const { events } = run('انطلق اجتماع منظمة معاهدة الأمن الجماعي في يريفان دون مشاركة أرمينيا.', { entities: { CSTO: ['منظمة معاهدة الأمن الجماعي'], Yerevan: ['يريفان'], Armenia: ['أرمينيا'] } });
    expect(events.map((e) => [e.subtype, e.status])).toEqual([['meeting', 'reported']]);
  });
});
