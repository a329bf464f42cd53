// Cue words and cue phrases of the trigger lexicon, found at tokens of a sentence.
import type { CueSpan, Doc, Tok } from './doc.js';
import { lexIndex, type CuePhrase } from './words.js';

export type { CueSpan } from './doc.js';

/**
 * The token's word, without its conjunction or without its future prefix, is in the set. Most
 * words have neither (c and v are the word's own string): one lookup then, not three.
 */
export function tokIs(tok: Tok | undefined, set: Set<string> | undefined): boolean {
  if (!tok || !set) return false;
  const { f, w } = tok;
  return set.has(f) || (w.c !== f && set.has(w.c)) || (w.v !== w.c && set.has(w.v));
}

/** Tries phrases (in list order) at token i; the end token of the first that matches, or -1. */
function cueAt(toks: Tok[], i: number, b: number, list: CuePhrase[]): number {
  for (const { p } of list) {
    if (i + p.length > b) continue;
    let ok = true;
    for (let k = 1; k < p.length; k++) if (toks[i + k].f !== p[k]) { ok = false; break; }
    if (ok) return i + p.length;
  }
  return -1;
}

/** The tokens of sentence s whose word starts some cue phrase (about a third of them). */
function cueStarts(doc: Doc, s: number): number[] {
  const [a, b] = doc.sentTok[s];
  const out: number[] = [];
  for (let i = a; i < b; i++) if (doc.toks[i].w.cues !== null) out.push(i);
  return out;
}

const NO_SPANS: readonly CueSpan[] = [];

/**
 * Token indices (first word) of every occurrence of a cue phrase in a sentence. A sentence is
 * searched for many cues: each search visits only the tokens some cue starts at. The rules of each
 * event ask for the same lists again: each is searched once per sentence, and shared (read only).
 */
export function findCue(doc: Doc, s: number, name: string): readonly CueSpan[] {
  const n = lexIndex(doc.lex).cueNo.get(name);
  if (n === undefined) return NO_SPANS;
  const found = (doc.cueSpans[s] ??= []);
  return (found[n] ??= searchCue(doc, s, n));
}

/** Every occurrence of cue list n in sentence s. */
function searchCue(doc: Doc, s: number, n: number): CueSpan[] {
  const out: CueSpan[] = [];
  const b = doc.sentTok[s][1];
  const toks = doc.toks;
  // after a phrase, the next one starts at its end or later
  let next = 0;
  for (const i of (doc.cueStarts[s] ??= cueStarts(doc, s))) {
    const list = i < next ? undefined : toks[i].w.cues![n];
    if (list === undefined) continue;
    const end = cueAt(toks, i, b, list);
    if (end >= 0) { out.push({ at: i, end }); next = end; }
  }
  return out;
}
