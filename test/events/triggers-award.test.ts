// An order or a medal awarded is SUPPORT from the one who awards it to the one honoured ("تمنح طاجيكستان مسعود
// وساما", "بمنح وسام ... إلى"); a loan granted stays AID: entry support.award of data/events/triggers.json, each test
// failing without it.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/index.js';

const extractor = createExtractor();
const rows = (text: string) => extractor.extract(text).events.map((e) => [e.type, e.rule, e.source.map((a) => a.name), e.recipient.map((a) => a.name)]);

describe('awards', () => {
  it('"طاجيكستان تمنح الرئيس الروسي بوتين وساما رفيعا": the object is the one honoured', () => {
    expect(rows('طاجيكستان تمنح الرئيس الروسي فلاديمير بوتين وساما رفيعا.'))
      .toEqual([['SUPPORT', 'support.award', ['Tajikistan'], ['Vladimir Putin']]]);
  });
  it('"أمر رحمون بمنح وسام الساماني إلى بوتين": the verbal noun carried by أمر, the one honoured after إلى', () => {
    expect(rows('أمر إمام علي رحمون بمنح وسام إسماعيل الساماني إلى فلاديمير بوتين.'))
      .toEqual([['SUPPORT', 'support.award', ['Emomali Rahmon'], ['Vladimir Putin']]]);
  });
  it('a loan granted is aid ("منحت روسيا طاجيكستان قرضا")', () => {
    expect(rows('منحت روسيا طاجيكستان قرضا بقيمة مليار دولار.').map((r) => r[0])).toEqual(['AID']);
  });
});
