// Hand-built entity and date mentions for event tests, independent of the entity and date extractors.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze, type AnalyzedText } from '../../src/text/analyze.js';
import { loadEventEngine, type EventEngine } from '../../src/events/index.js';
import type { DateMention, EntityRecord, EntityType, EventRecord, Granularity, Mention } from '../../src/types.js';

export const SEEDS = fileURLToPath(new URL('../../seeds', import.meta.url));
export const seed = (name: string): string => readFileSync(join(SEEDS, name), 'utf8');

interface Known { id: string; type: EntityType; name: string; name_ar: string; country?: string; iso3?: string; kind?: string; parent?: string }
export const KNOWN: Record<string, Known> = {
  CSTO: { id: 'org:csto', type: 'ORG', name: 'Collective Security Treaty Organization', name_ar: 'منظمة معاهدة الأمن الجماعي', kind: 'igo' },
  CSC: { id: 'org:csto-csc', type: 'ORG', name: 'Collective Security Council', name_ar: 'مجلس الأمن الجماعي', kind: 'body', parent: 'org:csto' },
  CFM: { id: 'org:csto-council-of-foreign-ministers', type: 'ORG', name: 'CSTO Council of Foreign Ministers', name_ar: 'مجلس وزراء خارجية منظمة معاهدة الأمن الجماعي', kind: 'body', parent: 'org:csto' },
  Taliban: { id: 'org:taliban', type: 'ORG', name: 'Taliban', name_ar: 'حركة طالبان', kind: 'movement' },
  ArmenianOpposition: { id: 'org:opposition:am', type: 'ORG', name: 'Armenian opposition', country: 'AM', iso3: 'ARM', kind: 'party' },
  IRPT: { id: 'org:irpt', type: 'ORG', name: 'Islamic Renaissance Party of Tajikistan', name_ar: 'حزب النهضة الإسلامي الطاجيكي', country: 'TJ', kind: 'party' },
  SCO: { id: 'org:sco', type: 'ORG', name: 'Shanghai Cooperation Organisation', name_ar: 'منظمة شنغهاي للتعاون', kind: 'organization' },
  Rahmon: { id: 'person:rahmon', type: 'PERSON', name: 'Emomali Rahmon', name_ar: 'إمام علي رحمان', country: 'TJ', iso3: 'TJK' },
  Pashinyan: { id: 'person:pashinyan', type: 'PERSON', name: 'Nikol Pashinyan', name_ar: 'نيكول باشينيان', country: 'AM', iso3: 'ARM' },
  Lukashenko: { id: 'person:lukashenko', type: 'PERSON', name: 'Alexander Lukashenko', name_ar: 'ألكسندر لوكاشينكو', country: 'BY', iso3: 'BLR' },
  Tokayev: { id: 'person:tokayev', type: 'PERSON', name: 'Kassym-Jomart Tokayev', name_ar: 'قاسم جومارت توكاييف', country: 'KZ', iso3: 'KAZ' },
  Japarov: { id: 'person:japarov', type: 'PERSON', name: 'Sadyr Japarov', name_ar: 'صدير جاباروف', country: 'KG', iso3: 'KGZ' },
  Putin: { id: 'person:putin', type: 'PERSON', name: 'Vladimir Putin', name_ar: 'فلاديمير بوتين', country: 'RU', iso3: 'RUS' },
  Nazarbayev: { id: 'person:nazarbayev', type: 'PERSON', name: 'Nursultan Nazarbayev', name_ar: 'نور سلطان نزارباييف', country: 'KZ', iso3: 'KAZ' },
  Zas: { id: 'person:zas', type: 'PERSON', name: 'Stanislav Zas', name_ar: 'ستانيسلاف زاس', country: 'BY', iso3: 'BLR' },
  Mirzoyan: { id: 'person:mirzoyan', type: 'PERSON', name: 'Ararat Mirzoyan', name_ar: 'أرارات ميرزويان', country: 'AM', iso3: 'ARM' },
  Mirziyoyev: { id: 'person:mirziyoyev', type: 'PERSON', name: 'Shavkat Mirziyoyev', name_ar: 'شوكت ميرضيايف', country: 'UZ', iso3: 'UZB' },
  Bakiyev: { id: 'person:bakiyev', type: 'PERSON', name: 'Kurmanbek Bakiyev', name_ar: 'كرمان بك باكييف', country: 'KG', iso3: 'KGZ' },
  Atambayev: { id: 'person:atambayev', type: 'PERSON', name: 'Almazbek Atambayev', name_ar: 'ألمظ بك أتامباييف', country: 'KG', iso3: 'KGZ' },
  Karimov: { id: 'person:karimov', type: 'PERSON', name: 'Islam Karimov', name_ar: 'إسلام كريموف', country: 'UZ', iso3: 'UZB' },
  Tasmagambetov: { id: 'person:tasmagambetov', type: 'PERSON', name: 'Imangali Tasmagambetov', name_ar: 'إيمانغالي تاسماغامبيتوف', country: 'KZ', iso3: 'KAZ' },
  Muhriddin: { id: 'person:muhriddin', type: 'PERSON', name: 'Sirojiddin Muhriddin', name_ar: 'سراج الدين مهر الدين', country: 'TJ', iso3: 'TJK' },
  Lavrov: { id: 'person:lavrov', type: 'PERSON', name: 'Sergey Lavrov', name_ar: 'سيرغي لافروف', country: 'RU', iso3: 'RUS' },
  Kocharyan: { id: 'person:kocharyan', type: 'PERSON', name: 'Robert Kocharyan', name_ar: 'روبرت كوتشاريان', country: 'AM', iso3: 'ARM' },
  Aliyev: { id: 'person:aliyev', type: 'PERSON', name: 'Ilham Aliyev', name_ar: 'إلهام علييف', country: 'AZ', iso3: 'AZE' },
  Shoigu: { id: 'person:shoigu', type: 'PERSON', name: 'Sergei Shoigu', name_ar: 'سيرغي شويغو', country: 'RU', iso3: 'RUS' },
  Tajikistan: { id: 'place:tj', type: 'PLACE', name: 'Tajikistan', name_ar: 'طاجيكستان', country: 'TJ', iso3: 'TJK', kind: 'country' },
  Kazakhstan: { id: 'place:kz', type: 'PLACE', name: 'Kazakhstan', name_ar: 'كازاخستان', country: 'KZ', iso3: 'KAZ', kind: 'country' },
  Kyrgyzstan: { id: 'place:kg', type: 'PLACE', name: 'Kyrgyzstan', name_ar: 'قيرغيزستان', country: 'KG', iso3: 'KGZ', kind: 'country' },
  Russia: { id: 'place:ru', type: 'PLACE', name: 'Russia', name_ar: 'روسيا', country: 'RU', iso3: 'RUS', kind: 'country' },
  Armenia: { id: 'place:am', type: 'PLACE', name: 'Armenia', name_ar: 'أرمينيا', country: 'AM', iso3: 'ARM', kind: 'country' },
  Azerbaijan: { id: 'place:az', type: 'PLACE', name: 'Azerbaijan', name_ar: 'أذربيجان', country: 'AZ', iso3: 'AZE', kind: 'country' },
  Georgia: { id: 'place:ge', type: 'PLACE', name: 'Georgia', name_ar: 'جورجيا', country: 'GE', iso3: 'GEO', kind: 'country' },
  France: { id: 'place:fr', type: 'PLACE', name: 'France', name_ar: 'فرنسا', country: 'FR', iso3: 'FRA', kind: 'country' },
  Belarus: { id: 'place:by', type: 'PLACE', name: 'Belarus', name_ar: 'بيلاروسيا', country: 'BY', iso3: 'BLR', kind: 'country' },
  Uzbekistan: { id: 'place:uz', type: 'PLACE', name: 'Uzbekistan', name_ar: 'أوزبكستان', country: 'UZ', iso3: 'UZB', kind: 'country' },
  Afghanistan: { id: 'place:af', type: 'PLACE', name: 'Afghanistan', name_ar: 'أفغانستان', country: 'AF', iso3: 'AFG', kind: 'country' },
  Ukraine: { id: 'place:ua', type: 'PLACE', name: 'Ukraine', name_ar: 'أوكرانيا', country: 'UA', iso3: 'UKR', kind: 'country' },
  USA: { id: 'place:us', type: 'PLACE', name: 'United States', name_ar: 'الولايات المتحدة', country: 'US', iso3: 'USA', kind: 'country' },
  TjSecurity: { id: 'org:security-services:tj', type: 'ORG', name: 'Security Services of Tajikistan', country: 'TJ', iso3: 'TJK', kind: 'security' },
  UsEmbassy: { id: 'org:embassy:us', type: 'ORG', name: 'Embassy of United States', country: 'US', iso3: 'USA', kind: 'embassy' },
  UK: { id: 'place:gb', type: 'PLACE', name: 'United Kingdom', name_ar: 'بريطانيا', country: 'GB', iso3: 'GBR', kind: 'country' },
  CentralAsia: { id: 'place:central-asia', type: 'PLACE', name: 'Central Asia', name_ar: 'آسيا الوسطى', kind: 'region' },
  Kremlin: { id: 'org:kremlin', type: 'ORG', name: 'Kremlin', name_ar: 'الكرملين', country: 'RU', kind: 'government' },
  Safoyev: { id: 'person:sodiq-safoyev', type: 'PERSON', name: 'Sodiq Safoyev', name_ar: 'صادق صفاييف', country: 'UZ', iso3: 'UZB' },
  Ushakov: { id: 'person:ushakov', type: 'PERSON', name: 'Yuri Ushakov', name_ar: 'يوري أوشاكوف', country: 'RU', iso3: 'RUS' },
  London: { id: 'place:london', type: 'PLACE', name: 'London', name_ar: 'لندن', country: 'GB', iso3: 'GBR', kind: 'capital' },
  Dushanbe: { id: 'place:dushanbe', type: 'PLACE', name: 'Dushanbe', name_ar: 'دوشنبه', country: 'TJ', iso3: 'TJK', kind: 'capital' },
  Astana: { id: 'place:astana', type: 'PLACE', name: 'Astana', name_ar: 'أستانا', country: 'KZ', iso3: 'KAZ', kind: 'capital' },
  Moscow: { id: 'place:moscow', type: 'PLACE', name: 'Moscow', name_ar: 'موسكو', country: 'RU', iso3: 'RUS', kind: 'capital' },
  Kabul: { id: 'place:kabul', type: 'PLACE', name: 'Kabul', name_ar: 'كابول', country: 'AF', iso3: 'AFG', kind: 'capital' },
  SovietUnion: { id: 'place:soviet-union', type: 'PLACE', name: 'Soviet Union', name_ar: 'الاتحاد السوفيتي', country: 'SU', iso3: 'SUN', kind: 'country' },
  Bishkek: { id: 'place:bishkek', type: 'PLACE', name: 'Bishkek', name_ar: 'بيشكيك', country: 'KG', iso3: 'KGZ', kind: 'capital' },
  Bucharest: { id: 'place:bucharest', type: 'PLACE', name: 'Bucharest', name_ar: 'بوخارست', country: 'RO', iso3: 'ROU', kind: 'capital' },
  Minsk: { id: 'place:minsk', type: 'PLACE', name: 'Minsk', name_ar: 'مينسك', country: 'BY', iso3: 'BLR', kind: 'capital' },
  NATO: { id: 'org:nato', type: 'ORG', name: 'NATO', name_ar: 'حلف شمال الأطلسي', kind: 'igo' },
  ISISK: { id: 'org:isis-k', type: 'ORG', name: 'Islamic State – Khorasan Province', name_ar: 'ولاية خراسان', kind: 'armed_group' },
  SouthOssetia: { id: 'place:south-ossetia', type: 'PLACE', name: 'South Ossetia', name_ar: 'أوسيتيا الجنوبية', country: 'GE', iso3: 'GEO', kind: 'territory' },
  Kunduz: { id: 'place:kunduz', type: 'PLACE', name: 'Kunduz', name_ar: 'قندوز', country: 'AF', iso3: 'AFG', kind: 'city' },
  Samarkand: { id: 'place:samarkand', type: 'PLACE', name: 'Samarkand', name_ar: 'سمرقند', country: 'UZ', iso3: 'UZB', kind: 'city' },
  Anadolu: { id: 'org:anadolu', type: 'ORG', name: 'Anadolu Agency', name_ar: 'وكالة الأناضول', kind: 'agency' },
  Gyumri: { id: 'place:gyumri', type: 'PLACE', name: 'Gyumri', name_ar: 'غيومري', country: 'AM', iso3: 'ARM', kind: 'city' },
  Almaty: { id: 'place:almaty', type: 'PLACE', name: 'Almaty', name_ar: 'ألماتي', country: 'KZ', iso3: 'KAZ', kind: 'city' },
  Iran: { id: 'place:iran', type: 'PLACE', name: 'Iran', name_ar: 'إيران', country: 'IR', iso3: 'IRN', kind: 'country' },
  China: { id: 'place:china', type: 'PLACE', name: 'China', name_ar: 'الصين', country: 'CN', iso3: 'CHN', kind: 'country' },
  Turkmenistan: { id: 'place:turkmenistan', type: 'PLACE', name: 'Turkmenistan', name_ar: 'تركمانستان', country: 'TM', iso3: 'TKM', kind: 'country' },
  HuJintao: { id: 'person:hu-jintao', type: 'PERSON', name: 'Hu Jintao', name_ar: 'هو جينتاو' },
  Yerevan: { id: 'place:yerevan', type: 'PLACE', name: 'Yerevan', name_ar: 'يريفان', country: 'AM', iso3: 'ARM', kind: 'capital' },
};

