// The README as a user reads it: the example record and event are what the tool writes
// (fixtures/seeds.expected.ndjson; `npm run fixtures` regenerates both), the library example
// runs, the packed tarball holds what `npm install -g` needs, and dedupe does what it says.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { DocumentRecord, EventRecord } from '../../src/types.js';
import { ROOT, runCli } from '../helpers/cli.js';

vi.setConfig({ testTimeout: 60_000 });

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const EXPECTED: DocumentRecord[] = readFileSync(join(ROOT, 'fixtures', 'seeds.expected.ndjson'), 'utf8')
  .split('\n').filter(Boolean).map((l) => JSON.parse(l) as DocumentRecord);

/** The code block after `<!-- marker -->`, or after a heading. */
function block(after: string, lang: string): string {
  const at = README.indexOf(after);
  expect(at, `README has ${after}`).toBeGreaterThanOrEqual(0);
  const m = new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\\n\`\`\``).exec(README.slice(at));
  expect(m, `a ${lang} block after ${after}`).not.toBeNull();
  return m![1];
}

describe('README example record', () => {
  const shown = JSON.parse(block('<!-- example-record -->', 'json')) as Record<string, unknown> & DocumentRecord;
  const record = EXPECTED.find((r) => r.id === shown.id)!;

  it('is a document of fixtures/seeds.expected.ndjson with the same fields and values', () => {
    expect(record, `no ${shown.id} in the fixture`).toBeDefined();
    expect(Object.keys(shown)).toEqual(Object.keys(record));
    for (const [k, v] of Object.entries(shown)) if (!['entities', 'dates', 'events'].includes(k)) expect(v, k).toEqual(record[k as keyof DocumentRecord]);
  });
  it('shows entities and dates as the fixture has them (mentions cut down, nothing changed)', () => {
    for (const e of shown.entities) {
      const full = record.entities.find((x) => x.id === e.id)!;
      expect({ ...e, mentions: [] }).toEqual({ ...full, mentions: [] });
      for (const m of e.mentions) expect(full.mentions).toContainEqual(m);
    }
    for (const d of shown.dates) expect(record.dates).toContainEqual(d);
  });
  it('shows the main event as the fixture has it (only the sentence text cut)', () => {
    const ev = JSON.parse(block('<!-- example-event -->', 'json')) as EventRecord;
    const full = record.events.find((x) => x.id === ev.id)!;
    expect(full, `no event ${ev.id}`).toBeDefined();
    expect(full.sentence.text.startsWith(ev.sentence.text.replace(/ …$/, ''))).toBe(true);
    expect({ ...ev, sentence: { ...ev.sentence, text: '' } }).toEqual({ ...full, sentence: { ...full.sentence, text: '' } });
  });
  it('the fixture is what extract writes today', async () => {
    const r = await runCli(['extract', 'seeds', '-f', 'ndjson', '-q']);
    expect(r.stdout, 'run `npm run fixtures` after a change to the output').toBe(readFileSync(join(ROOT, 'fixtures', 'seeds.expected.ndjson'), 'utf8'));
  });
});

describe('README library example', () => {
  // Inside the package folder, so `import … from 'csto-extract'` resolves through package.json "exports".
  const dir = join(ROOT, 'test', 'artifacts', `readme-${process.pid}`);
  afterAll(() => { rmSync(dir, { recursive: true, force: true }); });

  it('runs as written and prints the article date, entities and events', () => {
    const code = block('### As a library', 'js');
    expect(code).toMatch(/from 'csto-extract'/);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'example.mjs'), code);
    const out = execFileSync(process.execPath, [join(dir, 'example.mjs')], { encoding: 'utf8' });
    // the output the example shows in its comments
    const shown = code.split('\n').filter((l) => l.startsWith('// ')).map((l) => l.slice(3));
    expect(shown).toHaveLength(2);
    expect(out.trimEnd().split('\n')).toEqual(shown);
  });
  it('ships type declarations for the API', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { exports: Record<string, { types: string; import: string }> };
    const dts = readFileSync(join(ROOT, pkg.exports['.'].types), 'utf8');
    expect(dts).toMatch(/export declare function createExtractor\(options\?: ExtractorOptions\): Extractor;/);
    expect(dts).toMatch(/DocumentRecord/);
  });
});

describe('npm pack', () => {
  it('packs the compiled CLI, the library, its declarations, the data it reads and the data compiled at build', () => {
    const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' })) as { files: { path: string }[] }[];
    const files = new Set(pack.files.map((f) => f.path));
    for (const f of ['bin/csto-extract', 'dist/cli.js', 'dist/index.js', 'dist/index.d.ts', 'dist/workers/worker.js', 'dist/compiled-data.bin',
      'src/data/gazetteers/countries.json', 'src/data/events/triggers.json', 'src/schema/document.schema.json', 'package.json', 'README.md']) {
      expect(files.has(f), f).toBe(true);
    }
    expect([...files].some((f) => f.startsWith('test/') || f.endsWith('.ts') && !f.endsWith('.d.ts'))).toBe(false);
  });
});

describe('dedupe, as the README says', () => {
  it('gives every event a cluster; an event reported once is a cluster of one', async () => {
    expect(README).toMatch(/`representative` to every event/);
    const r = await runCli(['dedupe', join(ROOT, 'fixtures', 'seeds.expected.ndjson')]);
    expect(r.code).toBe(0);
    const events = r.stdout.trim().split('\n').flatMap((l) => (JSON.parse(l) as DocumentRecord).events);
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(e.cluster, e.id).toMatch(/^c[0-9a-f]{12}$/);
    const once = events.filter((e) => e.num_articles === 1);
    expect(once.length).toBeGreaterThan(0);
    expect(once.filter((e) => e.num_mentions === 1).every((e) => e.representative)).toBe(true);
  });
});
