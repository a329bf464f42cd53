// "الرئيس X Y", "رئيس وزراء أرمينيا X Y": a title gives a person their role, or finds an unknown person.
import { keyTokens } from '../../text/normalize.js';
import type { Compiled, TrieNode } from '../compile.js';
import { addHit, inSet, removeHit, type Ctx } from '../context.js';
import { mayReach, similarity } from '../fuzzy.js';
import { isNameToken } from '../names.js';

const GAP_TO_NAME = /^[ ,\-:"']*$/;

/** "الرئيس X Y", "رئيس وزراء أرمينيا X Y", "وزير خارجية طاجيكستان - X Y": roles and unknown people. */
export function titlePatterns(ctx: Ctx): void {
  const n = ctx.toks.length;
  for (let i = 0; i < n; i++) {
    if (ctx.covered[i] >= 0) continue;
    const ti = titleAt(ctx, i);
    if (ti) i = titledPerson(ctx, i, ti);
  }
}

/** The title's last token, past the words and known places and organisations that belong to it. */
export function titleExtent(ctx: Ctx, tj: number): { j: number; complement: boolean } {
  const { c, t, toks, covered, hits, join } = ctx;
  const n = toks.length;
  let j = tj;
  let complement = false;
  for (;;) {
    const nx = j + 1;
    if (nx >= n || toks[nx].sentence !== toks[j].sentence) break;
    const gap = t.text.slice(toks[j].end, toks[nx].start);
    if (!/^[ "']*$/.test(gap) && gap !== '-') break;
    // "الأمين العام لـ «مجلس الأمن الأرمني»": the genitive's ل written apart (its tatweel normalised away)
    if (toks[nx].f === 'ل' && nx + 1 < n && toks[nx + 1].sentence === toks[nx].sentence && covered[nx + 1] >= 0 &&
        /^[ "']*$/.test(t.text.slice(toks[nx].end, toks[nx + 1].start))) {
      j = nx;
      continue;
    }
    // "السفيرة الأمريكية في قرغيزستان", "السفير الروسي لدى كازاخستان": the known place or body of the office
    if (c.officePrepositions.has(toks[nx].f) && nx + 1 < n && join[nx] && covered[nx + 1] >= 0 && hits[covered[nx + 1]].ti === nx + 1) {
      const h = hits[covered[nx + 1]];
      const type = h.entry >= 0 ? c.entries.get(h.entry).type : h.unknown?.type;
      if (type !== 'PERSON') { j = h.tj; complement = true; continue; }
    }
    const k = covered[nx];
    if (k >= 0) {
      const h = hits[k];
      const type = h.entry >= 0 ? c.entries.get(h.entry).type : h.unknown?.type;
      if (type === 'PERSON' || h.ti !== nx) break;
      j = h.tj; complement = true; continue;
    }
    if (inSet(ctx, toks[nx].f, c.complements)) { j = nx; continue; }
    break;
  }
  return { j, complement };
}

/** The person named after the title that starts at token i; returns the token to go on after. */
function titledPerson(ctx: Ctx, i: number, ti: { tj: number; cut: number; key: string }): number {
  const { c, t, toks, covered, hits } = ctx;
  const n = toks.length;
  const roleStart = toks[i].start + ti.cut;
  const { j, complement } = titleExtent(ctx, ti.tj);
  let roleEnd = toks[j].end;
  // keep a quoted name inside the role whole: الأمين العام لمنظمة "معاهدة الأمن الجماعي"
  if (countQuotes(t.text, roleStart, roleEnd) % 2 === 1 && t.text[roleEnd] === '"') roleEnd++;
  // the name: after a space, comma, dash or colon
  const a = j + 1;
  const gap = a < n ? t.text.slice(toks[j].end, toks[a].start) : '';
  if (a >= n || toks[a].sentence !== toks[j].sentence || !GAP_TO_NAME.test(gap)) return j;
  // "زعيم حزب "أتا ميكن" الاشتراكي عمر بيك تيكيباييف": a quoted name right after an organisation's noun is the
  // organisation's (entities/passes/orgPatterns.ts), not the person's
  if (/["']/.test(gap) && inSet(ctx, toks[j].f, c.orgTriggers)) return j;
  if (covered[a] < 0 && titleAt(ctx, a)) return j; // a chain of titles: the next one takes over
  const role = t.span(roleStart, roleEnd).text;
  const k0 = covered[a];
  if (k0 >= 0) {
    const h = hits[k0];
    if (h.ti === a && h.entry >= 0 && c.entries.get(h.entry).type === 'PERSON') { h.role ??= role; return h.tj; }
    if (h.ti === a && h.unknown?.type === 'PERSON') { h.role ??= role; return h.tj; }
    return j;
  }
  // unknown words up to a known person: "فلاديمير فلاديميروف بوتين" joins Putin
  const names: number[] = [];
  let count = 0;
  let linked = -1;
  for (let x = a; x < n; x++) {
    if (x > a && (!ctx.join[x - 1] || toks[x].sentence !== toks[a].sentence)) break;
    const k = covered[x];
    if (k >= 0) {
      const h = hits[k];
      if (h.ti === x && h.entry >= 0 && c.entries.get(h.entry).type === 'PERSON' && names.length) linked = k;
      break;
    }
    if (!isNameToken(ctx, x, x === a)) break;
    const part = c.nameParts.has(toks[x].f);
    if (!part) count++;
    if (count > 3) break;
    names.push(x);
  }
  if (linked >= 0) return namesBeforePerson(ctx, names, linked, role, j);
  if (!names.length) return j;
  // trailing name parts are not names on their own ("... عبد")
  while (names.length > 1 && c.leadingNameParts.has(toks[names[names.length - 1]].f)) names.pop();
  const realCount = names.filter((x) => !c.nameParts.has(toks[x].f)).length;
  const weak = !complement && c.weakTitles.has(ti.key);
  // one word after a title, not in the gazetteer, is rarely a name ("الرئيس التركماني توفي", "وزير خارجية الهند، ويحلُّ")
  if (realCount < (weak ? 2 : 1) || names.length < 2) return j;
  const b = names[names.length - 1];
  const surface = t.span(toks[a].start, toks[b].end).text;
  const key = names.map((x) => toks[x].f).join(' ');
  addHit(ctx, {
    ti: a, tj: b, s: toks[a].start, e: toks[b].end, entry: -1, kind: 'pattern', method: 'pattern', confidence: 0.6, role,
    unknown: { type: 'PERSON', key, surface },
  });
  return b;
}

/**
 * Unknown words between a title and a known person (hit `linked`): from the first that looks
 * like one of the person's names they join the person; given names a person known by surname
 * does not have make another person of that name. Returns the token to go on after.
 */
function namesBeforePerson(ctx: Ctx, names: number[], linked: number, role: string, j: number): number {
  const { c, t, toks, covered, hits } = ctx;
  const a = names[0];
  const known = nameTokens(c, hits[linked].entry);
  const from = names.findIndex((x) => known.some((w) => nameLike(toks[x].f, w)));
  const h = hits[linked];
  if (from !== 0 && (h.kind === 'surname' || h.kind === 'short')) {
    // "رجب علي رحمان" is not Emomali Rahmon, "مهر غريغوريان" not Armen Grigoryan
    const b = h.tj;
    removeHit(ctx, linked);
    const surface = t.span(toks[a].start, toks[b].end).text;
    const key = [...names, ...Array.from({ length: b - h.ti + 1 }, (_, d) => h.ti + d)].map((x) => toks[x].f).join(' ');
    addHit(ctx, {
      ti: a, tj: b, s: toks[a].start, e: toks[b].end, entry: -1, kind: 'pattern', method: 'pattern', confidence: 0.6, role,
      unknown: { type: 'PERSON', key, surface },
    });
    return b;
  }
  if (from < 0) return j;
  const joined = names.slice(from);
  for (const x of joined) covered[x] = linked;
  h.ti = joined[0]; h.s = toks[joined[0]].start; h.role ??= role;
  if (h.method === 'coreference' || h.kind === 'surname' || h.kind === 'short') h.method = 'exact';
  return h.tj;
}

/** Title words at token i: end token of the title, or -1. */
export function titleAt(ctx: Ctx, i: number): { tj: number; cut: number; key: string } | null {
  const { toks, join } = ctx;
  const starts = toks[i].w.title;
  if (starts === null) return null;
  let best: { tj: number; cut: number; key: string } | null = null;
  for (const v of starts) {
    let node: TrieNode | undefined = v.node;
    let j = i;
    let key = v.key;
    while (node) {
      if (node.pays && (!best || j > best.tj)) best = { tj: j, cut: v.cut, key };
      if (!node.next || j + 1 >= toks.length || !join[j]) break;
      node = node.next.get(toks[j + 1].f);
      j++;
      key += ' ' + toks[j].f;
    }
  }
  return best;
}

function countQuotes(s: string, a: number, b: number): number {
  let q = 0;
  for (let i = a; i < b; i++) if (s.charCodeAt(i) === 34) q++;
  return q;
}

const nameTokenCache = new WeakMap<Compiled, Map<number, string[]>>();
/** Folded words of every Arabic name of an entry. */
function nameTokens(c: Compiled, entry: number): string[] {
  let m = nameTokenCache.get(c);
  if (!m) nameTokenCache.set(c, (m = new Map()));
  let l = m.get(entry);
  if (!l) {
    const e = c.entries.get(entry);
    l = [...new Set([e.name_ar, ...(e.aliases ?? []), ...(e.short ?? [])].filter((x): x is string => !!x).flatMap(keyTokens))];
    m.set(entry, l);
  }
  return l;
}

/** Two spellings of one name word ("إيمان" and "إيمانغالي", "فلاديميروف" and "فلاديميروفيتش"). */
function nameLike(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length >= 3 && b.length >= 3 && (a.startsWith(b) || b.startsWith(a))) return true;
  return a.length >= 3 && mayReach(a, b, 0.8) && similarity(a, b) >= 0.8;
}
