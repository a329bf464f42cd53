// Builds realistic DocumentRecord[] for the report tests: Arabic sentences
// with consistent offsets for entity mentions, dates, triggers and sentences.

import { prng } from '../../src/bench/corpus.js';
import type {
  DateMention,
  DocumentRecord,
  EntityRecord,
  EntityType,
  EventActor,
  EventRecord,
  MatchMethod,
} from '../../src/types.js';

export interface Ent {
  id: string;
  type: EntityType;
  name: string;
  name_ar: string;
  linked?: boolean;
  kind?: string;
  country?: string;
  iso3?: string;
  /** Short forms used after the first mention (surname, abbreviation). */
  short?: string;
  /** Title used before a person's name. */
  title?: string;
}

const P = (id: string, name: string, name_ar: string, iso3: string, country: string, short: string, title: string): Ent => ({
  id: `person:${id}`, type: 'PERSON', name, name_ar, iso3, country, short, title,
});
const C = (id: string, name: string, name_ar: string, iso3: string): Ent => ({
  id: `place:${id}`, type: 'PLACE', name, name_ar, kind: 'country', iso3, country: name,
});
const CITY = (id: string, name: string, name_ar: string, iso3: string, country: string): Ent => ({
  id: `place:${id}`, type: 'PLACE', name, name_ar, kind: 'city', iso3, country,
});
const O = (id: string, name: string, name_ar: string, short?: string): Ent => ({
  id: `org:${id}`, type: 'ORG', name, name_ar, kind: 'organisation', short,
});

export const PEOPLE: Ent[] = [
  P('putin', 'Vladimir Putin', 'فلاديمير بوتين', 'RUS', 'Russia', 'بوتين', 'الرئيس الروسي'),
  P('tokayev', 'Kassym-Jomart Tokayev', 'قاسم جومارت توكاييف', 'KAZ', 'Kazakhstan', 'توكاييف', 'الرئيس الكازاخستاني'),
  P('pashinyan', 'Nikol Pashinyan', 'نيكول باشينيان', 'ARM', 'Armenia', 'باشينيان', 'رئيس وزراء أرمينيا'),
  P('lukashenko', 'Alexander Lukashenko', 'ألكسندر لوكاشينكو', 'BLR', 'Belarus', 'لوكاشينكو', 'الرئيس البيلاروسي'),
  P('rahmon', 'Emomali Rahmon', 'إمام علي رحمن', 'TJK', 'Tajikistan', 'رحمن', 'الرئيس الطاجيكي'),
  P('japarov', 'Sadyr Japarov', 'صدر جباروف', 'KGZ', 'Kyrgyzstan', 'جباروف', 'الرئيس القيرغيزي'),
  P('mirziyoyev', 'Shavkat Mirziyoyev', 'شوكت ميرضيائيف', 'UZB', 'Uzbekistan', 'ميرضيائيف', 'الرئيس الأوزبكي'),
  P('zas', 'Stanislav Zas', 'ستانيسلاف زاس', 'BLR', 'Belarus', 'زاس', 'الأمين العام لمنظمة معاهدة الأمن الجماعي'),
  P('lavrov', 'Sergey Lavrov', 'سيرغي لافروف', 'RUS', 'Russia', 'لافروف', 'وزير الخارجية الروسي'),
  P('shoigu', 'Sergei Shoigu', 'سيرغي شويغو', 'RUS', 'Russia', 'شويغو', 'وزير الدفاع الروسي'),
];

export const COUNTRIES: Ent[] = [
  C('russia', 'Russia', 'روسيا', 'RUS'),
  C('kazakhstan', 'Kazakhstan', 'كازاخستان', 'KAZ'),
  C('kyrgyzstan', 'Kyrgyzstan', 'قيرغيزستان', 'KGZ'),
  C('tajikistan', 'Tajikistan', 'طاجيكستان', 'TJK'),
  C('armenia', 'Armenia', 'أرمينيا', 'ARM'),
  C('belarus', 'Belarus', 'بيلاروسيا', 'BLR'),
  C('afghanistan', 'Afghanistan', 'أفغانستان', 'AFG'),
  C('uzbekistan', 'Uzbekistan', 'أوزبكستان', 'UZB'),
];

