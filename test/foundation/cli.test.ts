// The CLI end to end, spawned as a process.
import { parseString } from 'fast-csv';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const parseCsv = (text: string): Promise<Record<string, string>[]> =>
  new Promise((resolve, reject) => {
    const rows: Record<string, string>[] = [];
    parseString(text, { headers: true })
      .on('data', (r: Record<string, string>) => rows.push(r))
      .on('end', () => resolve(rows))
      .on('error', reject);
  });

const ESC = '\u001b[';

describe('csto-extract extract', () => {
  it('prints one JSON array of the five seed records on stdout, the summary on stderr', async () => {
    const r = await runCli(['extract', 'seeds', '--format', 'json']);
    expect(r.code).toBe(0);
    const docs = JSON.parse(r.stdout) as { id: string; encoding: string; language: string }[];
    expect(docs.map((d) => d.id)).toEqual([
      '000_cbff494ec939caaa', '001_02e35f8781aecfc0', '002_5e25361c9cdaf982', '003_559f88af96851eb0', '004_6dfbaefa9a0405cb',
    ]);
    expect(docs.every((d) => d.encoding === 'utf-8' && d.language === 'ar')).toBe(true);
    expect(r.stderr).toMatch(/5 inputs, 5 processed, 0 skipped, 0 failed; 5 records written/);
    expect(r.stderr).not.toContain(ESC);
  });

  it('uses the bundled seeds when no path is given', async () => {
    const r = await runCli(['extract', '-f', 'ndjson', '-q']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(5);
    expect(r.stderr).toBe('');
  });

  it('streams NDJSON, one parseable record a line', async () => {
    const r = await runCli(['extract', 'seeds', '-f', 'ndjson']);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((l) => JSON.parse(l).id)).toHaveLength(5);
  });

  it('writes each CSV table with its header', async () => {
    const docsRun = await runCli(['extract', 'seeds', '-f', 'csv']);
    expect(docsRun.code, docsRun.stderr).toBe(0);
    const docs = await parseCsv(docsRun.stdout);
    expect(docs).toHaveLength(5);
    expect(Object.keys(docs[0])).toContain('published');
    const mentionsRun = await runCli(['extract', 'seeds', '-f', 'csv', '--records', 'mentions']);
    expect(mentionsRun.code, mentionsRun.stderr).toBe(0);
    const mentions = await parseCsv(mentionsRun.stdout);
    expect(mentions.length).toBeGreaterThan(5);
    expect(Object.keys(mentions[0])[0]).toBe('doc');
    expect(new Set(mentions.map((m) => m.doc)).size).toBe(5);
    const bom = await runCli(['extract', 'seeds', '-f', 'csv', '--records', 'dates', '--bom']);
    expect(bom.code, bom.stderr).toBe(0);
    expect(bom.stdout.startsWith('\ufeffdoc,text,start,end')).toBe(true);
    expect((await parseCsv(bom.stdout.slice(1))).length).toBeGreaterThan(0);
  });

  it('reads plain text from stdin', async () => {
    const r = await runCli(['extract', '-', '-f', 'ndjson', '-q'], { stdin: 'وصل الرئيس الروسي فلاديمير بوتين إلى دوشنبه اليوم للمشاركة في قمة منظمة معاهدة الأمن الجماعي.' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ id: 'stdin', source: 'stdin', language: 'ar' });
  });

  it('reads NDJSON from stdin with ids and published dates', async () => {
    const input = [
      JSON.stringify({ id: 'a1', text: 'عقد مجلس الأمن الجماعي اليوم جلسة في موسكو.', published: '2024-11-28' }),
      JSON.stringify({ id: 'a2', text: 'أعلنت وزارة الدفاع الروسية اليوم عن مناورات مشتركة.' }),
    ].join('\n');
    const r = await runCli(['extract', '-', '-f', 'ndjson', '-q'], { stdin: input });
    expect(r.code, r.stderr).toBe(0);
    const recs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(recs.map((d) => [d.id, d.published])).toEqual([['a1', '2024-11-28'], ['a2', null]]);
  });

  it('fails usage errors with exit code 2, one message line and a hint', async () => {
    for (const args of [['extract', '--bogus'], ['extract', 'no/such/folder'], ['extract', '--ref-date', '2024-13-01'], ['extract', '-f', 'xml'], ['nonsense']]) {
      const r = await runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      const lines = r.stderr.trim().split('\n');
      expect(lines.length, r.stderr).toBeLessThanOrEqual(3);
      expect(lines[lines.length - 1]).toMatch(/--help/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('colours stderr only when asked and never with NO_COLOR', async () => {
    const forced = await runCli(['extract', 'seeds', '-f', 'ndjson'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(forced.stderr).toContain(ESC);
    expect(forced.stdout).not.toContain(ESC);
    const plain = await runCli(['extract', 'seeds', '-f', 'ndjson'], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } });
    expect(plain.stderr).not.toContain(ESC);
  });
});

describe('csto-extract normalize', () => {
  it('prints normalised text from stdin, each rule switchable', async () => {
    const input = 'الرَّئِيسُ  بوتيـــن، ٢٠٢٤\u200f';
    expect((await runCli(['normalize'], { stdin: input })).stdout).toBe('الرئيس بوتين, 2024\n');
    expect((await runCli(['normalize', '-', '--no-digits', '--no-punctuation'], { stdin: input })).stdout).toBe('الرئيس بوتين، ٢٠٢٤\n');
    expect((await runCli(['normalize', '--fold'], { stdin: 'أفغانستان وإيران' })).stdout).toBe('افغانستان وايران\n');
  });
});
