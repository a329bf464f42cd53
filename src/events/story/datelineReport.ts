// "آستانة «الأيام» رويترز : طلبت روسيا والصين ... من قوات تقودها الولايات المتحدة": the report is filed from the
// dateline's place, and so is what it tells was said, asked, met or agreed with no place of its own, from its first
// sentence on, not only the main event (main.ts): the headline's event is often another record ("تسأل متى تغادر
// القوات"). Not a material act ("بعد الانسحاب المتسرع للقوات الأمريكية"): it takes place where it is done.
import { placeAtDateline } from './main.js';
import type { Story } from './story.js';

/** The report's reported verbal events with no place of their own, nor one the story gave them (its lead, its meeting), take the dateline's. */
export function datelineOfReport(st: Story): void {
  const dateline = st.doc.dateline;
  if (!dateline?.ment) return;
  // the report's first sentence: the dateline's own when the report goes on after it, else the next one with an event
  const first = st.raws.find((r) => r.rec.sentence.index >= dateline.ment!.sentence)?.rec.sentence.index;
  if (first === undefined) return;
  for (const r of st.raws) {
    const e = r.rec;
    if (e.sentence.index < first || e.location || e.status !== 'reported' || !e.quad_class.startsWith('verbal')) continue;
    placeAtDateline(e, dateline);
  }
}
