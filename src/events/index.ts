// Rule-based event records (PLOVER 0.7 types) from trigger words, entity and date mentions.
//
// The document frame (doc.ts) puts tokens, mentions and dates on one token grid. In each sentence
// the trigger words are found and grouped (triggers.ts), the sentence frame gathers what the
// events share (frame.ts: places, actors, dates, cue phrases), and each trigger group is filled in
// by the role rules in ROLES order (roles/*.ts). The STORY steps then work on the article: the
// main event, what other events take from it, the one-a-story filter, confidence (story/*.ts).
import type { CountryInfo } from '../entities/index.js';
import type { AnalyzedText } from '../text/analyze.js';
import type { EventRecord } from '../types.js';
import { loadCountries, type Countries } from './countries.js';
import { prepare, type Doc, type EventContext } from './doc.js';
import { sentenceFrame, type Frame } from './frame.js';
import { loadLexicon } from './lexicon/load.js';
import type { CompiledLexicon } from './lexicon/types.js';
import { rawEvent, setEventId, type Raw } from './record.js';
import { anaphora } from './roles/anaphora.js';
import { objectPronoun } from './roles/objectPronoun.js';
import { reciprocalSides } from './roles/reciprocal.js';
import { eventDate } from './roles/date.js';
import { evaluated } from './roles/evaluated.js';
import { obligation } from './roles/obligation.js';
import { eventLocation } from './roles/location.js';
import { attackedPlace } from './roles/attackedPlace.js';
import { leftPlace } from './roles/leftPlace.js';
import { meetingCueRoles, meetingParticipants } from './roles/participants.js';
import { passiveSides } from './roles/passiveSides.js';
import { preverbalSubject } from './roles/preverbal.js';
import { unnamedSubject } from './roles/unnamedSubject.js';
import { addressee, addresseeBeforeNoun } from './roles/addressee.js';
import { betweenSides } from './roles/between.js';
import { imposedOn } from './roles/imposedOn.js';
import { stateActs } from './roles/stateActs.js';
import { protestedState } from './roles/protestedState.js';
import { placeConcerned } from './roles/placeConcerned.js';
import { apposition } from './roles/apposition.js';
import { borderNeighbour } from './roles/borderNeighbour.js';
import { partakers } from './roles/partakers.js';
import { clashSides } from './roles/clashSides.js';
import { coordinatedSides } from './roles/coordinatedSides.js';
import { circumstantialPlace } from './roles/circumstantialPlace.js';
import { conjoinedPlace } from './roles/conjoinedPlace.js';
import { invitationHost } from './roles/invitation.js';
import { hostVenue } from './roles/hostVenue.js';
import { relativeClauseSource } from './roles/relativeClause.js';
import { severalSides } from './roles/severalSides.js';
import { subjectRole } from './roles/subjectRole.js';
import { fromSource } from './roles/fromSource.js';
import { answeredRequest, askedAct, askedActStatus, rememberRequest } from './roles/requested.js';
import { deniedAccusation, rememberAccusation } from './roles/deniedAccusation.js';
import { findRecipient, visitHost } from './roles/recipient.js';
import { agentSource, dualVerb, rememberSides, sidesOfEventBefore, source } from './roles/source.js';
import { background, eventStatus } from './roles/status.js';
import { newSlots, type Role } from './slots.js';
import { cityOfCountry, cityOfLead } from './story/city.js';
import { completeEvents } from './story/complete.js';
import { placeOfMeeting } from './story/meetingPlace.js';
import { fullerReport } from './story/fullerReport.js';
import { scoreConfidences } from './story/confidence.js';
import { fullerLeadReport, placeFromLead } from './story/lead.js';
import { sidesFromLaterReport } from './story/laterReport.js';
import { decidedAtMeeting } from './story/decidedAt.js';
import { mainDefaults, mainEvent } from './story/main.js';
import { datelineOfReport } from './story/datelineReport.js';
import { meetingSides } from './story/meetingSides.js';
import { unnamedAuthorities } from './story/authorities.js';
import { electionResults } from './story/election.js';
import { gatheringHosts } from './story/gatheringHost.js';
import { keepOneAStory } from './story/oneAStory.js';
import { dropMentionedMeetings } from './story/mentionedMeetings.js';
import { occasionOfSentenceBefore } from './story/occasion.js';
import type { Story, StoryStep } from './story/story.js';
import { triggerHits, type Group } from './triggers.js';
import { reportedAccusation, type Derived } from './derived/reportedAccusation.js';
import { invitation } from './derived/invitation.js';
import { stayedAway } from './derived/stayedAway.js';
import { passiveAnnouncer } from './roles/passiveAnnouncer.js';
import { opponents } from './roles/opponents.js';
import { countedPatients } from './roles/countedPatients.js';
import { ownLosses } from './roles/ownLosses.js';

