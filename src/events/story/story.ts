// What the story level (the steps STORY in events/index.ts lists) works on: the events of every
// sentence of an article and the main one.
import type { EventRecord } from '../../types.js';
import type { Doc } from '../doc.js';
import type { Raw } from '../record.js';

export interface Story {
  doc: Doc;
  /** the events of every sentence, in text order */
  raws: Raw[];
  main: Raw;
  /** the records the article gives */
  events: EventRecord[];
}

export type StoryStep = (st: Story) => void;

const PARENTS = new WeakMap<Doc, Map<string, string>>();

/** The organisation each body of the article belongs to ("مجلس وزراء خارجية المنظمة" → the CSTO), once per article. */
export function bodyParents(doc: Doc): Map<string, string> {
  let parents = PARENTS.get(doc);
  if (!parents) {
    parents = new Map();
    for (const e of doc.ctx.entities) if (e.parent) parents.set(e.id, e.parent);
    PARENTS.set(doc, parents);
  }
  return parents;
}
