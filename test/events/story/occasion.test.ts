// events/story/occasion.ts: "جاء ذلك في القمة ...": the sentence before happened at that meeting.
import { describe, expect, it } from 'vitest';
import { names, run } from '../helpers.js';

const entities = { SCO: ['منظمة شنغهاي للتعاون'], Astana: ['أستانا'] };
const dates: [string, string, 'day'][] = [['5 يونيو 2024', '2024-06-05', 'day']];

describe('occasionOfSentenceBefore', () => {
  it('the agreement of the sentence before takes the summit\'s place and date', () => {
    const { events } = run('اتفق قادة منظمة شنغهاي للتعاون على مكافحة الإرهاب. جاء ذلك في القمة العاشرة التي عقدت يوم 5 يونيو 2024 في العاصمة أستانا.', { entities, dates });
    const agree = events.find((e) => e.type === 'AGREE')!;
    expect([names(agree.source), agree.location?.name, agree.location?.basis, agree.date?.value]).toEqual([['Shanghai Cooperation Organisation'], 'Astana', 'sentence 1 (occasion)', '2024-06-05']);
  });

  it('"وجاءت تصريحات X خلال لقائه ... في دوشنبه": the statements of the sentence before were made at that meeting', () => {
    const { events } = run('أقر الرئيس بوتين أمام نظيره علييف بمسؤولية روسيا. وجاءت تصريحات بوتين خلال لقائه علييف في العاصمة دوشنبه.', { entities: { Putin: ['بوتين', 'بوتين'], Aliyev: ['علييف', 'علييف'], Dushanbe: ['دوشنبه'] } });
    const admission = events.find((e) => e.type === 'CONCEDE')!;
    expect([names(admission.source), names(admission.recipient), admission.location?.name, admission.location?.basis]).toEqual([['Vladimir Putin'], ['Ilham Aliyev'], 'Dushanbe', 'sentence 1 (occasion)']);
  });

  it('without the cue, the sentence after gives no place', () => {
    const { events } = run('اتفق قادة منظمة شنغهاي للتعاون على مكافحة الإرهاب. وتعقد القمة العاشرة يوم 5 يونيو 2024 في العاصمة أستانا.', { entities, dates });
    expect(events.find((e) => e.type === 'AGREE')?.location?.basis).not.toBe('sentence 1 (occasion)');
  });
});
