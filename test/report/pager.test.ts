// The event table of a big report shows a page of rows at a time (no browser here: the page's
// own script runs against a minimal stand-in DOM; test/report/browser.test.ts uses Chromium).
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { renderHtmlReport } from '../../src/report/html/page.js';
import { generateCorpus } from './make-records.js';

class Node {
  children: Node[] = [];
  attrs: Record<string, string> = {};
  parentNode: Node | null = null;
  hidden = false;
  disabled = false;
  value = '';
  listeners: Record<string, (() => void)[]> = {};
  private text = '';
  constructor(readonly tag: string) {}
  get textContent(): string { return this.text + this.children.map((c) => c.textContent).join(''); }
  set textContent(v: string) { for (const c of this.children) c.parentNode = null; this.children = []; this.text = v; }
  appendChild(c: Node): Node {
    const list = c.tag === '#fragment' ? [...c.children] : [c];
    if (c.tag === '#fragment') c.children = [];
    for (const x of list) { x.parentNode?.removeChild(x); x.parentNode = this; this.children.push(x); }
    return c;
  }
  insertBefore(c: Node, ref: Node | null): Node {
    c.parentNode?.removeChild(c);
    const i = ref ? this.children.indexOf(ref) : -1;
    c.parentNode = this;
    if (i < 0) this.children.push(c); else this.children.splice(i, 0, c);
    return c;
  }
  removeChild(c: Node): Node { this.children = this.children.filter((x) => x !== c); c.parentNode = null; return c; }
  get nextSibling(): Node | null { const p = this.parentNode; return p ? p.children[p.children.indexOf(this) + 1] ?? null : null; }
  setAttribute(k: string, v: string): void { this.attrs[k] = String(v); }
  getAttribute(k: string): string | null { return this.attrs[k] ?? null; }
  addEventListener(type: string, f: () => void): void { (this.listeners[type] ??= []).push(f); }
  fire(type: string): void { for (const f of this.listeners[type] ?? []) f(); }
  /** "span", "button" or "button.toggle": the first descendant that matches. */
  querySelector(sel: string): Node | null {
    const [tag, cls] = sel.split('.');
    for (const c of this.children) {
      if (c.tag === tag && (!cls || (c.attrs.class ?? '').split(' ').includes(cls))) return c;
      const d = c.querySelector(sel);
      if (d) return d;
    }
    return null;
  }
}

function runPage(html: string): { byId: (id: string) => Node; tbody: Node } {
  const json = /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(html)![1];
  const script = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].at(-1)![1];
  const ids = new Map<string, Node>();
  const byId = (id: string): Node => {
    let n = ids.get(id);
    if (!n) {
      n = new Node('div');
      if (id === 'report-data') n.textContent = json;
      if (id === 'timeline-filter') { n.appendChild(new Node('span')); n.appendChild(new Node('button')); }
      if (id === 'events-pager') n.appendChild(new Node('span'));
      ids.set(id, n);
    }
    return n;
  };
  const tbody = new Node('tbody');
  const document = {
    body: new Node('body'),
    getElementById: byId,
    querySelector: (sel: string) => (sel === '#events-table tbody' ? tbody : null),
    querySelectorAll: () => [],
    createElement: (tag: string) => new Node(tag),
    createDocumentFragment: () => new Node('#fragment'),
    createTextNode: (t: string) => { const n = new Node('#text'); n.textContent = t; return n; },
  };
  runInNewContext(script, { document, window: {}, Promise, JSON, Object, String, Math });
  return { byId, tbody };
}

describe('events table pages', () => {
  const docs = generateCorpus({ count: 1200, seed: 5 });
  const n = docs.reduce((k, d) => k + d.events.length, 0);
  const { byId, tbody } = runPage(renderHtmlReport(docs));
  const rows = (): Node[] => tbody.children.filter((c) => c.tag === 'tr' && c.attrs.class === 'event-row');

  it('puts one page of rows in the table, not all of them', () => {
    expect(n).toBeGreaterThan(2000);
    expect(rows()).toHaveLength(1000);
    expect(byId('events-count').textContent).toBe(String(n));
    expect(byId('events-pager').hidden).toBe(false);
    expect(byId('events-pager').querySelector('span')!.textContent).toBe(`Rows 1\u20131000 of ${n}`);
    expect(byId('events-prev').disabled).toBe(true);
  });
  it('Next and Previous move through the pages; an open sentence stays with its row', () => {
    const first = rows()[0];
    first.querySelector('button.toggle')!.fire('click');
    expect(first.nextSibling!.attrs.class).toBe('event-detail');
    byId('events-next').fire('click');
    expect(byId('events-pager').querySelector('span')!.textContent).toBe(`Rows 1001\u20132000 of ${n}`);
    expect(rows()).not.toContain(first);
    byId('events-prev').fire('click');
    expect(rows()[0]).toBe(first);
    expect(first.nextSibling!.attrs.class).toBe('event-detail');
  });
  it('a filter goes back to the first page of what it matches', () => {
    byId('events-next').fire('click');
    const type = byId('filter-type');
    type.value = 'AID';
    type.fire('change');
    const aid = docs.flatMap((d) => d.events).filter((e) => e.type === 'AID').length;
    expect(byId('events-count').textContent).toBe(String(aid));
    expect(rows()).toHaveLength(Math.min(aid, 1000));
    expect(rows().every((r) => r.attrs['data-type'] === 'AID')).toBe(true);
    expect(byId('events-pager').hidden).toBe(aid <= 1000);
  });
  it('the actor filter finds Arabic spellings, with or without hamza and diacritics', () => {
    const type = byId('filter-type');
    type.value = '';
    type.fire('change');
    const putin = docs.flatMap((d) => d.events).filter((e) => [...e.source, ...e.recipient, ...e.participants, ...e.chair, ...e.invited].some((a) => a.name === 'Vladimir Putin')).length;
    expect(putin).toBeGreaterThan(0);
    const actor = byId('filter-actor');
    for (const q of ['بوتين', 'Putin', 'فلاديمير بوتِين']) {
      actor.value = q;
      actor.fire('input');
      expect(byId('events-count').textContent, q).toBe(String(putin));
    }
  });
});
