// events/ownCountry.ts: "بلاده", "دولته" is the state of the person named first before it.
import { describe, expect, it } from 'vitest';
import { names, run } from './helpers.js';

describe('own country', () => {
  it('"موسكو ستساعد دولته": the speaker\'s state, not a country of the relative clause after it', () => {
    const text = 'وقال رئيس طاجيكستان إمام علي رحمان إن موسكو ستساعد دولته، التي كانت إحدى جمهوريات الاتحاد السوفيتي، على مواجهة التهديدات.';
    const { events } = run(text, {
      entities: { Tajikistan: ['طاجيكستان'], Rahmon: [{ text: 'إمام علي رحمان', role: 'رئيس طاجيكستان' }], Moscow: ['موسكو'], SovietUnion: ['الاتحاد السوفيتي'] },
    });
    const help = events.find((e) => e.type === 'AID')!;
    expect([names(help.source), names(help.recipient), help.recipient[0].basis]).toEqual([['Moscow'], ['Tajikistan'], 'coreference: دولته']);
  });

  it('the subject\'s, not the addressee\'s, and not after a statement noun ("استعداد بلاده": the speaker acts)', () => {
    const text = 'أكد رئيس بيلاروس ألكسندر لوكاشينكو لنظيره الروسي فلاديمير بوتين استعداد بلاده لاستضافة المفاوضات.';
    const { events } = run(text, {
      entities: { Lukashenko: [{ text: 'ألكسندر لوكاشينكو', role: 'رئيس بيلاروس' }], Belarus: ['بيلاروس'], Putin: [{ text: 'فلاديمير بوتين', role: 'لنظيره الروسي' }], Russia: ['الروسي'] },
    });
    expect(events.filter((e) => e.rule === 'support.readiness').map((e) => names(e.source))).toEqual([['Alexander Lukashenko']]);
  });
});
