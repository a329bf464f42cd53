// Decades: "التسعينيات", "تسعينات القرن الماضي", "في الثمانينيات من القرن العشرين" -> "199", "198".
import type { Cand, Ctx } from '../candidate.js';
import { AnchoredScanner } from '../scan.js';

const TENS: Record<string, number> = { عشرين: 2, ثلاثين: 3, اربعين: 4, خمسين: 5, ستين: 6, سبعين: 7, ثمانين: 8, تسعين: 9 };
const DECADE_RE = /(?<![\p{L}\p{M}])(?<pre>[وفب]?(?:ال)?|لل)(?<dec>عشرين|ثلاثين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين)(?:ي)?ات(?![\p{L}\p{M}])(?: +(?:من +)?(?:ال)?قرن +(?<c>الماضي|المنصرم|العشرين|الحالي|الجاري|الحادي +والعشرين|التاسع +عشر))?/gu;
/** anchored on the decade word ("وال" / "لل" before it) */
const DECADE = new AnchoredScanner(DECADE_RE, '(?:عشرين|ثلاثين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين)ي?ات', 4);

export function parseDecades(ctx: Ctx, out: Cand[]): void {
  const { f } = ctx;
  for (let m = DECADE.first(f); m; m = DECADE.next()) {
    const g = m.groups!;
    const c = g.c?.replace(/ +/g, ' ');
    const century = c === 'الحالي' || c === 'الجاري' || c === 'الحادي والعشرين' ? 20 : c === 'التاسع عشر' ? 18 : 19;
    const pre = g.pre;
    const start = m.index + (pre.length === 1 || (pre.length === 3 && pre.endsWith('ال')) ? 1 : 0);
    out.push({ start, end: m.index + m[0].length, rule: 'decade', kind: 'fixed', calendar: 'gregorian', value: `${century}${TENS[g.dec]}`, granularity: 'decade' });
  }
}
