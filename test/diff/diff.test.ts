// csto-extract diff on real outputs of the seed articles that differ by one gazetteer entry,
// one trigger and one removed article; and items matched by what they are, not where they sit.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { diffOutputs, type DiffResult } from '../../src/diff/diff.js';
import { renderDiff } from '../../src/diff/render.js';
import { parseRecords } from '../../src/report/summary.js';
import type { DocumentRecord } from '../../src/types.js';
import { brief, ROOT, runCli } from '../helpers/cli.js';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 180_000 });

const SEEDS = join(ROOT, 'seeds');
const SESSION = '000_cbff494ec939caaa';
const STATEMENT = '004_6dfbaefa9a0405cb';
const REMOVED = '003_559f88af96851eb0';
let dir: string;
const out = (name: string): string => join(dir, name);

/** Runs in `parent` over its folder `corpus`: every output names its sources corpus/… alike. */
async function extract(parent: string, file: string, args: string[]): Promise<void> {
  const res = await runCli(['extract', 'corpus', '-j', '1', '-q', '-o', out(file), ...args], { cwd: parent });
  expect(res.code, brief(res.stderr)).toBe(0);
}

const diffJson = async (a: string, b: string): Promise<DiffResult> => {
  const res = await runCli(['diff', out(a), out(b), '--format', 'json']);
  expect(res.code, brief(res.stderr)).toBe(0);
  return JSON.parse(res.stdout) as DiffResult;
};

