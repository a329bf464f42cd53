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