export const CITIES: Ent[] = [
  CITY('moscow', 'Moscow', 'موسكو', 'RUS', 'Russia'),
  CITY('dushanbe', 'Dushanbe', 'دوشنبه', 'TJK', 'Tajikistan'),
  CITY('almaty', 'Almaty', 'ألماتي', 'KAZ', 'Kazakhstan'),
  CITY('kabul', 'Kabul', 'كابول', 'AFG', 'Afghanistan'),
  CITY('bishkek', 'Bishkek', 'بيشكيك', 'KGZ', 'Kyrgyzstan'),
  CITY('yerevan', 'Yerevan', 'يريفان', 'ARM', 'Armenia'),
  CITY('minsk', 'Minsk', 'مينسك', 'BLR', 'Belarus'),
];

export const ORGS: Ent[] = [
  O('csto', 'Collective Security Treaty Organization', 'منظمة معاهدة الأمن الجماعي', 'المنظمة'),
  O('taliban', 'Taliban', 'حركة طالبان', 'طالبان'),
  O('sco', 'Shanghai Cooperation Organisation', 'منظمة شنغهاي للتعاون'),
  O('un', 'United Nations', 'الأمم المتحدة'),
  O('mod-ru', 'Russian Ministry of Defence', 'وزارة الدفاع الروسية'),
];

export const UNLINKED: Ent[] = [
  { id: 'unlinked:PERSON:عبد الله رحيموف', type: 'PERSON', name: 'عبد الله رحيموف', name_ar: 'عبد الله رحيموف', linked: false },
  { id: 'unlinked:ORG:جبهة المقاومة الوطنية', type: 'ORG', name: 'جبهة المقاومة الوطنية', name_ar: 'جبهة المقاومة الوطنية', linked: false },
];

const MONTHS_AR = [
  'يناير/كانون الثاني', 'فبراير/شباط', 'مارس/آذار', 'أبريل/نيسان', 'مايو/أيار', 'يونيو/حزيران',
  'يوليو/تموز', 'أغسطس/آب', 'سبتمبر/أيلول', 'أكتوبر/تشرين الأول', 'نوفمبر/تشرين الثاني', 'ديسمبر/كانون الأول',
];

export interface DateSpec {
  text: string;
  value: string | null;
  granularity: DateMention['granularity'];
  resolved?: boolean;
  relative?: boolean;
  anchor?: string;
}

export const day = (iso: string): DateSpec => {
  const [y, m, d] = iso.split('-').map(Number);
  return { text: `في ${d} ${MONTHS_AR[m - 1]} ${y}`, value: iso, granularity: 'day' };
};
export const month = (ym: string): DateSpec => {
  const [y, m] = ym.split('-').map(Number);
  return { text: `في ${MONTHS_AR[m - 1]} ${y}`, value: ym, granularity: 'month' };
};
export const unresolved = (text = 'في وقت لاحق'): DateSpec => ({ text, value: null, granularity: 'day', resolved: false });

export type Part =
  | string
  | { ent: Ent; text?: string; method?: MatchMethod; confidence?: number; role?: string }
  | { trigger: string }
  | { date: DateSpec };

export interface EventSpec {
  type: string;
  subtype?: string;
  source?: Ent[];
  recipient?: Ent[];
  participants?: Ent[];
  chair?: Ent[];
  invited?: Ent[];
  location?: Ent | null;
  status?: EventRecord['status'];
  mode?: EventRecord['mode'];
  main?: boolean;
  /** Overrides the event date (default: the sentence's date, else the publication date). */
  date?: { value: string | null; granularity: string | null; basis: string } | null;
}

const QUAD: Record<string, string> = {
  AGREE: 'verbal cooperation', CONSULT: 'verbal cooperation', SUPPORT: 'verbal cooperation', CONCEDE: 'material cooperation',
  COOPERATE: 'material cooperation', AID: 'material cooperation', RETREAT: 'material cooperation', REQUEST: 'verbal cooperation',
  ACCUSE: 'verbal conflict', REJECT: 'verbal conflict', SANCTION: 'material conflict', THREATEN: 'verbal conflict',
  PROTEST: 'verbal conflict', MOBILIZE: 'material conflict', COERCE: 'material conflict', ASSAULT: 'material conflict',
};

