// roles/relativeClause.ts: a noun trigger with a relative clause right after it is done by that clause's subject.
import { describe, expect, it } from 'vitest';
import { names, run } from '../helpers.js';

type Entities = NonNullable<Parameters<typeof run>[1]>['entities'];
const sides = (text: string, entities: Entities): [string, string[], string[]][] =>
  run(text, { entities }).events.map((e) => [e.type, names(e.source), names(e.recipient)]);

describe('relative clause on a noun trigger', () => {
  it('الهجمات التي ينفذها X ضد Y: X attacks, Y is the target', () => {
    expect(sides('شهدت المدينة ارتفاعا بوتيرة الهجمات التي ينفذها تنظيم ولاية خراسان ضد حركة طالبان', {
      ISISK: ['ولاية خراسان'], Taliban: ['حركة طالبان'],
    })).toEqual([['ASSAULT', ['Islamic State – Khorasan Province'], ['Taliban']]]);
  });

  it('a comma may stand before the relative ("الهجوم، الذي شنته حركة طالبان"; heldout59), nothing else', () => {
    const fx = { Taliban: ['حركة طالبان'] };
    expect(sides('وقلل الرئيس من أهمية الهجوم، الذي شنته حركة طالبان الجمعة على السجن.', fx)).toEqual([['ASSAULT', ['Taliban'], []]]);
    expect(sides('وقلل الرئيس من أهمية الهجوم - الذي شنته حركة طالبان الجمعة على السجن.', fx)).not.toEqual([['ASSAULT', ['Taliban'], []]]);
  });

  it('a meeting\'s relative clause names its host, not who meets', () => {
    expect(sides('وتبنى القادة في قمتهم التي استضافتها العاصمة الأرمينية يريفان الاستراتيجية', { Yerevan: ['يريفان'] })
      .filter(([t]) => t === 'CONSULT').map((x) => x[1])).not.toContainEqual(['Yerevan']);
  });

  it('an adjective may stand between the trigger and its relative ("العمليات الأمنية التي تشنها السلطات الطاجيكية")', () => {
    expect(sides('وذلك ضمن العمليات الأمنية التي تشنها السلطات الطاجيكية ضد المسلحين.', { Tajikistan: [{ text: 'الطاجيكية', method: 'nisba' as const }] }))
      .toEqual([['MOBILIZE', ['Tajikistan'], []]]);
  });
});
