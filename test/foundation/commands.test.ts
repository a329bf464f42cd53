// Every command end to end on the seed output, as a user runs them one after the other:
// extract → dedupe, eval, summary, report; and the gazetteer commands.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../src/types.js';
import { brief, ROOT, runCli, tempDir } from '../helpers/cli.js';

const dir = tempDir('commands');
const OUT = join(dir, 'out.ndjson');
const GOLD = join(ROOT, 'fixtures', 'seeds.gold.json');
const records = (text: string): DocumentRecord[] => text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as DocumentRecord);

beforeAll(async () => {
  const res = await runCli(['extract', 'seeds', '-q', '-f', 'ndjson', '--out', OUT]);
  if (res.code !== 0) throw new Error(`extract failed: ${res.stderr}`);
});

describe('commands on the output of extract', () => {
  it('dedupe: the same records, in order, events given clusters', async () => {
    const res = await runCli(['dedupe', OUT]);
    expect(res.code, brief(res.stderr)).toBe(0);
    const before = records(readFileSync(OUT, 'utf8'));
    const after = records(res.stdout);
    expect(after.map((r) => r.id)).toEqual(before.map((r) => r.id));
    expect(after.flatMap((r) => r.events).length).toBe(before.flatMap((r) => r.events).length);
    expect(after.flatMap((r) => r.events).some((e) => 'cluster' in e)).toBe(true);
  });

  it('eval: scores against the committed gold (entities F1 at least 0.975, the rest 1)', async () => {
    const res = await runCli(['eval', GOLD, OUT, '--json']);
    expect(res.code, brief(res.stderr)).toBe(0);
    const scores = JSON.parse(res.stdout) as { entity: { f1: number }; dates: number; published: number; events: number };
    expect(scores.entity.f1).toBeGreaterThanOrEqual(0.975);
    expect([scores.dates, scores.published, scores.events]).toEqual([1, 1, 1]);
  });

  it('eval: gold documents the output has no record of are named on stderr (they count as missed)', async () => {
    const full = await runCli(['eval', GOLD, OUT]);
    expect(full.stderr).toBe('');
    const part = join(dir, 'part.ndjson');
    writeFileSync(part, readFileSync(OUT, 'utf8').split('\n').filter(Boolean).slice(1).join('\n') + '\n');
    const res = await runCli(['eval', GOLD, part]);
    expect(res.code).toBe(0);
    expect(res.stderr).toBe('csto-extract: warning: 1 of 5 gold documents have no record in ' + part + ' (000_cbff494ec939caaa); they count as missed\n');
  });

  it('summary: documents, entities and events on stdout', async () => {
    const res = await runCli(['summary', OUT]);
    expect(res.code, brief(res.stderr)).toBe(0);
    expect(res.stdout).toMatch(/^Documents: 5 \(ar 5\)/);
    expect(res.stdout).toContain('Vladimir Putin');
  });

  it('report: a self-contained HTML file with the events', async () => {
    const html = join(dir, 'report.html');
    const res = await runCli(['report', OUT, '--html', html]);
    expect(res.code, brief(res.stderr)).toBe(0);
    expect(res.stdout).toBe('');
    const page = readFileSync(html, 'utf8');
    expect(page).toMatch(/^<!DOCTYPE html>/i);
    expect(page).not.toMatch(/<script[^>]+src=|<link[^>]+href="https?:/);
    expect(page).toContain('Vladimir Putin');
  });
});

describe('gazetteer commands', () => {
  it('validate: the built-in gazetteers pass; a broken user file fails with exit 2', async () => {
    const ok = await runCli(['gazetteer', 'validate']);
    expect(ok.code, brief(ok.stderr)).toBe(0);
    expect(ok.stderr).toMatch(/^ok: \d+ entries/);
    const bad = join(dir, 'bad-gazetteer.json');
    writeFileSync(bad, JSON.stringify({ name: 'user', entries: [{ id: 'person:x', type: 'PERSON' }] }));
    const res = await runCli(['gazetteer', 'validate', bad]);
    expect(res.code).toBe(2);
    expect(res.stdout + res.stderr).toContain('bad-gazetteer.json');
  });

  it('list and lookup find Putin by his Arabic name', async () => {
    const list = await runCli(['gazetteer', 'list', '--type', 'PERSON']);
    expect(list.code, brief(list.stderr)).toBe(0);
    expect(list.stdout).toMatch(/person:vladimir-putin\tPERSON/);
    const lookup = await runCli(['gazetteer', 'lookup', 'بوتين']);
    expect(lookup.code, brief(lookup.stderr)).toBe(0);
    expect(lookup.stdout).toMatch(/person:vladimir-putin/);
  });
});