/** Assembles one document, keeping every offset consistent with its text. */
export class DocBuilder {
  private text = '';
  private nSent = 0;
  private readonly ents = new Map<string, EntityRecord>();
  private readonly dates: DateMention[] = [];
  private readonly events: EventRecord[] = [];
  warnings: string[] = [];

  constructor(readonly id: string, readonly published: string | null, readonly language = 'ar', readonly source = `${id}.txt`) {}

  sentence(parts: Part[], ev?: EventSpec): this {
    if (this.text) this.text += ' ';
    const sStart = this.text.length;
    const index = this.nSent++;
    let trigger: { text: string; start: number; end: number } | null = null;
    let sentDate: DateSpec | null = null;
    for (const part of parts) {
      const start = this.text.length;
      if (typeof part === 'string') {
        this.text += part;
      } else if ('ent' in part) {
        const surface = part.text ?? part.ent.name_ar;
        this.text += surface;
        let rec = this.ents.get(part.ent.id);
        if (!rec) {
          rec = {
            id: part.ent.id, type: part.ent.type, name: part.ent.name, name_ar: part.ent.name_ar,
            linked: part.ent.linked !== false, mentions: [],
          };
          if (part.ent.country) rec.country = part.ent.country;
          if (part.ent.iso3) rec.iso3 = part.ent.iso3;
          if (part.ent.kind) rec.kind = part.ent.kind;
          this.ents.set(part.ent.id, rec);
        }
        const method = part.method ?? 'exact';
        rec.mentions.push({
          text: surface, start, end: this.text.length, sentence: index, method,
          confidence: part.confidence ?? (method === 'fuzzy' ? 0.82 : method === 'exact' ? 1 : 0.95),
          ...(part.role ? { role: part.role } : {}),
        });
      } else if ('trigger' in part) {
        this.text += part.trigger;
        trigger = { text: part.trigger, start, end: this.text.length };
      } else {
        const d = part.date;
        this.text += d.text;
        const resolved = d.resolved ?? d.value !== null;
        this.dates.push({
          text: d.text, start, end: this.text.length, sentence: index, value: d.value, granularity: d.granularity,
          resolved, calendar: 'gregorian', rule: resolved ? 'gen:absolute' : 'gen:vague',
          ...(d.relative ? { relative: true, anchor: d.anchor } : {}),
        });
        if (resolved) sentDate = d;
      }
    }
    const sEnd = this.text.length;
    if (ev) {
      if (!trigger) throw new Error('event sentence without a trigger');
      const actor = (e: Ent, role?: string): EventActor => ({
        entity: e.id, name: e.name, type: e.type, ...(role ? { role } : {}),
        ...(e.country ? { country: e.country } : {}), ...(e.iso3 ? { iso3: e.iso3 } : {}), basis: 'sentence',
      });
      const date =
        ev.date !== undefined
          ? ev.date
          : sentDate
            ? { value: sentDate.value, granularity: sentDate.granularity, text: sentDate.text, basis: 'sentence' }
            : this.published
              ? { value: this.published, granularity: 'day', basis: 'published' }
              : null;
      const loc = ev.location ?? null;
      this.events.push({
        id: `${this.id}:e${this.events.length + 1}`,
        doc: this.id,
        type: ev.type,
        quad_class: QUAD[ev.type] ?? 'unknown',
        subtype: ev.subtype ?? ev.type.toLowerCase(),
        context: [],
        rule: `gen:${ev.type.toLowerCase()}`,
        trigger,
        sentence: { text: this.text.slice(sStart, sEnd), start: sStart, end: sEnd, index },
        date,
        date_precision: date?.granularity ?? null,
        date_basis: date?.basis ?? null,
        location: loc ? { entity: loc.id, name: loc.name, ...(loc.country ? { country: loc.country } : {}), ...(loc.iso3 ? { iso3: loc.iso3 } : {}), basis: 'sentence' } : null,
        mode: ev.mode ?? null,
        source: (ev.source ?? []).map((e) => actor(e, e.title)),
        recipient: (ev.recipient ?? []).map((e) => actor(e)),
        participants: (ev.participants ?? []).map((e) => actor(e)),
        chair: (ev.chair ?? []).map((e) => actor(e)),
        invited: (ev.invited ?? []).map((e) => actor(e)),
        status: ev.status ?? 'reported',
        confidence: 0.8,
        main: ev.main ?? this.events.length === 0,
        basis: ['trigger', 'actors'],
      });
    }
    this.text += '.';
    return this;
  }