export type { EventContext } from './doc.js';
export { loadCountries, type Countries } from './countries.js';
export { loadLexicon } from './lexicon/load.js';
export { QUAD_CLASS, PLOVER_TYPES } from './lexicon/types.js';
export { lexiconProblems, readLexiconFile } from './lexicon/validate.js';

export interface EventEngineOptions {
  /** Extra trigger lexicon files given with --triggers. */
  lexicons?: string[];
  /** The entity engine's country table (built-in and --gazetteer countries); by default the built-in gazetteers'. */
  countries?: Map<string, CountryInfo>;
}

export interface EventEngine {
  extract(t: AnalyzedText, ctx: EventContext): EventRecord[];
}

/** The rules that fill in an event, in order: each may rely on what the ones before it found. */
export const ROLES: readonly Role[] = [
  meetingCueRoles, invitationHost, evaluated, obligation, objectPronoun, agentSource, passiveAnnouncer, passiveSides, dualVerb, preverbalSubject, relativeClauseSource, fromSource, countedPatients, unnamedSubject, source, opponents, apposition, subjectRole, askedAct, answeredRequest, betweenSides, addressee, addresseeBeforeNoun, findRecipient, deniedAccusation, reciprocalSides, clashSides, ownLosses, eventLocation, attackedPlace, leftPlace, hostVenue, visitHost, imposedOn, stateActs, protestedState, placeConcerned, borderNeighbour, anaphora,
  meetingParticipants, severalSides, partakers, eventStatus, askedActStatus, background, eventDate, sidesOfEventBefore, conjoinedPlace, circumstantialPlace, rememberSides, rememberRequest, rememberAccusation,
  // after rememberSides: the next events of the sentence go on with all the signers as their subject
  coordinatedSides,
];

/** The rules that derive events from a sentence's events ("قالت X إن Y هاجم": X accuses Y; "لن يشارك X في قمة": X stays away). */
export const DERIVED: readonly Derived[] = [reportedAccusation, invitation, stayedAway];

/** The steps of the story level, in order. */
export const STORY: readonly StoryStep[] = [decidedAtMeeting, occasionOfSentenceBefore, placeFromLead, sidesFromLaterReport, cityOfCountry, mainDefaults, completeEvents, placeOfMeeting, datelineOfReport, gatheringHosts, unnamedAuthorities, electionResults, keepOneAStory, dropMentionedMeetings, cityOfLead, meetingSides, fullerReport, scoreConfidences];

/** Loads, validates and compiles the built-in and user trigger lexicons once per process. */
export function loadEventEngine(options: EventEngineOptions = {}): EventEngine {
  const lex = loadLexicon(options.lexicons ?? []);
  const countries = loadCountries(options.countries);
  return { extract: (t, ctx) => extractEvents(lex, t, ctx, countries) };
}

export function extractEvents(lex: CompiledLexicon, t: AnalyzedText, ctx: EventContext, countries: Countries = loadCountries()): EventRecord[] {
  if (!t.tokens.length) return [];
  const doc = prepare(lex, countries, t, ctx);
  const raws: Raw[] = [];
  for (let s = 0; s < t.sentences.length; s++) {
    const r = sentenceEvents(doc, s);
    for (const x of r) raws.push(x);
  }
  const headline = mainEvent(raws);
  if (!headline) return [];
  const main = fullerLeadReport(doc, raws, headline);
  const story: Story = { doc, raws, main, events: [] };
  for (const step of STORY) step(story);
  for (const e of story.events) setEventId(e);
  return story.events;
}

const NO_EVENTS: Raw[] = [];

function sentenceEvents(doc: Doc, s: number): Raw[] {
  const [a, b] = doc.sentTok[s];
  // most sentences have no trigger word at all
  const hits = triggerHits(doc, s, a, b);
  if (!hits.length) return NO_EVENTS;
  const f = sentenceFrame(doc, s, hits);
  const out: Raw[] = [];
  for (const g of f.groups) out.push(groupEvent(f, g));
  for (const derive of DERIVED) for (const r of derive(f, out)) out.push(r);
  return out;
}

/** One event record from a trigger group: the ROLES fill it in. */
function groupEvent(f: Frame, g: Group): Raw {
  const ev = newSlots(f, g);
  for (const role of ROLES) role(ev);
  return rawEvent(ev);
}
