// roles/leftPlace.ts: the place a leave verb takes as its object is where the withdrawal takes place.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../src/index.js';

const extractor = createExtractor();
const withdrawals = (text: string): [string[], string | null][] =>
  extractor.extract(text).events.filter((e) => e.type === 'RETREAT').map((e) => [e.source.map((a) => a.name), e.location?.name ?? null]);

describe('leftPlace', () => {
  it('"القوات الأمريكية تغادر قاعدة باغرام": the base left', () => {
    expect(withdrawals('القوات الأمريكية تغادر قاعدة باغرام')).toEqual([[['United States'], 'Bagram Airfield']]);
  });
  it('before the country a place phrase after the base names ("غادروا قاعدة باغرام الجوية في أفغانستان")', () => {
    expect(withdrawals('وقال البنتاغون إن جنود حلف الناتو غادروا قاعدة باغرام الجوية في أفغانستان.').map((r) => r[1])).toEqual(['Bagram Airfield']);
  });
  it('past a long subject and a time ("وغادرت آخر القوات الأمريكية وقوات حلف شمال الأطلسي، الجمعة، قاعدة باجرام الجوية")', () => {
    expect(withdrawals('وغادرت آخر القوات الأمريكية وقوات حلف شمال الأطلسي، الجمعة، قاعدة باجرام الجوية في أفغانستان.').map((r) => r[1])).toEqual(['Bagram Airfield']);
  });
  it('not a place past a preposition ("غادرت القوات الأمريكية إلى قاعدة باغرام")', () => {
    expect(withdrawals('غادرت القوات الأمريكية أوزبكستان إلى قاعدة باغرام.').map((r) => r[1])).not.toContain('Bagram Airfield');
  });
  it('an organisation left is no place ("غادرت أرمينيا منظمة معاهدة الأمن الجماعي")', () => {
    expect(withdrawals('غادرت أرمينيا منظمة معاهدة الأمن الجماعي.')).toEqual([[['Armenia'], null]]);
  });
});