  build(): DocumentRecord {
    return {
      id: this.id,
      source: this.source,
      encoding: 'utf-8',
      language: this.language,
      published: this.published,
      published_basis: this.published ? 'input' : null,
      text_length: this.text.length,
      sentences: this.nSent,
      entities: [...this.ents.values()],
      dates: this.dates,
      events: this.events,
      warnings: this.warnings,
    };
  }

  get fullText(): string {
    return this.text;
  }
}

// ---------------------------------------------------------------- random corpus

type Rng = () => number;
const pick = <T>(r: Rng, xs: T[]): T => xs[Math.floor(r() * xs.length)];
const pick2 = <T>(r: Rng, xs: T[]): [T, T] => {
  const a = pick(r, xs);
  let b = pick(r, xs);
  while (b === a) b = pick(r, xs);
  return [a, b];
};

const personPart = (p: Ent, full: boolean, r: Rng): Part[] => {
  if (!full && p.short) return [{ ent: p, text: p.short }];
  if (r() < 0.06) return [p.title ?? '', ' ', { ent: p, text: p.name_ar.replace('ي', 'ى'), method: 'fuzzy', role: p.title }];
  return [`${p.title ?? ''} `, { ent: p, role: p.title }];
};

type Template = (r: Rng, d: DateSpec | null) => { parts: Part[]; ev: EventSpec };

const dateParts = (d: DateSpec | null): Part[] => (d ? [' ', { date: d }] : []);

