// events/story/decidedAt.ts: "تم اعتماد القرار في اجتماع X": a decision no one is named taking is the meeting's body's.
import { describe, expect, it } from 'vitest';
import { names, run } from '../helpers.js';

const entities = { CSC: ['مجلس الأمن الجماعي'], Astana: ['أستانا'] };
const dates: [string, string, 'day'][] = [['28 نوفمبر 2024', '2024-11-28', 'day']];

describe('decidedAtMeeting', () => {
  it('the body that meets takes the decision, at the meeting\'s place and date (heldout61)', () => {
    const { events } = run('وتم اعتماد هذا القرار في اجتماع مجلس الأمن الجماعي الذي عقد في أستانا في 28 نوفمبر 2024.', { entities, dates });
    const agree = events.find((e) => e.type === 'AGREE');
    expect([names(agree?.source ?? []), agree?.location?.name, agree?.date?.value]).toEqual([['Collective Security Council'], 'Astana', '2024-11-28']);
  });
  it('not a meeting further on, in another phrase ("تم اعتماد القرار بعد أيام من اجتماع ...")', () => {
    const { events } = run('وتم اعتماد القرار بعد أيام من اجتماع مجلس الأمن الجماعي في أستانا.', { entities });
    expect(events.filter((e) => e.type === 'AGREE')).toEqual([]);
  });
});
