// events/roles/invitation.ts: of a visit at someone's invitation ("بدعوة من", "تلبية لدعوة"), the one who invites is the host, the visitor its source.
import { describe, expect, it } from 'vitest';
import { names, run } from '../helpers.js';

const rows = (text: string, entities: Record<string, string[]>) =>
  run(text, { entities }).events.map((e) => [e.type, names(e.source), names(e.recipient), names(e.invited)]);

describe('invitationHost', () => {
  it('"وصل بوتين إلى بيشكك بدعوة من نظيره": Putin arrives, the one who invited him hosts; nobody is an invited guest (the invitation itself: derived/invitation.ts)', () => {
    expect(rows('وصل بوتين إلى بيشكك بدعوة من الرئيس جباروف.', { Putin: ['بوتين'], Bishkek: ['بيشكك'], Japarov: ['جباروف'] }))
      .toEqual([['CONSULT', ['Vladimir Putin'], ['Sadyr Japarov'], []], ['REQUEST', ['Sadyr Japarov'], ['Vladimir Putin'], []]]);
  });
  it('"تلبية لدعوة" before the visit: the one who invites is not taken for the visitor', () => {
    expect(rows('سيقوم الرئيس شوكت ميرضيائيف تلبية لدعوة الرئيس إمام علي رحمن بزيارة رسمية لطاجيكستان.', { Mirziyoyev: ['شوكت ميرضيائيف'], Rahmon: ['إمام علي رحمن'], Tajikistan: ['لطاجيكستان'] }))
      .toEqual([['CONSULT', ['Shavkat Mirziyoyev'], ['Emomali Rahmon'], []]]);
  });
  it('at a meeting, the one before "بدعوة من" is still an invited guest', () => {
    const out = rows('وحضر الرئيس رحمون القمة بدعوة من الرئيس بوتين.', { Rahmon: ['رحمون'], Putin: ['بوتين'] });
    expect(out.map((r) => r[3])).toContainEqual(['Emomali Rahmon']);
  });
});
