// entities/passes/surnames.ts: an unknown person found as "X Y" is later "Y".
import { describe, expect, it } from 'vitest';
import { at, byId, run } from '../helpers.js';

describe('unknown surnames', () => {
  it('an unknown person found by pattern is later referred to by surname', () => {
    const text = 'قال وزير الدفاع الروسي سيرغي شويغو إن القوات جاهزة. وأضاف شويغو أن';
    const e = byId(run(text), 'unlinked:PERSON:سيرغي شويغو')!;
    expect(e.mentions.map((m) => [m.text, m.start, m.method])).toEqual([
      ['سيرغي شويغو', at(text, 'سيرغي')[0], 'pattern'],
      ['شويغو', at(text, 'شويغو', 1)[0], 'coreference'],
    ]);
  });
});
