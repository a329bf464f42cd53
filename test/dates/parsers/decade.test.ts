// dates/parsers/decade.ts: a decade ("التسعينيات", "تسعينيات القرن الماضي").
import { describe, expect, it } from 'vitest';
import { one } from '../helpers.js';

describe('decades', () => {
  it('decades', () => {
    expect(one('في التسعينيات')).toMatchObject({ text: 'التسعينيات', value: '199', granularity: 'decade' });
    expect(one('منذ تسعينيات القرن الماضي')).toMatchObject({ text: 'تسعينيات القرن الماضي', value: '199' });
    expect(one('في الثمانينات')).toMatchObject({ value: '198' });
    expect(one('عشرينيات القرن الحالي')).toMatchObject({ value: '202' });
  });
});

describe('a named century', () => {
  it('ستينيات القرن العشرين', () => {
    expect(one('في ستينيات القرن العشرين')).toMatchObject({ text: 'ستينيات القرن العشرين', value: '196', granularity: 'decade', rule: 'decade' });
  });
});
