// entities/passes/nisbaInOrgs.ts: a national body named with a nisba also mentions its country.
import { describe, expect, it } from 'vitest';
import { loadEntityEngine } from '../../../src/entities/index.js';
import { analyze } from '../../../src/text/analyze.js';

describe('nisba inside an organisation', () => {
  it('"وزارة الدفاع الروسية": the ministry keeps its span, Russia gets the nisba word', () => {
    const text = 'وأعلنت وزارة الدفاع الروسية أن القوات جاهزة.';
    const ents = loadEntityEngine().extract(analyze(text));
    expect(ents.map((e) => [e.id, e.mentions.map((m) => [m.text, m.start, m.end, m.method])])).toEqual([
      ['org:russian-mod', [['وزارة الدفاع الروسية', 7, 27, 'exact']]],
      ['place:russia', [['الروسية', 20, 27, 'nisba']]],
    ]);
  });

  it('"وكالة الأنباء الفرنسية": a news agency\'s nisba is part of its name, not its state', () => {
    const text = 'وذلك وفقا لما ذكرته وكالة الأنباء الفرنسية في نبأ عاجل.';
    const ents = loadEntityEngine().extract(analyze(text));
    expect(ents.map((e) => [e.id, e.mentions.map((m) => m.text)])).toEqual([['org:afp', ['وكالة الأنباء الفرنسية']]]);
  });
});
