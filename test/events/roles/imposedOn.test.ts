// events/roles/imposedOn.ts: a state of emergency or a curfew imposed on a city or a region bears on it (recipient); a whole country is not.
import { describe, expect, it } from 'vitest';
import { names, run } from '../helpers.js';

const rows = (text: string, entities: Record<string, string[]>) =>
  run(text, { entities }).events.map((e) => [e.type, names(e.source), names(e.recipient), e.location?.name ?? null]);

describe('imposedOn', () => {
  it('"أعلن توكاييف حالة الطوارئ في ألماتي": Almaty is what it is imposed on', () => {
    expect(rows('أعلن توكاييف حالة الطوارئ في ألماتي.', { Tokayev: ['توكاييف'], Almaty: ['ألماتي'] }))
      .toEqual([['COERCE', ['Kassym-Jomart Tokayev'], ['Almaty'], 'Almaty']]);
  });
  it('"وفرضت طاجيكستان حظر التجول في دوشنبه": a curfew on a capital', () => {
    expect(rows('وفرضت طاجيكستان حظر التجول في دوشنبه.', { Tajikistan: ['طاجيكستان'], Dushanbe: ['دوشنبه'] }))
      .toEqual([['COERCE', ['Tajikistan'], ['Dushanbe'], 'Dushanbe']]);
  });
  it('"أعلن توكاييف حالة الطوارئ في كازاخستان": the whole country is no recipient', () => {
    expect(rows('أعلن توكاييف حالة الطوارئ في كازاخستان.', { Tokayev: ['توكاييف'], Kazakhstan: ['كازاخستان'] }))
      .toEqual([['COERCE', ['Kassym-Jomart Tokayev'], [], 'Kazakhstan']]);
  });
});
