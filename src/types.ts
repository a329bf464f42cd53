// The record shapes csto-extract writes. src/schema/document.schema.json is the
// JSON Schema of DocumentRecord; keep both in step.

export type EntityType = 'PERSON' | 'PLACE' | 'ORG';

/** How a mention was found, from most to least certain. */
export type MatchMethod = 'exact' | 'clitic' | 'nisba' | 'fuzzy' | 'pattern' | 'coreference' | 'description' | 'coordination';

export interface Mention {
  text: string;
  start: number;
  end: number;
  sentence: number;
  method: MatchMethod;
  confidence: number;
  /** Title or role the text gives the mention ("رئيس وزراء أرمينيا"). */
  role?: string;
}

export interface EntityRecord {
  /** Gazetteer id when linked, else `unlinked:<type>:<folded name>`. */
  id: string;
  type: EntityType;
  name: string;
  name_ar: string;
  /** Other English names of a gazetteer entry, when it has any. */
  aliases_en?: string[];
  linked: boolean;
  country?: string;
  iso3?: string;
  kind?: string;
  /** The gazetteer id of the organisation this body belongs to (the CSTO's councils: org:csto). */
  parent?: string;
  mentions: Mention[];
}

export type Granularity = 'day' | 'month' | 'year' | 'week' | 'time' | 'duration' | 'decade';

export interface DateMention {
  text: string;
  start: number;
  end: number;
  sentence: number;
  /** ISO 8601 value (2021-08-23, 2021-10, 2021, 2021-W43, 2021-08-23T15:22, P5Y) or null. */
  value: string | null;
  granularity: Granularity;
  resolved: boolean;
  /** For relative and year-less dates: the ISO date they were resolved against. */
  anchor?: string;
  relative?: boolean;
  calendar: 'gregorian' | 'hijri';
  /** For Hijri dates, the Hijri reading ("1445-10-24"). */
  hijri?: string;
  /** Which rule produced it, for auditing. */
  rule: string;
}

export interface Span {
  text: string;
  start: number;
  end: number;
}

export interface EventActor {
  entity: string;
  name: string;
  type: EntityType;
  role?: string;
  /** Whom the actor acts for: the state or organisation a person's title names, a capital's state. */
  affiliation?: { entity: string; name: string };
  country?: string;
  iso3?: string;
  /** 'sentence' when named in the event's sentence, otherwise where it came from. */
  basis: string;
}

export interface EventRecord {
  id: string;
  doc: string;
  type: string;
  quad_class: string;
  subtype: string;
  context: string[];
  rule: string;
  trigger: Span;
  sentence: Span & { index: number };
  date: { value: string | null; granularity: string | null; text?: string; basis: string } | null;
  date_precision: string | null;
  date_basis: string | null;
  /** `country_name`: the country a city, province or region of one country lies in. */
  location: { entity: string; name: string; country?: string; country_name?: string; iso3?: string; text?: string; basis: string } | null;
  mode: 'in person' | 'virtual' | null;
  source: EventActor[];
  recipient: EventActor[];
  participants: EventActor[];
  chair: EventActor[];
  invited: EventActor[];
  status: 'reported' | 'planned' | 'negated';
  confidence: number;
  main: boolean;
  basis: string[];
  cluster?: string;
  num_mentions?: number;
  num_articles?: number;
  representative?: boolean;
}

export interface DocumentRecord {
  id: string;
  source: string;
  encoding: string;
  language: string;
  published: string | null;
  published_basis: string | null;
  text_length: number;
  sentences: number;
  entities: EntityRecord[];
  dates: DateMention[];
  events: EventRecord[];
  warnings: string[];
}

/** A document as read from the corpus, before analysis. */
export interface InputDocument {
  id: string;
  source: string;
  text: string;
  encoding: string;
  /** Date supplied from outside (NDJSON `published` or --ref-date). */
  published?: string | null;
  /** Offsets in `text` are offsets into this string when the input was HTML. */
  format?: 'text' | 'html';
  /** Problems met while reading it (bad bytes), carried into the record's warnings. */
  warnings?: string[];
}
