// entities/passes/shortForms.ts: short forms and surnames linked to the entity they name.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEntityEngine } from '../../../src/entities/index.js';
import { analyze } from '../../../src/text/analyze.js';
import { at, byId, namesIn, run, spans } from '../helpers.js';

describe('short forms and surnames', () => {
  it('joins a surname to the full name in one record, mentions sorted', () => {
    const text = 'قال فلاديمير بوتين إن الوضع خطير. وأضاف بوتين أن روسيا مستعدة. ثم قال بوتين';
    const ents = run(text);
    const p = byId(ents, 'person:vladimir-putin')!;
    expect(p.mentions.map((m) => [m.text, m.start, m.method])).toEqual([
      ['فلاديمير بوتين', at(text, 'فلاديمير')[0], 'exact'],
      ['بوتين', at(text, 'بوتين', 1)[0], 'coreference'],
      ['بوتين', at(text, 'بوتين', 2)[0], 'coreference'],
    ]);
    expect(p.mentions.map((m) => m.sentence)).toEqual([0, 1, 2]);
    expect(ents.filter((e) => e.type === 'PERSON')).toHaveLength(1);
  });
  it('links a short form without the full name when unambiguous', () => {
    const m = byId(run('وأكد رحمون أهمية التعاون'), 'person:emomali-rahmon')!.mentions[0];
    expect(m).toMatchObject({ text: 'رحمون', method: 'exact' });
    expect(m.confidence).toBeLessThan(0.9);
  });
  it('a surname father and son share goes to the one named in full ("حيدر علييف ... علييف"); alone, to the one in office (built-in gazetteer)', () => {
    expect(namesIn('زار الرئيس حيدر علييف موسكو. وقال علييف إن العلاقات جيدة.', 'PERSON')).toEqual(['Heydar Aliyev']);
    expect(namesIn('أقسم قربان قولي بردي محمدوف اليمين. وقال بردي محمدوف إن مرحلة جديدة بدأت.', 'PERSON')).toEqual(['Gurbanguly Berdimuhamedow']);
    expect(namesIn('وقال علييف إن العلاقات جيدة.', 'PERSON')).toEqual(['Ilham Aliyev']);
  });
  it('joins two spellings of one person', () => {
    const text = 'أكد الرئيس الطاجيكستاني - إمام علي رحمون أن. وفقا للرئاسة أكد رحمان';
    const p = byId(run(text), 'person:emomali-rahmon')!;
    expect(p.mentions.map((m) => [m.text, m.method])).toEqual([['إمام علي رحمون', 'exact'], ['رحمان', 'coreference']]);
  });
  it('a derived surname needs the full name in the document', () => {
    expect(byId(run('قال جاباروف إن'), 'person:sadyr-japarov')).toBeUndefined();
    const text = 'قال سدير جاباروف إن. وأضاف جاباروف';
    expect(spans(run(text), 'person:sadyr-japarov').map((s) => s[3])).toEqual(['exact', 'coreference']);
  });
  it('the word after بن, آل, عبد or أبو makes a name with it and is no surname of its own ("تميم بن حمد آل ثاني")', () => {
    const dir = mkdtempSync(join(tmpdir(), 'surnames-'));
    try {
      const file = join(dir, 'people.json');
      writeFileSync(file, JSON.stringify({ name: 'people', entries: [
        { id: 'person:tamim', type: 'PERSON', name: 'Tamim bin Hamad Al Thani', aliases: ['تميم بن حمد آل ثاني'] },
        { id: 'person:ben-ali', type: 'PERSON', name: 'Zine El Abidine Ben Ali', aliases: ['زين العابدين بن علي'] },
        { id: 'person:salih', type: 'PERSON', name: 'Barham Salih', aliases: ['برهم صالح'] },
      ] }));
      const people = (text: string): [string, string[]][] => loadEntityEngine({ builtin: [], gazetteers: [file] }).extract(analyze(text))
        .filter((e) => e.type === 'PERSON').map((e) => [e.name, e.mentions.map((m) => m.text)]);
      expect(people('استقبل الشيخ تميم بن حمد آل ثاني الوفد. وفي اليوم ثاني الزيارة')).toEqual([['Tamim bin Hamad Al Thani', ['تميم بن حمد آل ثاني']]]);
      // a surname as before
      expect(people('قال برهم صالح إن. وأضاف صالح')).toEqual([['Barham Salih', ['برهم صالح', 'صالح']]]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
