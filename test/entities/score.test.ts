import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOutput, scoreOutput } from '../../src/eval/score.js';
import { analyze } from '../../src/text/analyze.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { mini } from './helpers.js';

const gold = {
  docs: {
    a: {
      published: '2021-08-23',
      entities: [
        { type: 'PLACE', en: ['Russia'], ar: ['روسيا'] },
        { type: 'PERSON', en: ['Vladimir Putin'], ar: ['فلاديمير بوتين'] },
        { type: 'ORG', en: ['Kremlin'], ar: ['الكرملين'] },
        { type: 'ORG', en: ['Facebook'], ar: ['Facebook'], optional: true },
      ],
      dates: [{ text: '23 أغسطس 2021', value: '2021-08-23' }],
      events: [],
    },
  },
};

describe('scoreOutput', () => {
  it('counts matches by English name, then Arabic surface; optional ones are free', () => {
    const docs = [{
      id: 'a.txt', published: '2021-08-23',
      entities: [
        { type: 'PLACE', name: 'Russia', mentions: [{ text: 'روسيا' }] },
        { type: 'PERSON', name: 'فلاديمير بوتين', mentions: [{ text: 'وبوتين' }, { text: 'فلاديمير بوتين' }] },
        { type: 'ORG', name: 'Facebook', mentions: [{ text: 'Facebook' }] },
        { type: 'LOC', name: 'Mars', mentions: [{ text: 'المريخ' }] },
      ],
      dates: [{ text: 'في 23 أغسطس 2021', value: '2021-08-23' }],
      events: [],
    }];
    const r = scoreOutput(gold, docs);
    expect(r.entity).toEqual({ precision: 0.667, recall: 0.667, f1: 0.667, tp: 2, fp: 1, fn: 1 });
    expect(r.linking).toBe(0.5);
    expect(r.dates).toBe(1);
    expect(r.published).toBe(1);
    expect(r.events).toBeNull();
    expect(r.lines.join('\n')).toContain('unlinked PERSON Vladimir Putin (got name "فلاديمير بوتين")');
    expect(r.lines.join('\n')).toContain('missed ORG Kremlin');
    expect(r.lines.join('\n')).toContain('spurious PLACE Mars');
    expect(r.lines[r.lines.length - 1]).toBe('entities F1 0.667 (P 0.667 R 0.667) · linked 0.5 · dates 1 · published 1 · events n/a · roles n/a · main n/a');
  });
  it('reads NDJSON as well', () => {
    expect(parseOutput('{"id":"a"}\n{"id":"b"}\n')).toHaveLength(2);
    expect(parseOutput('[{"id":"a"}]')).toHaveLength(1);
  });
  const ref = join(PACKAGE_ROOT, '..', 'shared', 'gold');
  it.runIf(existsSync(join(ref, 'score.mjs')))('agrees with the reference scorer on the seeds', () => {
    const eng = mini();
    const seeds = join(PACKAGE_ROOT, 'seeds');
    const docs = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort().map((f) => ({
      id: f.replace(/\.txt$/, ''), published: null, dates: [], events: [],
      entities: eng.extract(analyze(readFileSync(join(seeds, f), 'utf8'))),
    }));
    const out = join(mkdtempSync(join(tmpdir(), 'score-')), 'out.json');
    writeFileSync(out, JSON.stringify(docs));
    const goldFile = join(ref, 'seeds.gold.json');
    const theirs = JSON.parse(execFileSync('node', [join(ref, 'score.mjs'), goldFile, out, '--json'], { encoding: 'utf8' }));
    const mine = scoreOutput(JSON.parse(readFileSync(goldFile, 'utf8')), docs);
    const { lines: _l, report: _r, eventPrecision: _p, errors: _e, ...summary } = mine;
    expect(summary).toEqual(theirs);
    const verbose = execFileSync('node', [join(ref, 'score.mjs'), goldFile, out, '--verbose'], { encoding: 'utf8' }).trim().split('\n');
    expect(mine.lines.join('\n').split('\n')).toEqual(verbose);
  });
});
