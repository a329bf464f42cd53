// The status of an event (reported, planned, negated), and background clauses.
import { tokIs } from '../cues.js';
import { commaBetween, type Doc } from '../doc.js';
import { near } from '../frame.js';
import type { TriggerEntry } from '../lexicon/types.js';
import type { Slots } from '../slots.js';
import { wordsBetween } from '../triggers.js';
import { speechVerbAt } from './speech.js';

/**
 * Negated by a negation word just before a trigger, or before the support verb that carries it
 * ("ولم تشارك القوات الأرمينية في المناورات"); planned by a future marker near one. A light word
 * after the head negates only itself ("انطلق الاجتماع دون مشاركة وزير خارجية أرمينيا": the meeting was held).
 */
export function eventStatus(ev: Slots): void {
  const { f, g, carrier } = ev;
  const all = [g.head, ...g.extra];
  const { negation, future } = f.sets;
  const negates = all.filter((h) => !h.hit.entry.light || h.k <= g.head.k);
  if (negates.some((h) => near(f, negation, h.k - 2, h.k - 1)) || (carrier >= 0 && near(f, negation, carrier - 2, carrier - 1)) || denied(ev)) ev.status = 'negated';
  else if (all.some((h) => h.hit.future) || all.some((h) => near(f, future, h.k - 3, h.k + 3))) ev.status = 'planned';
  else ev.status = 'reported';
}

/** A denial takes the act after it as its object this close, in words, a name one ("نفت مصادر دبلوماسية روسية طرح مسألة نشر قوات"). */
const DENIED_OBJECT = 6;

/**
 * The act a denial (cue list denial_rules) right before it in its clause denies ("ينفي تقديم أكاييف لاستقالته", "نفى
 * وجود أي اتفاق"): no comma, speech verb or other trigger word between. An accusation denied was made all the same.
 */
function denied(ev: Slots): boolean {
  const { f, k, entry } = ev;
  const rules = f.sets.denialRules;
  if (!rules || entry.type === 'ACCUSE' || rules.has(entry.rule)) return false;
  const toks = f.doc.toks;
  return f.groups.some((d) => {
    const j = d.head.k;
    if (j >= k || !rules.has(d.head.hit.entry.rule) || wordsBetween(f.doc, f.s, j, k) > DENIED_OBJECT) return false;
    if (commaBetween(f.doc, toks[j].end, toks[k].start)) return false;
    for (let i = j + 1; i < k; i++) if (toks[i].w.trig !== undefined || speechVerbAt(f, i)) return false;
    return true;
  });
}

/** A background word just before the trigger, or an earlier one of its kind ("الاجتماع السابق"): what happened before the story. */
export function background(ev: Slots): void {
  const { f, k } = ev;
  ev.background = near(f, f.sets.background, k - 3, k - 1) || earlierOfKind(f.doc, ev.entry, k);
}

/** A noun trigger with a word of the cue list earlier right after it ("الاجتماع السابق", "القمة الماضية"). */
export function earlierOfKind(doc: Doc, entry: TriggerEntry, k: number): boolean {
  const next = doc.toks[k + 1];
  return entry.pos === 'noun' && next?.sentence === doc.toks[k].sentence && tokIs(next, doc.sets.earlier);
}
