import { it } from 'vitest';
import { run, seed } from './helpers.js';
import { SEED000, SEED002, SEED004 } from './fixtures.js';
it('dump', () => {
  for (const [f, fx] of [['000_cbff494ec939caaa.txt', SEED000], ['002_5e25361c9cdaf982.txt', SEED002], ['004_6dfbaefa9a0405cb.txt', SEED004]] as const) {
    const { events } = run(seed(f), fx);
    console.log('=====', f);
    for (const e of events) console.log(JSON.stringify({ t: e.type, st: e.subtype, s: e.sentence.index, tr: e.trigger.text, rule: e.rule, status: e.status, main: e.main, date: e.date?.value, db: e.date?.basis, loc: e.location?.name, lb: e.location?.basis, mode: e.mode, src: e.source.map((a) => a.name + '/' + a.basis), rcp: e.recipient.map((a) => a.name), part: e.participants.map((a) => a.name), chair: e.chair.map((a) => a.name), inv: e.invited.map((a) => a.name), ctx: e.context, basis: e.basis }));
  }
});
