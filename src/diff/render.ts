// The diff on one screen: totals, then the changed documents' items until the screen is full.
import { Chalk } from 'chalk';
import { KINDS, type DiffResult, type Kind, type KindDiff } from './diff.js';

export interface RenderOptions {
  color: boolean;
  /** Lines to fill at most (a terminal's height). */
  rows: number;
}

const short = (v: unknown): string => {
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 59)}…` : s;
};

function describe(kind: Kind, item: Record<string, unknown>): string {
  if (kind === 'entities') return `${item.type} ${item.id} (${item.mentions} mention${item.mentions === 1 ? '' : 's'})`;
  if (kind === 'dates') return `date ${item.span} = ${item.value ?? 'null'}`;
  const actors = (item.actors as string[]).length;
  return `event ${item.type}/${item.subtype} ${item.trigger} (${actors} actor${actors === 1 ? '' : 's'})`;
}

/** A field's change in a few words; for lists of names (actors, context), what came and went. */
function change(field: string, old: unknown, now: unknown): string {
  const names = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
  if (names(old) && names(now)) {
    const gone = old.filter((x) => !now.includes(x));
    const came = now.filter((x) => !old.includes(x));
    if (!gone.length && !came.length) return `${field} reordered`;
    return `${field} ${[...came.map((x) => `+${x}`), ...gone.map((x) => `−${x}`)].join(' ')}`;
  }
  return `${field} ${short(old)} → ${short(now)}`;
}

export function renderDiff(r: DiffResult, names: { old: string; new: string }, opts: RenderOptions): string {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const d = r.summary.documents;
  const tally = (kind: Kind): string => {
    const t = r.summary[kind];
    return `${kind} ${c.green(`+${t.added}`)} ${c.red(`−${t.removed}`)} ${c.yellow(`~${t.changed}`)}`;
  };
  const head = [
    `${c.bold('csto-extract diff')} ${names.old} → ${names.new}`,
    `documents ${d.old} → ${d.new}: ${d.added} added, ${d.removed} removed, ${d.changed} changed, ${d.unchanged} unchanged`,
    KINDS.map(tally).join('   '),
  ];
  if (!r.documents.length) return `${[...head, c.green('no differences')].join('\n')}\n`;
  const body: string[] = [''];
  for (const doc of r.documents) {
    if (doc.status !== 'changed') {
      const mark = doc.status === 'added' ? c.green('+') : c.red('−');
      body.push(`${mark} ${doc.id}: document ${doc.status} (${KINDS.map((k) => `${doc.counts![k]} ${k}`).join(', ')})`);
      continue;
    }
    body.push(`${c.yellow('~')} ${doc.id}`);
    for (const [field, ch] of Object.entries(doc.fields ?? {})) body.push(`    ${c.yellow('~')} ${change(field, ch.old, ch.new)}`);
    for (const kind of KINDS) {
      const k: KindDiff | undefined = doc[kind];
      if (!k) continue;
      for (const item of k.added) body.push(`    ${c.green('+')} ${describe(kind, item)}`);
      for (const item of k.removed) body.push(`    ${c.red('−')} ${describe(kind, item)}`);
      for (const ch of k.changed) {
        const fields = Object.entries(ch.changes).map(([f, v]) => change(f, v.old, v.new)).join('; ');
        body.push(`    ${c.yellow('~')} ${describe(kind, ch.item)}: ${fields}`);
      }
    }
  }
  const room = Math.max(opts.rows - head.length - 1, 3);
  if (body.length > room) {
    const left = body.length - (room - 1);
    body.splice(room - 1, body.length, c.dim(`… ${left} more line${left === 1 ? '' : 's'} (--format json lists everything)`));
  }
  return `${[...head, ...body].join('\n')}\n`;
}
