// Text made safe for the page: escaped HTML, JSON that can sit in a <script>, and the
// writing direction of a name or sentence.

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(s: unknown): string {
  return String(s ?? '').replace(/[&<>"']/g, (ch) =>
    ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch === '"' ? '&quot;' : '&#39;',
  );
}

/** JSON safe to place inside <script type="application/json">. */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const LATIN = /[A-Za-z]/;

/** dir attribute for a piece of text: rtl for Arabic-only, auto when mixed, ltr otherwise. */
export function dirOf(s: string): 'rtl' | 'ltr' | 'auto' {
  const ar = ARABIC.test(s);
  const la = LATIN.test(s);
  return ar && !la ? 'rtl' : ar ? 'auto' : 'ltr';
}
