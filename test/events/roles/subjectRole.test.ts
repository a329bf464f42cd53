// events/roles/subjectRole.ts: a frame whose subject receives ("تسلمت طاجيكستان من روسيا أسلحة").
import { describe, expect, it } from 'vitest';
import { names, run } from '../helpers.js';

describe('subjectRole', () => {
  it('the subject of a verb of receiving is the recipient, the one after من the source', () => {
    const { events } = run('تسلمت طاجيكستان من روسيا دفعة من الأسلحة.', { entities: { Tajikistan: ['طاجيكستان'], Russia: ['روسيا'] } });
    expect(events.map((e) => [e.type, e.rule, names(e.source), names(e.recipient)])).toEqual([['AID', 'aid.receipt', ['Russia'], ['Tajikistan']]]);
  });

  it('with no giver named, the receiver is still the recipient, not the source', () => {
    const { events } = run('استلمت طاجيكستان معدات عسكرية جديدة.', { entities: { Tajikistan: ['طاجيكستان'] } });
    expect(events.map((e) => [e.type, names(e.source), names(e.recipient)])).toEqual([['AID', [], ['Tajikistan']]]);
  });

  it('a frame whose subject is the source leaves it there ("تهدي روسيا طاجيكستان أسلحة")', () => {
    const { events } = run('روسيا تهدي طاجيكستان أسلحة لحماية الحدود.', { entities: { Tajikistan: ['طاجيكستان'], Russia: ['روسيا'] } });
    expect(events.map((e) => [e.type, e.rule, names(e.source), names(e.recipient)])).toEqual([['AID', 'aid.gift', ['Russia'], ['Tajikistan']]]);
  });
});