/** Original offsets of every occurrence of `surface` (or only the nth). */
export function occurrences(original: string, surface: string): number[] {
  const out: number[] = [];
  for (let i = original.indexOf(surface); i >= 0; i = original.indexOf(surface, i + surface.length)) out.push(i);
  if (!out.length) throw new Error(`fixture: "${surface}" not found in text`);
  return out;
}

export interface SurfaceSpec { text: string; nth?: number; role?: string; method?: Mention['method'] }

export function mention(t: AnalyzedText, spec: string | SurfaceSpec): Mention[] {
  const s: SurfaceSpec = typeof spec === 'string' ? { text: spec } : spec;
  const all = occurrences(t.original, s.text);
  const picked = s.nth === undefined ? all : [all[s.nth]];
  return picked.map((start) => {
    const m: Mention = { text: s.text, start, end: start + s.text.length, sentence: t.sentenceAt(t.toNorm(start)), method: s.method ?? 'exact', confidence: 0.9 };
    if (s.role) m.role = s.role;
    return m;
  });
}

/** An entity record of a KNOWN entity with mentions found in the text. */
export function entity(t: AnalyzedText, key: string, surfaces: (string | SurfaceSpec)[]): EntityRecord {
  const k = KNOWN[key];
  if (!k) throw new Error(`fixture: unknown entity ${key}`);
  const e: EntityRecord = { id: k.id, type: k.type, name: k.name, name_ar: k.name_ar, linked: true, mentions: surfaces.flatMap((s) => mention(t, s)) };
  if (k.country) e.country = k.country;
  if (k.iso3) e.iso3 = k.iso3;
  if (k.kind) e.kind = k.kind;
  if (k.parent) e.parent = k.parent;
  return e;
}

