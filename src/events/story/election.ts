// "أعلنت اللجنة الانتخابية في تركمانستان فوز بردي محمدوف", "فاز لوكاشينكو بولاية سابعة ... وفق أرقام أعلنتها لجنة
// الانتخابات المركزية": an election's result. The one elected is its recipient, whichever field the sentence's
// rules put him in ("جينبيكوف يتجه للفوز بانتخابات الرئاسة بقرغيزستان"); the election commission the article
// names declares it, else no one does: not a speaker, a congratulating leader or the state. Its place, when the
// sentence names none, is the country of the one elected. So too for one sworn in ("أدى سردار بردي محمدوف اليمين
// الدستورية رئيسا"), whom no commission declares; and one who resigns ("قدم نزارباييف استقالته") leaves office in his
// country. The main one takes the city of that country the lead names.
import { actorOf } from '../actors.js';
import { hostCountry, locFromMention, type Ment } from '../doc.js';
import type { EventActor } from '../../types.js';
import { setLocation, type Raw } from '../record.js';
import { cityOfCountry } from './city.js';
import type { Story } from './story.js';

/** The state body of data/entities/state_bodies.json that runs elections. */
const COMMISSION = 'org:central-election-commission:';

/** The trigger subtypes of one coming to office: an election's result and an oath of office. */
export const INTO_OFFICE = new Set(['election', 'taking office']);
/** The trigger subtype of one leaving office. */
const OUT_OF_OFFICE = 'resignation';

export function electionResults(st: Story): void {
  const { doc } = st;
  let commissions: Ment[] | null = null;
  for (const r of st.raws) {
    const e = r.rec;
    // "قدم رئيس كازاخستان نور سلطان نزارباييف استقالته": one who leaves office leaves it in his country too
    const leaver = e.subtype === OUT_OF_OFFICE ? e.source.find((a) => a.type === 'PERSON') : undefined;
    if (leaver) placeInOwnCountry(st, r, leaver, 'the one who resigns');
    if (!INTO_OFFICE.has(e.subtype)) continue;
    const winner = e.recipient.find((a) => a.type === 'PERSON') ?? e.source.find((a) => a.type === 'PERSON');
    if (!winner) continue;
    commissions ??= firstMentions(doc.ments.filter((m) => m.ent.id.startsWith(COMMISSION)));
    const body = e.subtype !== 'election' ? undefined : commissions.find((m) => m.ent.country === winner.country) ?? (commissions.length === 1 ? commissions[0] : undefined);
    e.recipient = [winner];
    e.source = body ? [actorOf(doc, body, body.sentence === e.sentence.index ? 'sentence' : `sentence ${body.sentence}`)] : [];
    if (body) e.basis.push(`source: the election commission (${body.ent.name})`);
    placeInOwnCountry(st, r, winner, 'the one elected');
  }
}

/** A record with no place of its own takes the country of the person it brings into or out of office; the main one the city of it the lead names. */
function placeInOwnCountry(st: Story, r: Raw, person: EventActor, who: string): void {
  const e = r.rec;
  if (e.location || !person.country) return;
  const host = hostCountry(st.doc, person.country, e.sentence.index, `the country of ${who}`);
  if (!host) return;
  setLocation(e, locFromMention(st.doc, host, `the country of ${who}`, host.t0, r.tok.i), `location: the country of ${who}`);
  // "أقسم ... اليمين" ... "وجرى حفل تنصيب الرئيس في قصر فخم في وسط عشق آباد": the city the lead names
  if (r === st.main) cityOfCountry(st);
}

/** Each entity's first mention. */
function firstMentions(ments: Ment[]): Ment[] {
  const first = new Map<string, Ment>();
  for (const m of ments) if (!first.has(m.ent.id)) first.set(m.ent.id, m);
  return [...first.values()];
}
