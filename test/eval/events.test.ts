// csto-extract eval on events: the reference scorer's figures (key events, roles, main) on the seeds and on
// records spoilt in known ways; event precision on complete documents; what is wrong with each key event.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatScore } from '../../src/eval/format.js';
import { scoreOutput } from '../../src/eval/score.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { createProcessor } from '../../src/process.js';
import type { DocumentRecord } from '../../src/types.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
const actor = (name: string): any => ({ entity: name.toLowerCase(), name });
const record = (over: Record<string, unknown>): any => ({
  type: 'CONSULT', date: null, location: null, source: [], recipient: [], participants: [], chair: [], invited: [], main: false, ...over,
});

describe('event precision and the error table', () => {
  const gold = {
    docs: {
      d1: {
        published: null, entities: [], dates: [], complete: true,
        events: [
          { type: 'SUPPORT', actors: ['CSTO', 'Armenia'], source: ['CSTO'], target: ['Armenia'] },
          { type: 'ACCUSE', actors: ['CSTO', 'Azerbaijan'], source: ['CSTO'], target: ['Azerbaijan'] },
          { type: 'REQUEST', date: '2022-01-05', actors: ['Kassym-Jomart Tokayev', 'CSTO'], source: ['Kassym-Jomart Tokayev'], target: ['CSTO'] },
          { type: 'MOBILIZE', place: 'Kazakhstan', actors: ['CSTO'], source: ['CSTO'], target: ['Kazakhstan'] },
        ],
        other_events: [{ type: 'CONSULT', actors: ['Vladimir Putin'] }],
      },
      d2: { published: null, entities: [], dates: [], events: [{ type: 'AGREE', actors: ['CSTO'] }] },
    },
  };
  const docs = [
    {
      id: 'd1', published: null, entities: [], dates: [],
      events: [
        record({ type: 'SUPPORT', source: [actor('CSTO')], recipient: [actor('Armenia')], main: true }),
        record({ type: 'ACCUSE', source: [actor('Azerbaijan')], recipient: [actor('CSTO')] }),
        record({ type: 'REQUEST', date: { value: '2022-01-06' }, source: [actor('Kassym-Jomart Tokayev')], recipient: [actor('CSTO')] }),
        record({ type: 'CONSULT', participants: [actor('Vladimir Putin')] }),
        record({ type: 'ASSAULT', source: [actor('Taliban')] }),
      ],
    },
    { id: 'd2', published: null, entities: [], dates: [], events: [record({ type: 'ASSAULT', source: [actor('Taliban')] })] },
  ];
  const r = scoreOutput(gold, docs);

  it('counts a record matching no annotated event of a complete document (a wrong date too) as a false positive; other documents do not count', () => {
    expect(r.eventPrecision).toEqual({ precision: 0.6, tp: 3, fp: 2, docs: 1 });
    expect(r.report[0].notes).toContain('spurious event ASSAULT Taliban → ?');
  });

  it('a record the tool marks negated asserts no event: no false positive (the gold leaves negated events out)', () => {
    const negated = { ...docs[0], events: [...docs[0].events, record({ type: 'MOBILIZE', source: [actor('Armenia')], status: 'negated' })] };
    expect(scoreOutput(gold, [negated, docs[1]]).eventPrecision).toEqual({ precision: 0.6, tp: 3, fp: 2, docs: 1 });
  });

  it('tells what is wrong with each key event it does not get right', () => {
    expect(r.events).toBe(0.4);
    expect(r.roles).toBe(0.25);
    expect(r.main).toBe(0.5);
    expect(r.errors.total).toEqual({ ok: 1, type: 0, source: 1, recipient: 1, place: 0, date: 1, missed: 2, total: 5 });
    expect(r.errors.ACCUSE).toMatchObject({ source: 1, recipient: 1, total: 1 });
    expect(r.errors.REQUEST).toMatchObject({ date: 1, total: 1 });
    expect(r.errors.MOBILIZE).toMatchObject({ missed: 1 });
    expect(r.report[0].notes).toContain('key event ACCUSE CSTO → Azerbaijan: source, recipient (nearest: ACCUSE Azerbaijan → CSTO)');
  });

  it('prints the precision and the table after the reference figures', () => {
    const text = formatScore(r, {});
    expect(text).toContain('events 0.4 · roles 0.25 · main 0.5\nevent precision 0.6 (3 of 5 records on 1 complete documents)\n');
    expect(text).toMatch(/\ntotal +1 +0 +1 +1 +0 +1 +2 +5\n$/);
    const verbose = formatScore(r, { verbose: true });
    expect(verbose).toContain('d1\n  wrong roles ACCUSE src CSTO → tgt Azerbaijan\n  missed event REQUEST 2022-01-05  Kassym-Jomart Tokayev+CSTO\n');
    expect(verbose).toContain('\n  key event MOBILIZE CSTO → Kazakhstan: missed\n  spurious event REQUEST 2022-01-06 Kassym-Jomart Tokayev → CSTO\n');
    expect(JSON.parse(formatScore(r, { json: true }))).toMatchObject({ events: 0.4, eventPrecision: { precision: 0.6 } });
  });
});

// the reference scorer sits in shared/gold next to the checkout (or a worktree's parent)
const ref = [join(PACKAGE_ROOT, '..'), dirname(join(PACKAGE_ROOT, '..'))].map((d) => join(d, 'shared', 'gold')).find((d) => existsSync(join(d, 'score.mjs'))) ?? '';
describe.runIf(ref !== '')('agrees with the reference scorer on events', () => {
  const seeds = join(PACKAGE_ROOT, 'seeds');
  const goldFile = join(PACKAGE_ROOT, 'fixtures', 'seeds.gold.json');
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as object;
  const processor = createProcessor({});
  const records = readdirSync(seeds).sort().map((f) => {
    const r = processor.process({ id: basename(f, '.txt'), source: join('seeds', f), text: readFileSync(join(seeds, f), 'utf8'), encoding: 'utf-8' });
    if (!r.ok) throw new Error(r.reason);
    return r.record;
  });
  const dir = mkdtempSync(join(tmpdir(), 'eval-events-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // the seeds as extracted, and spoilt: sides swapped, types changed, main moved, dates dropped
  const spoil: Record<string, (e: any, i: number) => any> = {
    asIs: (e) => e,
    swapped: (e) => ({ ...e, source: e.recipient, recipient: e.source, chair: [], participants: [] }),
    retyped: (e, i) => (i % 2 ? { ...e, type: 'ACCUSE' } : e),
    mainLast: (e, i) => ({ ...e, main: i === 0 ? false : e.main || i === 1 }),
    undated: (e) => ({ ...e, date: null }),
  };
  for (const [name, f] of Object.entries(spoil)) {
    it(name, () => {
      const docs = records.map((d: DocumentRecord) => ({ ...d, events: d.events.map(f) }));
      const out = join(dir, `${name}.json`);
      writeFileSync(out, JSON.stringify(docs));
      const theirs = JSON.parse(execFileSync('node', [join(ref, 'score.mjs'), goldFile, out, '--json'], { encoding: 'utf8' }));
      const { lines, report: _r, eventPrecision: _p, errors, ...mine } = scoreOutput(gold, docs);
      expect(mine).toEqual(theirs);
      const verbose = execFileSync('node', [join(ref, 'score.mjs'), goldFile, out, '--verbose'], { encoding: 'utf8' }).trim().split('\n');
      expect(lines.join('\n').split('\n')).toEqual(verbose);
      expect(errors.total.ok).toBe(Math.round((mine.roles ?? 0) * errors.total.total));
    });
  }
});