const TEMPLATES: Template[] = [
  (r, d) => {
    const [a, b] = pick2(r, PEOPLE);
    const city = pick(r, CITIES);
    const topic = pick(r, COUNTRIES);
    return {
      parts: [{ trigger: 'بحث' }, ' ', ...personPart(a, true, r), ' مع ', ...personPart(b, true, r), ' في ', { ent: city }, ...dateParts(d), ' الأوضاع في ', { ent: topic }],
      ev: { type: 'CONSULT', subtype: 'discuss', participants: [a, b], location: city, mode: 'in person' },
    };
  },
  (r, d) => {
    const [a, b] = pick2(r, PEOPLE);
    return {
      parts: [{ trigger: 'أجرى' }, ' ', ...personPart(a, true, r), ' اتصالا هاتفيا مع ', ...personPart(b, false, r), ...dateParts(d), ' تناول التعاون الأمني'],
      ev: { type: 'CONSULT', subtype: 'phone call', source: [a], recipient: [b], mode: 'virtual' },
    };
  },
  (r, d) => {
    const [a, b] = pick2(r, COUNTRIES.filter((c) => c.iso3 !== 'AFG'));
    const city = pick(r, CITIES);
    return {
      parts: [{ trigger: 'وقعت' }, ' ', { ent: a }, ' و', { ent: b, method: 'clitic' }, ' اتفاقية للتعاون العسكري خلال اجتماع في ', { ent: city }, ...dateParts(d)],
      ev: { type: 'AGREE', subtype: 'sign agreement', participants: [a, b], location: city },
    };
  },
  (r, d) => {
    const country = pick(r, COUNTRIES.filter((c) => c.iso3 !== 'RUS'));
    return {
      parts: ['أجرت قوات ', { ent: ORGS[0] }, ' ', { trigger: 'مناورات مشتركة' }, ' على أراضي ', { ent: country }, ...dateParts(d), ' بمشاركة ', { ent: ORGS[4] }],
      ev: { type: 'COOPERATE', subtype: 'military exercise', participants: [ORGS[0], ORGS[4]], location: country },
    };
  },
  (r, d) => {
    const country = pick(r, [COUNTRIES[1], COUNTRIES[3], COUNTRIES[2]]);
    return {
      parts: ['أعلنت ', { ent: ORGS[0] }, ' ', { trigger: 'نشر' }, ' قوات حفظ السلام في ', { ent: country }, ...dateParts(d)],
      ev: { type: 'MOBILIZE', subtype: 'deploy forces', source: [ORGS[0]], location: country },
    };
  },
  (r, d) => {
    const a = pick(r, PEOPLE);
    const target = pick(r, [ORGS[1], UNLINKED[1]]);
    return {
      parts: [{ trigger: 'اتهم' }, ' ', ...personPart(a, true, r), ' ', { ent: target }, ' بزعزعة الاستقرار على حدود ', { ent: COUNTRIES[6] }, ...dateParts(d)],
      ev: { type: 'ACCUSE', source: [a], recipient: [target], location: COUNTRIES[6] },
    };
  },
  (_r, d) => ({
    parts: [{ trigger: 'هاجم' }, ' مسلحون من ', { ent: ORGS[1] }, ' مركزا حدوديا قرب ', { ent: CITIES[3] }, ...dateParts(d), ' ما أسفر عن مقتل ثلاثة جنود'],
    ev: { type: 'ASSAULT', subtype: 'armed attack', source: [ORGS[1]], location: CITIES[3] },
  }),
  (r, d) => {
    const target = pick(r, [COUNTRIES[6], COUNTRIES[3], COUNTRIES[2]]);
    return {
      parts: [{ trigger: 'أرسلت' }, ' ', { ent: COUNTRIES[0] }, ' مساعدات إنسانية إلى ', { ent: target }, ...dateParts(d)],
      ev: { type: 'AID', subtype: 'humanitarian aid', source: [COUNTRIES[0]], recipient: [target], location: target },
    };
  },
  (r, d) => {
    const p = pick(r, [PEOPLE[1], PEOPLE[2], PEOPLE[4]]);
    return {
      parts: [{ trigger: 'طلب' }, ' ', ...personPart(p, true, r), ' من ', { ent: ORGS[0] }, ' إرسال قوات إلى بلاده', ...dateParts(d)],
      ev: { type: 'REQUEST', subtype: 'request assistance', source: [p], recipient: [ORGS[0]] },
    };
  },
  (r, d) => {
    const [a, b] = pick2(r, PEOPLE);
    return {
      parts: [{ trigger: 'أعرب' }, ' ', ...personPart(a, true, r), ' عن دعمه لجهود ', ...personPart(b, false, r), ...dateParts(d)],
      ev: { type: 'SUPPORT', source: [a], recipient: [b] },
    };
  },
  (r, d) => {
    const a = pick(r, PEOPLE);
    return {
      parts: [{ trigger: 'رفض' }, ' ', ...personPart(a, true, r), ' مقترح ', { ent: ORGS[3] }, ' بشأن ', { ent: COUNTRIES[6] }, ...dateParts(d)],
      ev: { type: 'REJECT', source: [a], recipient: [ORGS[3]] },
    };
  },
  (r, d) => {
    const city = pick(r, [CITIES[2], CITIES[4], CITIES[5]]);
    return {
      parts: [{ trigger: 'تظاهر' }, ' آلاف في ', { ent: city }, ...dateParts(d), ' احتجاجا على ارتفاع أسعار الوقود'],
      ev: { type: 'PROTEST', subtype: 'demonstrate', location: city },
    };
  },
  (r, d) => {
    const city = pick(r, [CITIES[2], CITIES[4]]);
    return {
      parts: [{ trigger: 'اعتقلت' }, ' السلطات عشرات المحتجين في ', { ent: city }, ...dateParts(d), ' بحسب ', { ent: UNLINKED[0] }],
      ev: { type: 'COERCE', subtype: 'arrest', location: city, source: [UNLINKED[0]] },
    };
  },
  (r, d) => {
    const c = pick(r, [COUNTRIES[1], COUNTRIES[3]]);
    return {
      parts: [{ trigger: 'سحبت' }, ' ', { ent: ORGS[0] }, ' قواتها من ', { ent: c }, ...dateParts(d)],
      ev: { type: 'RETREAT', subtype: 'withdraw', source: [ORGS[0]], location: c },
    };
  },
  (r, d) => {
    const a = pick(r, [PEOPLE[8], PEOPLE[9], PEOPLE[0]]);
    return {
      parts: [{ trigger: 'حذر' }, ' ', ...personPart(a, true, r), ' ', { ent: ORGS[1] }, ' من عواقب أي تحرك نحو حدود ', { ent: COUNTRIES[3] }, ...dateParts(d)],
      ev: { type: 'THREATEN', source: [a], recipient: [ORGS[1]] },
    };
  },
  (_r, d) => ({
    parts: [{ trigger: 'فرضت' }, ' ', { ent: COUNTRIES[5] }, ' عقوبات على شركات مرتبطة بـ', { ent: ORGS[1], method: 'clitic' }, ...dateParts(d)],
    ev: { type: 'SANCTION', source: [COUNTRIES[5]], recipient: [ORGS[1]] },
  }),
  (r, d) => {
    const p = pick(r, [PEOPLE[2], PEOPLE[5]]);
    return {
      parts: [{ trigger: 'وافق' }, ' ', ...personPart(p, true, r), ' على تأجيل القمة بناء على طلب ', { ent: ORGS[0] }, ...dateParts(d)],
      ev: { type: 'CONCEDE', source: [p], recipient: [ORGS[0]], status: r() < 0.3 ? 'planned' : 'reported' },
    };
  },
  (r, d) => {
    const host = pick(r, PEOPLE.slice(0, 7));
    const city = pick(r, CITIES);
    const others = PEOPLE.slice(0, 7).filter((p) => p !== host && r() < 0.35);
    return {
      parts: [{ trigger: 'ترأس' }, ' ', ...personPart(host, true, r), ' قمة ', { ent: ORGS[0] }, ' في ', { ent: city }, ...dateParts(d), ...(others.length ? [' بحضور ', ...others.flatMap((o, i): Part[] => [i ? ' و' : '', { ent: o, text: o.short }])] : [])],
      ev: { type: 'CONSULT', subtype: 'summit', chair: [host], participants: [ORGS[0], ...others], location: city, mode: r() < 0.2 ? 'virtual' : 'in person' },
    };
  },
];

