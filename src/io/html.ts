// HTML to plain text, keeping for every output character the span of source it came from.

export interface HtmlText {
  text: string;
  /** starts[i], ends[i]: the source span behind text[i] (a character, or a whole entity). */
  starts: Int32Array;
  ends: Int32Array;
}

const SKIP_CONTENT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object']);
const CLOSING: Record<string, RegExp> = Object.fromEntries([...SKIP_CONTENT].map((t) => [t, new RegExp(`</${t}`, 'gi')]));
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'table', 'td', 'th', 'title', 'tr', 'ul',
]);
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', laquo: '«', raquo: '»', ndash: '–', mdash: '—',
  hellip: '…', rlm: '\u200f', lrm: '\u200e', zwnj: '\u200c', zwj: '\u200d', shy: '\u00ad', copy: '©', middot: '·',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”',
};
const TAG = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)/;
const ENTITY = /^&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/;

export function htmlToText(html: string): HtmlText {
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const emit = (s: string, from: number, to: number): void => {
    for (let k = 0; k < s.length; k++) { out.push(s[k]); starts.push(from); ends.push(to); }
  };
  const n = html.length;
  let i = 0;
  while (i < n) {
    const c = html[i];
    if (c === '<') {
      if (html.startsWith('<!--', i)) { const e = html.indexOf('-->', i + 4); i = e < 0 ? n : e + 3; continue; }
      if (html[i + 1] === '!' || html[i + 1] === '?') { const e = html.indexOf('>', i); i = e < 0 ? n : e + 1; continue; }
      const m = TAG.exec(html.slice(i, i + 40));
      if (!m) { emit('<', i, i + 1); i++; continue; }
      const name = m[1].toLowerCase();
      const close = html[i + 1] === '/';
      const e = html.indexOf('>', i);
      const end = e < 0 ? n : e + 1;
      if (BLOCK.has(name)) emit('\n', i, end);
      if (!close && SKIP_CONTENT.has(name)) {
        const closing = CLOSING[name];
        closing.lastIndex = end;
        const closeAt = closing.test(html) ? closing.lastIndex - name.length - 2 : -1;
        i = closeAt < 0 ? n : closeAt;
        continue;
      }
      i = end;
      continue;
    }
    if (c === '&') {
      const m = ENTITY.exec(html.slice(i, i + 12));
      if (m) {
        let s: string | undefined;
        if (m[1] || m[2]) {
          const cp = parseInt(m[1] ?? m[2], m[1] ? 10 : 16);
          s = cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : '\ufffd';
        } else s = NAMED[m[3].toLowerCase()];
        if (s !== undefined) { emit(s, i, i + m[0].length); i += m[0].length; continue; }
      }
    }
    emit(c, i, i + 1);
    i++;
  }
  const len = out.length;
  const st = new Int32Array(len + 1), en = new Int32Array(len + 1);
  st.set(starts); en.set(ends);
  st[len] = n; en[len] = n;
  return { text: out.join(''), starts: st, ends: en };
}