const tally = (added: number, removed: number, changed: number) => ({ added, removed, changed });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'csto-diff-'));
  const [all, fewer] = [out('all'), out('fewer')];
  mkdirSync(join(all, 'corpus'), { recursive: true });
  mkdirSync(join(fewer, 'corpus'), { recursive: true });
  for (const name of readdirSync(SEEDS)) {
    copyFileSync(join(SEEDS, name), join(all, 'corpus', name));
    if (!name.startsWith(REMOVED)) copyFileSync(join(SEEDS, name), join(fewer, 'corpus', name));
  }
  writeFileSync(out('g.json'), JSON.stringify({ name: 'user', entries: [{ id: 'org:virtual-session', type: 'ORG', name: 'Virtual session', name_ar: 'الواقع الافتراضي', kind: 'body' }] }));
  writeFileSync(out('t.json'), JSON.stringify({ triggers: [{ rule: 'user.statement', type: 'CONSULT', subtype: 'statement', pos: 'verb', forms: ['صرح'] }] }));
  // the accepted output as NDJSON, the others as JSON arrays: diff reads both
  await Promise.all([
    extract(all, 'old.ndjson', ['--format', 'ndjson']),
    extract(all, 'gazetteer.json', ['--gazetteer', out('g.json')]),
    extract(all, 'trigger.json', ['--triggers', out('t.json')]),
    extract(fewer, 'fewer.json', []),
  ]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('csto-extract diff on outputs one change apart', () => {
  it('one gazetteer entry: one entity added, and the event it takes part in changed by that actor only', async () => {
    const r = await diffJson('old.ndjson', 'gazetteer.json');
    expect(r.summary).toEqual({
      documents: { old: 5, new: 5, added: 0, removed: 0, changed: 1, unchanged: 4 },
      entities: tally(1, 0, 0), dates: tally(0, 0, 0), events: tally(0, 0, 1),
    });
    const [doc] = r.documents;
    expect(doc.id).toBe(SESSION);
    expect(doc.entities).toEqual({ added: [{ id: 'org:virtual-session', type: 'ORG', name: 'Virtual session', name_ar: 'الواقع الافتراضي', mentions: 1 }], removed: [], changed: [] });
    expect(doc.dates).toBeUndefined();
    expect(doc.fields).toBeUndefined();
    const [event] = doc.events!.changed;
    expect(event.item).toMatchObject({ type: 'CONSULT', subtype: 'session', trigger: 'جلسة@5-9' });
    expect(Object.keys(event.changes)).toEqual(['participants']);
    const { old, new: now } = event.changes.participants as { old: string[]; new: string[] };
    expect(now.filter((a) => !old.includes(a))).toEqual(['org:virtual-session']);
    expect(old.filter((a) => !now.includes(a))).toEqual([]);
  });

  it('one trigger: one event added where the new form occurs, nothing else', async () => {
    const r = await diffJson('old.ndjson', 'trigger.json');
    expect(r.summary).toEqual({
      documents: { old: 5, new: 5, added: 0, removed: 0, changed: 1, unchanged: 4 },
      entities: tally(0, 0, 0), dates: tally(0, 0, 0), events: tally(1, 0, 0),
    });
    expect(r.documents).toHaveLength(1);
    expect(r.documents[0].id).toBe(STATEMENT);
    expect(r.documents[0].events!.added).toHaveLength(1);
    expect(r.documents[0].events!.added[0]).toMatchObject({ type: 'CONSULT', subtype: 'statement', trigger: 'صرح@1452-1455' });
  });

  it('one removed article: that document removed with all it held, the others unchanged', async () => {
    const old = parseRecords(readFileSync(out('old.ndjson'), 'utf8'));
    const gone = old.find((d) => d.id === REMOVED)!;
    const counts = { entities: gone.entities.length, dates: gone.dates.length, events: gone.events.length };
    const r = await diffJson('old.ndjson', 'fewer.json');
    expect(r.documents).toEqual([{ id: REMOVED, status: 'removed', counts }]);
    expect(r.summary).toEqual({
      documents: { old: 5, new: 4, added: 0, removed: 1, changed: 0, unchanged: 4 },
      entities: tally(0, counts.entities, 0), dates: tally(0, counts.dates, 0), events: tally(0, counts.events, 0),
    });
  });

  it('a one-screen summary on a terminal; --fail-on-diff exits 1 on a difference, 0 without; an unreadable side exits 2', async () => {
    const text = await runCli(['diff', out('old.ndjson'), out('gazetteer.json')]);
    expect(text.code).toBe(0);
    const lines = text.stdout.split('\n');
    expect(lines.slice(0, 6)).toEqual([
      `csto-extract diff ${out('old.ndjson')} → ${out('gazetteer.json')}`,
      'documents 5 → 5: 0 added, 0 removed, 1 changed, 4 unchanged',
      'entities +1 −0 ~0   dates +0 −0 ~0   events +0 −0 ~1',
      '',
      `~ ${SESSION}`,
      '    + ORG org:virtual-session (1 mention)',
    ]);
    expect(lines[6]).toMatch(/^ {4}~ event CONSULT\/session جلسة@5-9 \(\d+ actors\): participants \+org:virtual-session$/);
    expect(lines.slice(7)).toEqual(['']);
    expect((await runCli(['diff', out('old.ndjson'), out('fewer.json'), '--fail-on-diff'])).code).toBe(1);
    const same = await runCli(['diff', out('old.ndjson'), out('old.ndjson'), '--fail-on-diff']);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('no differences');
    const missing = await runCli(['diff', out('old.ndjson'), out('nope.json'), '--fail-on-diff']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^csto-extract diff: .*nope\.json: cannot read: no such file\n$/);
  });
});

describe('matching items by what they are', () => {
  let base: DocumentRecord[];
  beforeAll(() => { base = parseRecords(readFileSync(out('old.ndjson'), 'utf8')); });
  const copy = (): DocumentRecord[] => JSON.parse(JSON.stringify(base)) as DocumentRecord[];

  it('reordered arrays are no difference', () => {
    const docs = copy().reverse();
    for (const d of docs) { d.entities.reverse(); d.dates.reverse(); d.events.reverse(); }
    expect(diffOutputs(base, docs).documents).toEqual([]);
  });

  it('an entity whose id changes (an unlinked name now linked) is one change, found by its mentions', () => {
    const docs = copy();
    const e = docs[0].entities[0];
    const oldId = e.id;
    e.id = 'person:someone-else';
    const [doc] = diffOutputs(base, docs).documents;
    expect(doc.entities).toEqual({ added: [], removed: [], changed: [{ item: expect.objectContaining({ id: 'person:someone-else' }), changes: { id: { old: oldId, new: 'person:someone-else' } } }] });
  });

  it('an event of a new type at the same trigger is a change of type; a date with a new value a change of value', () => {
    const docs = copy();
    const ev = docs[0].events[0];
    const oldType = ev.type;
    ev.type = 'AGREE';
    docs[0].dates[0].value = '1999-01-01';
    const [doc] = diffOutputs(base, docs).documents;
    expect(doc.events!.changed).toHaveLength(1);
    expect(doc.events!.changed[0].changes.type).toEqual({ old: oldType, new: 'AGREE' });
    expect(doc.events!.added).toEqual([]);
    expect(doc.dates!.changed).toHaveLength(1);
    expect(Object.keys(doc.dates!.changed[0].changes)).toEqual(['value']);
  });

  it('an event whose trigger moved (text edited before it) is matched by type, trigger text and actors', () => {
    const docs = copy();
    const ev = docs[0].events[0];
    ev.id = 'moved';
    ev.trigger = { ...ev.trigger, start: ev.trigger.start + 3, end: ev.trigger.end + 3 };
    const [doc] = diffOutputs(base, docs).documents;
    expect(doc.events).toMatchObject({ added: [], removed: [] });
    expect(Object.keys(doc.events!.changed[0].changes)).toEqual(['id', 'trigger']);
  });
});

describe('the terminal summary', () => {
  it('fits the screen: totals first, then as many lines as there is room for, and says how many more', () => {
    const base = parseRecords(readFileSync(out('old.ndjson'), 'utf8'));
    const r = diffOutputs(base, []);
    const text = renderDiff(r, { old: 'a', new: 'b' }, { color: false, rows: 6 });
    expect(text.split('\n')).toEqual([
      'csto-extract diff a → b',
      'documents 5 → 0: 0 added, 5 removed, 0 changed, 0 unchanged',
      expect.stringMatching(/^entities \+0 −\d+ ~0 {3}dates \+0 −\d+ ~0 {3}events \+0 −\d+ ~0$/),
      '',
      expect.stringMatching(/^− 000_cbff494ec939caaa: document removed \(\d+ entities, \d+ dates, \d+ events\)$/),
      '… 4 more lines (--format json lists everything)',
      '',
    ]);
  });
});