export function date(t: AnalyzedText, surface: string, value: string | null, granularity: Granularity, opts: { nth?: number; relative?: boolean } = {}): DateMention {
  const [m] = mention(t, { text: surface, nth: opts.nth ?? 0 });
  const d: DateMention = { text: m.text, start: m.start, end: m.end, sentence: m.sentence, value, granularity, resolved: value !== null, calendar: 'gregorian', rule: 'fixture' };
  if (opts.relative) d.relative = true;
  return d;
}

let engine: EventEngine | null = null;
export const defaultEngine = (): EventEngine => (engine ??= loadEventEngine());

export interface Fixture {
  entities?: Record<string, (string | SurfaceSpec)[]>;
  dates?: [string, string | null, Granularity, { nth?: number; relative?: boolean }?][];
  published?: string | null;
  docId?: string;
  engine?: EventEngine;
}

/** Runs the event engine over a text with the fixture's entities and dates. */
export function run(text: string, fx: Fixture = {}): { t: AnalyzedText; events: EventRecord[]; entities: EntityRecord[] } {
  const t = analyze(text);
  const entities = Object.entries(fx.entities ?? {}).map(([k, s]) => entity(t, k, s));
  const dates = (fx.dates ?? []).map(([s, v, g, o]) => date(t, s, v, g, o ?? {}));
  const events = (fx.engine ?? defaultEngine()).extract(t, { docId: fx.docId ?? 'doc', entities, dates, published: fx.published ?? null });
  return { t, events, entities };
}

export const names = (l: { name: string }[]): string[] => l.map((a) => a.name);
/** Each event of a text as [type, rule, source names, recipient names]: what a trigger test checks. */
export const ruleRows = (text: string, entities: Record<string, string[]>): [string, string, string[], string[]][] =>
  run(text, { entities }).events.map((e) => [e.type, e.rule, names(e.source), names(e.recipient)]);
export const byType = (events: EventRecord[], type: string): EventRecord[] => events.filter((e) => e.type === type);
