// events/roles/agreement.ts: the gender and number a trigger verb marks on its subject (its paradigm in
// the lexicon), and whether an actor before it can be that subject: a feminine verb wants a country,
// an organisation or a woman, not a man.
import { describe, expect, it } from 'vitest';
import { names, run } from '../helpers.js';

type Entities = NonNullable<Parameters<typeof run>[1]>['entities'];
const sides = (text: string, entities: Entities): [string, string, string[], string[]][] =>
  run(text, { entities }).events.map((e) => [e.type, e.rule, names(e.source), names(e.recipient)]);
const fx = { Rahmon: ['رحمان'], Tajikistan: ['طاجيكستان'] };

describe('a feminine verb and a man before it', () => {
  it('أيدت (perfect in ت) is not the man\'s: its subject is the country after it', () => {
    expect(sides('رحمان أيدت طاجيكستان القرار', fx)).toEqual([['SUPPORT', 'support.statement', ['Tajikistan'], []]]);
  });
  it('أيد (its bare form) is the man\'s, and the country after it is the recipient', () => {
    expect(sides('رحمان أيد طاجيكستان في القرار', fx)).toEqual([['SUPPORT', 'support.statement', ['Emomali Rahmon'], ['Tajikistan']]]);
  });
  it('تدعم (a ت-imperfect beside يدعم) is not the man\'s; يدعم is', () => {
    expect(sides('رحمان تدعم طاجيكستان القرار', fx)).toEqual([['SUPPORT', 'support.backing-verb', ['Tajikistan'], []]]);
    expect(sides('رحمان يدعم طاجيكستان في القرار', fx)).toEqual([['SUPPORT', 'support.backing-verb', ['Emomali Rahmon'], ['Tajikistan']]]);
  });
});

describe('a defective verb, whose last letter drops before the feminine ت', () => {
  it('التقى and دعا are masculine (التقت, دعت feminine), so the man before them is their subject', () => {
    expect(sides('رحمان التقى بوتين', { Rahmon: ['رحمان'], Putin: ['بوتين'] })).toEqual([['CONSULT', 'consult.meet', ['Emomali Rahmon'], ['Vladimir Putin']]]);
    expect(sides('رحمان دعا طاجيكستان إلى الحوار', fx)).toEqual([['REQUEST', 'request.call', ['Emomali Rahmon'], ['Tajikistan']]]);
    expect(sides('رحمان دعت طاجيكستان إلى الحوار', fx)).toEqual([['REQUEST', 'request.call', ['Tajikistan'], []]]);
  });
});

describe('a verb whose root begins with و', () => {
  it('"وقعت" is a feminine perfect, not و + a verb: the country before it is its subject ("أن روسيا وقعت اتفاقا")', () => {
    expect(sides('وقال بوتين إن روسيا وقعت اتفاقا يمنح طاجيكستان قرضا.', { Putin: ['بوتين'], Russia: ['روسيا'], Tajikistan: ['طاجيكستان'] }).filter(([t]) => t === 'SUPPORT'))
      .toEqual([['SUPPORT', 'support.signing', ['Russia'], []]]);
  });
});

describe('a woman before a feminine verb', () => {
  it('a feminine title ("المتحدثة") makes her the subject', () => {
    expect(sides('زاس أيدت طاجيكستان القرار', { Zas: [{ text: 'زاس', role: 'المتحدثة' }], Tajikistan: ['طاجيكستان'] }))
      .toEqual([['SUPPORT', 'support.statement', ['Stanislav Zas'], ['Tajikistan']]]);
  });
});

describe('duals', () => {
  it('تدعمان and يدعمان take both sides before them, whatever their gender', () => {
    expect(sides('طاجيكستان وكازاخستان تدعمان القرار', { Kazakhstan: ['كازاخستان'], Tajikistan: ['طاجيكستان'] }))
      .toEqual([['SUPPORT', 'support.backing-verb', ['Tajikistan', 'Kazakhstan'], []]]);
    expect(sides('بوتين ورحمان يدعمان القرار', { Putin: ['بوتين'], Rahmon: ['رحمان'] }))
      .toEqual([['SUPPORT', 'support.backing-verb', ['Vladimir Putin', 'Emomali Rahmon'], []]]);
  });
});

describe('a dual or plural the lexicon lists only the singular of', () => {
  it('"يبحثان" beside "يبحث": two sides before it, not the actor after it ("رئيسا روسيا وأوزبكستان يبحثان سبل دعم أمريكا")', () => {
    expect(sides('رئيسا روسيا وأوزبكستان يبحثان سبل دعم أمريكا', { Russia: ['روسيا'], Uzbekistan: ['أوزبكستان'], USA: ['أمريكا'] }))
      .toEqual([['CONSULT', 'consult.discuss', ['Russia', 'Uzbekistan'], []]]);
  });

  it('a plural verb has its subject before it or as its pronoun: the person after it is the object ("وأطلقوا سراح ...", "اعتقلوا ...")', () => {
    const japarov = { Japarov: [{ text: 'صدير جاباروف', role: 'الرئيس السابق' }] };
    expect(sides('وأطلقوا سراح الرئيس السابق صدير جاباروف.', japarov)).toEqual([['CONCEDE', 'concede.release-free', [], ['Sadyr Japarov']]]);
    expect(sides('اعتقلوا الرئيس السابق صدير جاباروف.', japarov).map((r) => r[2])).toEqual([[]]);
  });
});
