// Calendar arithmetic on UTC day numbers, ISO formatting and the Umm al-Qura
// Hijri conversion (through Intl's islamic-umalqura calendar).

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for a Gregorian date. */
export const dayNumber = (y: number, m: number, d: number): number => Math.round(Date.UTC(y, m - 1, d) / DAY_MS);

export function fromDayNumber(n: number): { y: number; m: number; d: number } {
  const dt = new Date(n * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
export const isoDay = (y: number, m: number, d: number): string => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
export const isoMonth = (y: number, m: number): string => `${pad(y, 4)}-${pad(m)}`;

export const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
export const isValidDate = (y: number, m: number, d: number): boolean =>
  Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);

/** 0 = Sunday ... 6 = Saturday. */
export const weekdayOf = (n: number): number => (((n + 4) % 7) + 7) % 7;

/** ISO 8601 week ("2021-W43") of a day number. */
export function isoWeek(n: number): string {
  const wd = (weekdayOf(n) + 6) % 7; // Monday = 0
  const thursday = n - wd + 3;
  const { y } = fromDayNumber(thursday);
  const week = Math.floor((thursday - dayNumber(y, 1, 1)) / 7) + 1;
  return `${y}-W${pad(week)}`;
}

/** Parses YYYY-MM-DD (or a longer ISO string) to a day number; null if not a date. */
export function parseIsoDay(s: string | null | undefined): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s ?? '');
  if (!m) return null;
  const y = +m[1], mo = +m[2], d = +m[3];
  return isValidDate(y, mo, d) ? dayNumber(y, mo, d) : null;
}

export function addMonths(y: number, m: number, k: number): { y: number; m: number } {
  const t = y * 12 + (m - 1) + k;
  return { y: Math.floor(t / 12), m: (t % 12) + 1 };
}

// --- Hijri (Umm al-Qura) ---------------------------------------------------

/** Made when first needed: loading ICU's Islamic calendar costs ≈ 30 ms of start-up, and most articles give no Hijri date. */
let hijriFormat: Intl.DateTimeFormat | null = null;

/** Umm al-Qura reading of a day number. */
export function toHijri(n: number): { y: number; m: number; d: number } {
  let y = 0, m = 0, d = 0;
  hijriFormat ??= new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { timeZone: 'UTC', day: 'numeric', month: 'numeric', year: 'numeric' });
  for (const p of hijriFormat.formatToParts(new Date(n * DAY_MS))) {
    if (p.type === 'year') y = parseInt(p.value, 10);
    else if (p.type === 'month') m = parseInt(p.value, 10);
    else if (p.type === 'day') d = parseInt(p.value, 10);
  }
  return { y, m, d };
}

const EPOCH = dayNumber(622, 7, 19); // 1 Muharram 1 AH (approximately)
const monthStartCache = new Map<number, number | null>();

/** Day number of the first day of a Hijri month (searched around an arithmetic estimate). */
export function hijriMonthStart(hy: number, hm: number): number | null {
  const key = hy * 12 + hm;
  const hit = monthStartCache.get(key);
  if (hit !== undefined) return hit;
  let n = EPOCH + Math.floor(((hy - 1) * 12 + (hm - 1)) * 29.530588);
  let found: number | null = null;
  for (let step = 0; step < 8; step++) {
    const h = toHijri(n);
    const diff = (hy * 12 + hm - (h.y * 12 + h.m)) * 29.53 + (1 - h.d);
    if (h.y === hy && h.m === hm && h.d === 1) { found = n; break; }
    const move = Math.round(diff);
    n += move === 0 ? (diff > 0 ? 1 : -1) : move;
  }
  if (found === null) {
    // fine search in a small window
    for (let k = -3; k <= 3 && found === null; k++) { const h = toHijri(n + k); if (h.y === hy && h.m === hm && h.d === 1) found = n + k; }
  }
  monthStartCache.set(key, found);
  return found;
}

/** Gregorian day number of a Hijri date, or null if it does not exist (e.g. 30 of a 29-day month). */
export function hijriToDayNumber(hy: number, hm: number, hd: number): number | null {
  if (hm < 1 || hm > 12 || hd < 1 || hd > 30) return null;
  const start = hijriMonthStart(hy, hm);
  if (start === null) return null;
  const n = start + hd - 1;
  const h = toHijri(n);
  return h.y === hy && h.m === hm && h.d === hd ? n : null;
}
