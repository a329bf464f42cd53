// entities/passes/soundAlike.ts and entities/soundKey.ts: a person's name spelt with other letters, vowels or
// spaces than any alias ("قرمان بك باقييف") is the person whose name has its sound key.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { afterAll, describe, expect, it } from 'vitest';
import { loadEntityEngine } from '../../../src/entities/index.js';
import { soundClassesProblems, soundStep, wordSoundKey } from '../../../src/entities/soundKey.js';
import { compile } from '../../../src/entities/compile.js';
import { compiledFromJson, compiledToJson, type CompiledJson } from '../../../src/entities/compiledJson.js';
import { loadGazetteers } from '../../../src/entities/gazetteer.js';
import { analyze } from '../../../src/text/analyze.js';
import { foldKey } from '../../../src/text/normalize.js';
import { at, namesIn } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'sound-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const people = join(dir, 'people.json');
writeFileSync(people, JSON.stringify({ name: 'people', entries: [
  { id: 'person:kurmanbek-bakiyev', type: 'PERSON', name: 'Kurmanbek Bakiyev', aliases: ['كرمان بيك باكييف', 'كورمانبيك باكييف'] },
  { id: 'person:igor-sergeyev', type: 'PERSON', name: 'Igor Sergeyev', aliases: ['إيغور سيرغييف'] },
  { id: 'person:igor-sergeenko', type: 'PERSON', name: 'Igor Sergeenko', aliases: ['إيغور سيرغيينكو'] },
  // two people whose names sound the same: the key names neither
  { id: 'person:a', type: 'PERSON', name: 'Rustam Karimov', aliases: ['رستم كريموف'] },
  { id: 'person:b', type: 'PERSON', name: 'Rustam Qarimov', aliases: ['رستم قاريموف'] },
] }));
const engine = () => loadEntityEngine({ builtin: [], gazetteers: [people] });
const mentions = (text: string) => engine().extract(analyze(text)).map((e) => [e.name, ...e.mentions.map((m) => [m.text, m.start, m.end])]);

describe('names that sound like one person\'s', () => {
  it('other letters for one sound, vowel letters and spaces added or left out', () => {
    const text = 'وقال الرئيس القرغيزي قرمان بك باقييف إن';
    expect(mentions(text)).toEqual([['Kurmanbek Bakiyev', ['قرمان بك باقييف', ...at(text, 'قرمان بك باقييف')]]]);
  });
  it('a conjunction glued to the first word stays out of the mention', () => {
    const text = 'التقى الوزير وكورمانبيك بكييف';
    expect(mentions(text)).toEqual([['Kurmanbek Bakiyev', ['كورمانبيك بكييف', ...at(text, 'كورمانبيك بكييف')]]]);
  });
  it('a sound key beats a fuzzy guess at another person', () => {
    expect(mentions('ونقل ايجور سيرجييف')).toEqual([['Igor Sergeyev', ['ايجور سيرجييف', 5, 18]]]);
  });
  it('a key two people share, or one word alone, names no one', () => {
    expect(mentions('قال روستم كاريمف')).toEqual([]);
    expect(mentions('قال باقييف')).toEqual([]);
  });
  it('with the built-in gazetteers', () => {
    expect(namesIn('استقبل رئيس وزراء اوزبكستان شوكت ميرز ياييف أمس', 'PERSON')).toEqual(['Shavkat Mirziyoyev']);
    expect(namesIn('وقال الرئيس قربانغولي بيردي محمدوف إن', 'PERSON')).toEqual(['Gurbanguly Berdimuhamedow']);
    expect(namesIn('نائب وزير الدفاع عبدالحليم نزار زادة', 'PERSON')).toEqual(['Abduhalim Nazarzoda']);
  });
  it('a name opens only where a word of a name ends ("كرمان", "كورمانبيك"), not inside one ("كرم")', () => {
    const { sound } = compile(loadGazetteers([people]).entries);
    const opens = (w: string): boolean => sound.wordEnd[soundStep(sound, 0, foldKey(w))] === 1;
    expect([opens('كرمان'), opens('كورمانبيك'), opens('كرم'), opens('باكييف')]).toEqual([true, true, false, false]);
  });
  it('the trie comes back from the compiled data cache as it was made', () => {
    const made = compile(loadGazetteers([people]).entries);
    const { sound } = compiledFromJson(made.entries, deserialize(serialize(compiledToJson(made))) as CompiledJson);
    expect(sound).toEqual(made.sound);
    expect(sound.code.length).toBeGreaterThan(20);
  });
  it('the sound key of a word', () => {
    expect(wordSoundKey(foldKey('باقييف'))).toBe(wordSoundKey(foldKey('باكييف')));
    expect(wordSoundKey(foldKey('زادة'))).toBe(wordSoundKey(foldKey('زاد')));
    expect(wordSoundKey(foldKey('ميرضياييف'))).toBe(wordSoundKey(foldKey('ميرزيوييف')));
    expect(wordSoundKey(foldKey('لافروف'))).not.toBe(wordSoundKey(foldKey('لافرنتيف')));
  });
  it('a sound classes file is checked against its schema', () => {
    expect(soundClassesProblems({ classes: [{ sound: 'z', letters: ['ز', 'ض'] }], vowels: ['ا'], word_final_silent: ['ه'], min_key_letters: 6 })).toEqual([]);
    expect(soundClassesProblems({ classes: [{ sound: 'z', letters: ['ز'] }], vowels: ['ا'], word_final_silent: ['ه'], min_key_letters: 6 }))
      .toEqual(['field classes.0.letters: must NOT have fewer than 2 items']);
  });
});
