// What `csto-extract eval` prints: the reference scorer's figures (the same lines as shared/gold/score.mjs),
// then event precision on the fully annotated documents and the table of what is wrong with the key events.
import { ERROR_KINDS, type ErrorKind } from './events.js';
import type { ScoreResult } from './score.js';

export function formatScore(result: ScoreResult, opts: { json?: boolean; verbose?: boolean }): string {
  const { lines, report, ...scores } = result;
  if (opts.json) return `${JSON.stringify(scores, null, 2)}\n`;
  const out: string[] = [];
  if (opts.verbose) {
    for (const { id, lines: problems, notes } of report) {
      if (problems.length || notes.length) out.push(`${id}\n  ${[...problems, ...notes].join('\n  ')}`);
    }
  }
  // the summary: per-type lines and the figures line, the tail of the reference lines
  out.push(...lines.slice(lines.length - Object.keys(result.perType).length - 1));
  const p = result.eventPrecision;
  out.push(p.docs
    ? `event precision ${p.precision} (${p.tp} of ${p.tp + p.fp} records on ${p.docs} complete documents)`
    : 'event precision n/a (no document marked complete)');
  out.push(...errorTable(result.errors));
  return `${out.join('\n')}\n`;
}

/** Rows: gold types (first alternative), then the total; columns: right, each error kind, key events. */
function errorTable(errors: ScoreResult['errors']): string[] {
  const rows = Object.keys(errors).filter((t) => t !== 'total').sort();
  if (!rows.length) return [];
  rows.push('total');
  const cols: (ErrorKind | 'ok' | 'total')[] = ['ok', ...ERROR_KINDS, 'total'];
  const head: Record<string, string> = { ok: 'right', type: 'type', source: 'source', recipient: 'recipient', place: 'place', date: 'date', missed: 'missed', total: 'key' };
  const width = Math.max(10, ...rows.map((r) => r.length + 1));
  const cell = (s: string | number): string => String(s).padStart(10);
  return [
    'key events by gold type: right, or what the nearest record gets wrong (one event may count in several columns)',
    ''.padEnd(width) + cols.map((c) => cell(head[c])).join(''),
    ...rows.map((r) => r.padEnd(width) + cols.map((c) => cell(errors[r][c])).join('')),
  ];
}
