// events/story/confidence.ts: the trigger's confidence, less for missing or borrowed actors, more for a date and place of the sentence.
import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('confidence', () => {
  it('a source, a date and a place of its own sentence: 0.8 + 0.05 + 0.05', () => {
    const { events } = run('التقى بوتين مع توكاييف في موسكو يوم 5 مايو 2023.', {
      entities: { Putin: ['بوتين'], Tokayev: ['توكاييف'], Moscow: ['موسكو'] }, dates: [['5 مايو 2023', '2023-05-05', 'day']],
    });
    expect(events.map((e) => e.confidence)).toEqual([0.9]);
  });

  it('no source: 0.15 less; sides borrowed from the main event: 0.1 less', () => {
    const summit = run('وشارك بوتين في القمة.', { entities: { Putin: ['بوتين'] } }).events;
    expect(summit.map((e) => [e.source.length, e.confidence])).toEqual([[0, 0.65]]);
    const agreed = run('التقى بوتين مع توكاييف في موسكو. واتفق الرئيسان على تعزيز التعاون.', { entities: { Putin: ['بوتين'], Tokayev: ['توكاييف'], Moscow: ['موسكو'] } }).events;
    expect(agreed.map((e) => [e.type, e.confidence])).toEqual([['CONSULT', 0.85], ['AGREE', 0.7]]);
  });
});
