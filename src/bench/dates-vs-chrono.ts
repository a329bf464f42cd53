// Compares our date extraction with chrono-node's Arabic locale on the seed articles,
// scored with the gold file's date rule: a gold date is found when a system date whose
// folded text shares at least half the tokens of the gold text has the gold value (for a
// null gold value: there are such dates and all are unresolved).
//   node dist/bench/dates-vs-chrono.js [GOLD.json]   (default ../shared/gold/seeds.gold.json)
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as chrono from 'chrono-node';
import { extractDates } from '../dates/index.js';
import { foldAr, sharesHalf } from '../eval/score.js';
import { PACKAGE_ROOT } from '../paths.js';
import { analyze } from '../text/analyze.js';

interface GoldDate { text: string; value: string | null; optional?: boolean }
interface GoldDoc { published: string | null; dates?: GoldDate[] }
interface SysDate { text: string; value: string | null; resolved?: boolean }

function found(g: GoldDate, sys: SysDate[]): boolean {
  const gt = foldAr(g.text);
  const cands = sys.filter((d) => sharesHalf(foldAr(d.text), gt));
  return g.value === null
    ? cands.length > 0 && cands.every((d) => d.value === null || d.resolved === false)
    : cands.some((d) => String(d.value) === g.value);
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
function chronoDates(text: string, ref: string | null): SysDate[] {
  const refDate = ref ? new Date(`${ref}T12:00:00Z`) : new Date();
  return chrono.ar.parse(text, refDate).map((r) => {
    const s = r.start;
    const y = s.get('year'), m = s.get('month'), d = s.get('day');
    let value: string | null = null;
    if (y !== null && m !== null && d !== null) {
      value = s.isCertain('day') || !s.isCertain('month') ? `${pad(y, 4)}-${pad(m)}-${pad(d)}` : `${pad(y, 4)}-${pad(m)}`;
      if (!s.isCertain('day') && !s.isCertain('month') && s.isCertain('year')) value = String(y);
    }
    return { text: r.text, value, resolved: value !== null };
  });
}

function main(): void {
  const goldPath = resolve(process.cwd(), process.argv[2] ?? '../shared/gold/seeds.gold.json');
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { docs: Record<string, GoldDoc> };
  const seedsDir = join(PACKAGE_ROOT, 'seeds');
  const files = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
  const score = { ours: { ok: 0, pubOk: 0 }, chrono: { ok: 0, pubOk: 0 } };
  let total = 0, pubTotal = 0;
  const misses: string[] = [];
  for (const file of files) {
    const id = file.replace(/\.txt$/, '');
    const g = gold.docs[id];
    if (!g) continue;
    const text = readFileSync(join(seedsDir, file), 'utf8');
    const ours = extractDates(analyze(text));
    const theirs = chronoDates(text, g.published);
    pubTotal++;
    if (ours.published === g.published) score.ours.pubOk++;
    for (const gd of g.dates ?? []) {
      if (gd.optional) continue;
      total++;
      if (found(gd, ours.dates)) score.ours.ok++; else misses.push(`ours   ${id} ${gd.text} -> ${gd.value}`);
      if (found(gd, theirs)) score.chrono.ok++; else misses.push(`chrono ${id} ${gd.text} -> ${gd.value}`);
    }
  }
  const row = (name: string, ok: number, pub: string): string =>
    `${name.padEnd(22)} ${`${ok}/${total}`.padStart(8)} ${(total ? ok / total : 0).toFixed(3).padStart(7)}   ${pub}`;
  console.log(`${'system'.padEnd(22)} ${'found'.padStart(8)} ${'score'.padStart(7)}   published`);
  console.log(row('csto-extract dates', score.ours.ok, `${score.ours.pubOk}/${pubTotal} (from the text)`));
  console.log(row('chrono-node ar', score.chrono.ok, 'n/a (given the gold date as reference)'));
  if (process.argv.includes('--verbose')) for (const m of misses) console.log('  missed', m);
}

main();
