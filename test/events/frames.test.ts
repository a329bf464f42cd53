// The argument frames (src/data/events/frames.json) and their validator (src/events/frames.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTIN_FRAMES, compileFrames, fieldFor, framesProblems, loadFrames, type FramesFile } from '../../src/events/frames.js';
import { BUILTIN_TRIGGERS } from '../../src/events/lexicon/load.js';
import { readLexiconFile } from '../../src/events/lexicon/validate.js';

const file = (): FramesFile => JSON.parse(readFileSync(BUILTIN_FRAMES, 'utf8')) as FramesFile;
const rules = readLexiconFile(BUILTIN_TRIGGERS).triggers.map((t) => t.rule);

describe('argument frames', () => {
  it('cover every trigger rule of the lexicon exactly once', () => {
    expect(framesProblems(file(), rules)).toEqual([]);
    expect(loadFrames().byRule.size).toBe(rules.length);
  });

  it('mark the roles the issue names: طلب من X, مع, إلى, ضد/على, بين A و B, بوساطة, and a verbal noun\'s genitive', () => {
    const f = loadFrames();
    const prep = (rule: string, marker: string): string | undefined => f.byRule.get(rule)!.preps.get(marker);
    expect(prep('request.ask', 'من')).toBe('addressee'); // طلب من التكتل إرسال مراقبين
    expect(prep('consult.meet', 'مع')).toBe('partner'); // اجتمع مع نظيره
    expect(prep('mobilize.peacekeeping', 'الي')).toBe('destination'); // إرسال قوات إلى كازاخستان
    expect(prep('assault.attack', 'علي')).toBe('target'); // هجوم على
    expect(prep('sanction.sanctions', 'ضد')).toBe('target');
    expect(prep('agree.agreement', 'بين')).toBe('sides');
    expect(prep('consult.talks', 'بوساطه')).toBe('mediator');
    expect(f.byRule.get('retreat.withdrawal')!.genitive[0]).toBe('source'); // انسحاب قوات المنظمة
    expect(f.byRule.get('request.appeal')!.genitive[0]).toBe('source'); // مناشدة الرئيس
    expect(f.byRule.get('request.appeal')!.object).toBe('addressee'); // ناشد توكاييف المنظمة
    expect(f.byRule.get('support.backing')!.object).toBe('target'); // تدعم أرمينيا
    expect(f.byRule.get('consult.meet')!.symmetric).toBe(true);
    expect(f.byRule.get('request.call')!.preps.get('الي')).toBe('theme'); // دعا X إلى الانسحاب: إلى is the act, not a place
  });

  it('map roles to record fields: a place to the location, an actor to the party field', () => {
    const f = loadFrames();
    expect(fieldFor(f, 'destination', true)).toBe('location');
    expect(fieldFor(f, 'destination', false)).toBe('recipient');
    expect(fieldFor(f, 'addressee', false)).toBe('recipient');
    expect(fieldFor(f, 'theme', false)).toBeNull();
  });

  it('report precise problems', () => {
    const bad = file();
    bad.frames[0].preps = { 'إلى': 'destination' };
    bad.frames[1].rules = [...bad.frames[1].rules, bad.frames[2].rules[0], 'consult.nonesuch'];
    bad.frames[3].subject = { ...bad.frames[3].subject, role: 'speaker' as never };
    expect(framesProblems(bad, rules)).toEqual([`frame 3 (${bad.frames[3].id}): field subject.role: must be equal to one of the allowed values: "source", "target", "addressee", "partner", "sides", "mediator", "destination", "origin", "place", "theme"`]);
    bad.frames[3].subject.role = 'source';
    const problems = framesProblems(bad, rules);
    expect(problems).toContain(`frame 0 (${bad.frames[0].id}): field preps: marker "إلى" is not folded, write "الي"`);
    expect(problems).toContain(`frame 2 (${bad.frames[2].id}): field rules: rule ${bad.frames[2].rules[0]} is also in frame ${bad.frames[1].id}`);
    expect(problems).toContain(`frame ${bad.frames[1].id}: field rules: no trigger rule consult.nonesuch in the lexicon`);
    const dropped = file();
    const lost = dropped.frames.pop()!;
    expect(framesProblems(dropped, rules)).toEqual(lost.rules.map((r) => `trigger rule ${r} has no frame`));
  });

  it('a frame\'s own marker wins over the common one', () => {
    const f = compileFrames(file());
    expect(f.byRule.get('consult.participate')!.preps.get('في')).toBe('theme');
    expect(f.byRule.get('consult.meet')!.preps.get('في')).toBe('place');
  });
});
