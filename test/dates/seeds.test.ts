import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { run } from './helpers.js';

const SEEDS = join(PACKAGE_ROOT, 'seeds');
const file = (prefix: string): string => readFileSync(join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith(prefix))!), 'utf8');
const pairs = (prefix: string): { r: ReturnType<typeof run>; has: (text: string, value: string | null) => void } => {
  const r = run(file(prefix));
  return {
    r,
    has: (text, value) => {
      const hits = r.dates.filter((d) => d.text === text);
      expect(hits.length, `${prefix}: ${text}`).toBeGreaterThan(0);
      for (const d of hits) {
        expect(d.value, `${prefix}: ${text}`).toBe(value);
        if (value === null) expect(d.resolved).toBe(false);
      }
    },
  };
};

describe('seed articles', () => {
  it('000', () => {
    const { r, has } = pairs('000');
    expect(r.published).toBe('2021-08-23');
    has('أغسطس 23, 2021', '2021-08-23');
    has('اليوم', '2021-08-23');
    has('16 سبتمبر / أيلول', '2021-09-16');
  });
  it('001', () => {
    const { r, has } = pairs('001');
    expect(r.published).toBe('2021-10-28');
    has('28 أكتوبر/ تشرين الأول 2021', '2021-10-28');
    has('اليوم الخميس', '2021-10-28');
    has('يوم الثلاثاء', '2021-10-26');
    has('هذا الأسبوع', '2021-W43');
  });
  it('002', () => {
    const { r, has } = pairs('002');
    expect(r.published).toBeNull();
    has('اليوم الخميس', null);
  });
  it('003', () => {
    const { r, has } = pairs('003');
    expect(r.published).toBeNull();
    has('اليوم', null);
    has('العام الماضي', null);
  });
  it('004', () => {
    const { r, has } = pairs('004');
    expect(r.published).toBe('2025-01-29');
    expect(r.publishedBasis).toBe('lead');
    has('اليوم الأربعاء 29 يناير/كانون الثاني 2025', '2025-01-29');
    has('نوفمبر/تشرين الثاني 2024', '2024-11');
    has('عام 2025', '2025');
    has('عام 2021', '2021');
    has('خمس سنوات', 'P5Y');
    expect(r.dates.some((d) => /1344/.test(d.text))).toBe(false);
  });
});
