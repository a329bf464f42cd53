// entities/passes/coordination.ts: a nisba joined by و to a national body names that body of its country.
import { describe, expect, it } from 'vitest';
import { loadEntityEngine } from '../../../src/entities/index.js';
import { analyze } from '../../../src/text/analyze.js';
import { at, spans } from '../helpers.js';

// the built-in gazetteers: the national bodies live there
const run = (text: string) => loadEntityEngine().extract(analyze(text));

describe('coordinated nisbas', () => {
  it('"قوات الحدود الطاجيكية والقيرغيزية": the Kyrgyz border service, beside Kyrgyzstan', () => {
    const text = 'أجرت قوات الحدود الطاجيكية والقيرغيزية تدريبات مشتركة';
    const ents = run(text);
    expect(spans(ents, 'org:kyrgyzstan-border-service')).toEqual([['القيرغيزية', ...at(text, 'القيرغيزية'), 'coordination']]);
    expect(spans(ents, 'place:kyrgyzstan')).toEqual([['القيرغيزية', ...at(text, 'القيرغيزية'), 'nisba']]);
    expect(spans(ents, 'org:tajikistan-border-troops').map((s) => s[0])).toEqual(['قوات الحدود الطاجيكية']);
  });
  it('"الجيش الأمريكي والروسي": the Russian armed forces', () => {
    const text = 'انسحب الجيش الأمريكي والروسي من المنطقة';
    expect(spans(run(text), 'org:russian-armed-forces')).toEqual([['الروسي', ...at(text, 'الروسي'), 'coordination']]);
  });
  it('no body of that country in the gazetteers: only the country ("القوات الروسية والطاجيكية")', () => {
    const text = 'أجرت القوات الروسية والطاجيكية مناورات';
    const ents = run(text);
    expect(ents.filter((e) => e.mentions.some((m) => m.method === 'coordination'))).toEqual([]);
    expect(spans(ents, 'place:tajikistan')).toEqual([['الطاجيكية', ...at(text, 'الطاجيكية'), 'nisba']]);
  });
});
