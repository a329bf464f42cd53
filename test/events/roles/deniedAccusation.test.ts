// events/roles/deniedAccusation.ts: the accused who denies an accusation denies it to the accuser.
import { describe, expect, it } from 'vitest';
import { names, run } from '../helpers.js';

const fx = { entities: { Georgia: ['جورجيا'], Russia: ['روسيا'], Moscow: ['موسكو'] } };
const denials = (text: string, fixture = fx): string[][][] =>
  run(text, fixture).events.filter((e) => e.type === 'REJECT').map((e) => [names(e.source), names(e.recipient)]);

describe('a denied accusation', () => {
  it('"اتهمت جورجيا روسيا ...، لكن موسكو نفت ذلك": Moscow denies it to Georgia', () => {
    expect(denials('اتهمت جورجيا روسيا أمس بإطلاق صاروخ على أراضيها، لكن موسكو نفت ذلك تماما.')).toEqual([[['Moscow'], ['Georgia']]]);
  });
  it('the accusation of the sentence before ("جورجيا تتهم روسيا بإطلاق صاروخ.. وموسكو تنفي")', () => {
    expect(denials('جورجيا تتهم روسيا بإطلاق صاروخ على أراضيها.\nوموسكو تنفي.')).toEqual([[['Moscow'], ['Georgia']]]);
  });
  it('the accuser denies something else: no recipient', () => {
    const { Georgia, Russia } = fx.entities;
    expect(denials('اتهمت روسيا جورجيا بإطلاق صاروخ. ونفت روسيا إرسال قوات.', { entities: { Georgia, Russia } })).toEqual([[['Russia'], []]]);
  });
});
