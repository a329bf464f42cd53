// "أعلنت وزارة الداخلية في طاجيكستان، أمس، أنه تم اعتقال ثلاثة إسلاميين": a state body that announces an act
// only the state's organs carry out (cue list announced_passive_rules: arrests, seizures), told in the
// passive with no agent, announces its own act: it is the source.
import { tokIs } from '../cues.js';
import { pick, type Slots } from '../slots.js';
import { thatSpeaker } from './speech.js';

/** The that-word stands this close before the passive auxiliary ("أنه تم اعتقال"), in tokens. */
const THAT_BEFORE = 2;

export function passiveAnnouncer(ev: Slots): void {
  const { f, k } = ev;
  if (!ev.afterPassive || ev.source.length || !f.sets.announcedPassiveRules?.has(ev.entry.rule)) return;
  const toks = f.doc.toks;
  // the auxiliary is at k - 1; its that-word right before it
  let c = -1;
  // "أنه" is a that-word with its pronoun (the speaker pronouns of roles.json): here it stands for nobody
  for (let i = k - 2; i >= Math.max(f.a, k - 1 - THAT_BEFORE); i--) if (tokIs(toks[i], f.rd.complementizers) || f.rd.speakerPronouns.has(toks[i].f)) { c = i; break; }
  if (c < 0) return;
  const speaker = thatSpeaker(f, c, ev.used);
  if (speaker?.ent.type !== 'ORG' || speaker.ent.kind === undefined || !f.sets.stateKinds?.has(speaker.ent.kind)) return;
  ev.source.push(pick(ev, speaker));
  ev.basis.push('source: the state body that announces the passive act');
}