const FILLERS: ((r: Rng) => Part[])[] = [
  () => ['وتأسست ', { ent: ORGS[0] }, ' عام 1992 وتضم ست دول أعضاء'],
  (r) => ['وقال مراقبون إن الوضع في ', { ent: pick(r, COUNTRIES) }, ' لا يزال متوترا'],
  (r) => ['وأشار المتحدث إلى أن ', { ent: pick(r, ORGS) }, ' تتابع التطورات عن كثب'],
  () => ['وجاء ذلك ', { date: unresolved() }, ' بحسب مصادر مطلعة'],
];

function addDays(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export interface CorpusOptions {
  count?: number;
  seed?: number;
  /** First publication day (default 2021-06-01). */
  start?: string;
  /** Number of days publication dates spread over (default 400). */
  days?: number;
}

/** A deterministic corpus of Arabic news records. */
export function generateCorpus(opts: CorpusOptions = {}): DocumentRecord[] {
  const count = opts.count ?? 500;
  const r = prng(opts.seed ?? 42);
  const start = opts.start ?? '2021-06-01';
  const days = opts.days ?? 400;
  const docs: DocumentRecord[] = [];
  for (let i = 0; i < count; i++) {
    const published = addDays(start, Math.floor(r() * days));
    const id = `doc-${String(i + 1).padStart(4, '0')}`;
    const b = new DocBuilder(id, published, 'ar', `sputnik/${published}/${id}.html`);
    const nEvents = 1 + Math.floor(r() * 3);
    for (let k = 0; k < nEvents; k++) {
      const roll = r();
      const d: DateSpec | null =
        roll < 0.45 ? day(addDays(published, -Math.floor(r() * 3)))
          : roll < 0.55 ? month(published.slice(0, 7))
            : roll < 0.6 ? { text: 'أمس', value: addDays(published, -1), granularity: 'day', relative: true, anchor: published }
              : null;
      const t = pick(r, TEMPLATES)(r, d);
      b.sentence(t.parts, t.ev);
      if (r() < 0.4) b.sentence(pick(r, FILLERS)(r));
    }
    if (r() < 0.03) b.warnings.push('published date taken from the text');
    docs.push(b.build());
  }
  return docs;
}

// ---------------------------------------------------------------- small fixed corpus

/**
 * Three hand-made documents with known counts, for exact summary assertions:
 * - doc-a (2021-08-23): Putin and Tokayev meet in Moscow on 23 Aug 2021 (CONSULT);
 *   the CSTO deploys in Kazakhstan in Aug 2021 (MOBILIZE).
 * - doc-b (2022-01-06): Tokayev (fuzzy "توكايف") asks the CSTO for troops (REQUEST, date = published);
 *   an unresolved date; an unlinked person; one document warning.
 * - doc-c (no date, language en-mixed "und"): no events, one mention of Kazakhstan.
 */
export function makeSmallCorpus(): DocumentRecord[] {
  const [putin, tokayev] = PEOPLE;
  const [csto] = ORGS;
  const moscow = CITIES[0];
  const kaz = COUNTRIES[1];
  const a = new DocBuilder('doc-a', '2021-08-23', 'ar', 'in/a.txt')
    .sentence(
      [{ trigger: 'التقى' }, ' الرئيس الروسي ', { ent: putin, role: 'الرئيس الروسي' }, ' نظيره الكازاخستاني ', { ent: tokayev }, ' في ', { ent: moscow }, ' ', { date: day('2021-08-23') }],
      { type: 'CONSULT', subtype: 'meet', participants: [putin, tokayev], location: moscow, mode: 'in person' },
    )
    .sentence(
      ['وأعلنت ', { ent: csto }, ' ', { trigger: 'نشر' }, ' قوات في ', { ent: kaz }, ' ', { date: month('2021-08') }],
      { type: 'MOBILIZE', source: [csto], location: kaz, main: false },
    )
    .build();
  const bb = new DocBuilder('doc-b', '2022-01-06', 'ar', 'in/b.txt')
    .sentence(
      [{ trigger: 'طلب' }, ' الرئيس ', { ent: tokayev, text: 'توكايف', method: 'fuzzy', confidence: 0.8 }, ' من ', { ent: csto }, ' إرسال قوات'],
      { type: 'REQUEST', source: [tokayev], recipient: [csto] },
    )
    .sentence(['وقال ', { ent: UNLINKED[0] }, ' إن القرار سيصدر ', { date: unresolved() }]);
  bb.warnings.push('sentence 2: date could not be resolved');
  const b = bb.build();
  const c = new DocBuilder('doc-c', null, 'und', 'in/c.txt').sentence(['Kazakhstan ', { ent: kaz, text: 'كازاخستان' }]).build();
  return [a, b, c];
}

/** A record whose text tries to inject HTML and script. */
export function makeHostileCorpus(): DocumentRecord[] {
  const evil: Ent = {
    id: 'unlinked:PERSON:<img src=x onerror=alert(2)>', type: 'PERSON', name: '<img src=x onerror=alert(2)>',
    name_ar: '<b onmouseover=alert(3)>بوتين</b>', linked: false,
  };
  const place: Ent = { id: 'place:evil', type: 'PLACE', name: '"><svg onload=alert(4)>', name_ar: 'موسكو', kind: 'country', iso3: 'EVL' };
  const b = new DocBuilder('doc-"><script>alert(5)</script>', '2021-09-01', 'ar', 'x</script><script>alert(6)</script>');
  b.sentence(
    ['قال ', { ent: evil }, ' <script>alert(1)</script> ', { trigger: 'التقى' }, ' ', { ent: place }, ' ', { date: day('2021-09-01') }],
    { type: 'CONSULT', source: [evil], location: place },
  );
  b.sentence([{ trigger: '</script><script>alert(7)</script>' }, ' ', { ent: PEOPLE[0] }, ' و', { ent: evil }], {
    type: '<i>EVIL</i>', source: [PEOPLE[0]], recipient: [evil],
  });
  return [b.build()];
}
