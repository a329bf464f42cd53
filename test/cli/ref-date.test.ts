// --ref-date fills the gap only: the article's own date wins (a mixed corpus is not re-dated);
// --force-ref-date sets it for every document; an NDJSON "published" fills the gap like --ref-date.
import { describe, expect, it, vi } from 'vitest';
import type { DocumentRecord } from '../../src/types.js';
import { runCli } from '../helpers/cli.js';

vi.setConfig({ testTimeout: 60_000 });

const SEED_000 = 'seeds/000_cbff494ec939caaa.txt'; // header "أغسطس 23, 2021 15:22"
const records = (stdout: string): DocumentRecord[] => stdout.trim().split('\n').map((l) => JSON.parse(l) as DocumentRecord);
const value = (r: DocumentRecord, text: string): string | null | undefined => r.dates.find((d) => d.text === text)?.value;

describe('--ref-date', () => {
  it("does not override the article's own date, nor what is resolved against it", async () => {
    const [r] = records((await runCli(['extract', SEED_000, '-f', 'ndjson', '-q', '--ref-date', '2022-11-23'])).stdout);
    expect([r.published, r.published_basis]).toEqual(['2021-08-23', 'header']);
    expect(value(r, 'اليوم')).toBe('2021-08-23');
    expect(value(r, '16 سبتمبر / أيلول')).toBe('2021-09-16');
  });
  it('fills the gap for a text without a date of its own', async () => {
    const [r] = records((await runCli(['extract', '-', '-f', 'ndjson', '-q', '--ref-date', '2022-11-23'], { stdin: 'عقد مجلس الأمن الجماعي اليوم جلسة في موسكو.' })).stdout);
    expect([r.published, r.published_basis, value(r, 'اليوم')]).toEqual(['2022-11-23', 'ref-date', '2022-11-23']);
  });
  it('--force-ref-date wins over the text', async () => {
    const [r] = records((await runCli(['extract', SEED_000, '-f', 'ndjson', '-q', '--force-ref-date', '2022-11-23'])).stdout);
    expect([r.published, r.published_basis, value(r, 'اليوم')]).toEqual(['2022-11-23', 'force-ref-date', '2022-11-23']);
  });
  it('an NDJSON "published" fills the gap before --ref-date, and the text still wins over it', async () => {
    const input = [
      { id: 'own', text: 'موسكو في 28 أكتوبر 2021 - عقد مجلس الأمن الجماعي اليوم جلسة.', published: '2024-11-28' },
      { id: 'none', text: 'عقد مجلس الأمن الجماعي اليوم جلسة في موسكو.', published: '2024-11-28' },
    ].map((o) => JSON.stringify(o)).join('\n');
    const rs = records((await runCli(['extract', '-', '-f', 'ndjson', '-q', '--ref-date', '2020-01-01'], { stdin: input })).stdout);
    expect(rs.map((r) => [r.id, r.published, r.published_basis])).toEqual([['own', '2021-10-28', 'dateline'], ['none', '2024-11-28', 'input']]);
  });
});
