// events/roles/topic.ts: what a meeting discusses is not the news; the meeting is the main event.
import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('discussedTopic', () => {
  const entities = { SCO: ['منظمة شنغهاي للتعاون'], Bishkek: ['بيشكيك'], USA: [{ text: 'الأمريكي', method: 'nisba' as const }], Afghanistan: ['أفغانستان'] };

  it('the withdrawal a summit discusses is its topic: the summit is main ("حيث تبحث ملفات أبرزها تداعيات الانسحاب الأمريكي")', () => {
    const text = 'بدأت قمة منظمة شنغهاي للتعاون أعمالها اليوم في بيشكيك، حيث تبحث ملفات أمنية أبرزها تداعيات الانسحاب الأمريكي من أفغانستان.';
    const { events } = run(text, { entities });
    expect(events.map((e) => [e.type, e.main])).toEqual([['CONSULT', true], ['RETREAT', false]]);
  });

  it('the two sides that discuss it are not the topic\'s parties ("أن الرئيسين بحثا الوسائل اللازمة لدعم عمليات عسكرية")', () => {
    const text = 'أجرى بوتين محادثات مع رحمان. وأشار البيان إلى أن الرئيسين بحثا الوسائل الملموسة اللازمة لدعم عمليات عسكرية في أفغانستان.';
    const { events } = run(text, { entities: { Putin: ['بوتين'], Rahmon: ['رحمان'], Afghanistan: ['أفغانستان'] } });
    expect(events.filter((e) => e.type === 'MOBILIZE').map((e) => e.source.length)).toEqual([]);
  });
});
