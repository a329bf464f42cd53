// "ويدعى يعقوب جوني يوسفزود", "بقيادة أزارخان بن سيد عمر", "وزوجته بنغ لي يوان": a word that says a name follows
// without giving a title (data/entities/patterns.json: name_cues) finds an unknown person of two words or more.
import { addHit, type Ctx } from '../context.js';
import { isNameToken, nameKey, nameWordCount } from '../names.js';

/** At most this many words of a name, its parts (عبد, الدين) not counted. */
const MAX_NAME_WORDS = 3;

export function namesAfterCues(ctx: Ctx): void {
  const { c, t, toks, covered, join } = ctx;
  for (let i = 0; i + 2 < toks.length; i++) {
    // the cue words are looked up once per word (words.ts nameCue), not at every token
    if (covered[i] >= 0 || !toks[i].w.nameCue || !join[i]) continue;
    let b = i, real = 0;
    for (let x = i + 1; x < toks.length && toks[x].sentence === toks[i].sentence && covered[x] < 0 && isNameToken(ctx, x, x === i + 1); x++) {
      if (!c.nameParts.has(toks[x].f) && ++real > MAX_NAME_WORDS) break;
      b = x;
      if (!join[x]) break;
    }
    // trailing name parts are not names on their own ("... عبد")
    while (b > i + 1 && c.leadingNameParts.has(toks[b].f)) b--;
    if (nameWordCount(ctx, i + 1, b) < 2) continue;
    const surface = t.span(toks[i + 1].start, toks[b].end).text;
    addHit(ctx, {
      ti: i + 1, tj: b, s: toks[i + 1].start, e: toks[b].end, entry: -1, kind: 'pattern', method: 'pattern', confidence: 0.6,
      unknown: { type: 'PERSON', key: nameKey(ctx, i + 1, b), surface },
    });
    i = b;
  }
}
