#!/usr/bin/env node
// Rewrites the README's example record and event (between the `example-record` and
// `example-event` markers) from fixtures/seeds.expected.ndjson, so they show what the tool
// writes today. `npm run fixtures` regenerates the fixture and then runs this;
// test/cli/readme.test.ts fails when the two disagree.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const README = join(ROOT, 'README.md');
const FIXTURE = join(ROOT, 'fixtures', 'seeds.expected.ndjson');

/** What the example shows: one document, one of its people, one date, its main event. */
export const EXAMPLE = { doc: '004_6dfbaefa9a0405cb', entity: 'person:emomali-rahmon', dateRule: 'month-year', sentenceChars: 60 };

/** One line per value: `{ "a": 1, "b": [ 2 ] }` (JSON strings hold no raw line breaks). */
const inline = (v) => JSON.stringify(v, null, 1).replace(/\n\s*/g, ' ');

function recordBlock(r) {
  const entity = r.entities.find((e) => e.id === EXAMPLE.entity);
  const date = r.dates.find((d) => d.rule === EXAMPLE.dateRule);
  const lines = [];
  for (const [k, v] of Object.entries(r)) {
    if (k === 'entities') lines.push(`  "entities": [\n    ${inline({ ...entity, mentions: entity.mentions.slice(0, 1) })}\n  ]`);
    else if (k === 'dates') lines.push(`  "dates": [\n    ${inline(date)}\n  ]`);
    else if (k === 'events') lines.push('  "events": [ "… see below …" ]');
    else lines.push(`  ${JSON.stringify(k)}: ${inline(v)}`);
  }
  return `{\n${lines.join(',\n')}\n}`;
}

function eventBlock(r) {
  const ev = r.events.find((e) => e.main);
  const text = ev.sentence.text.length > EXAMPLE.sentenceChars ? `${ev.sentence.text.slice(0, EXAMPLE.sentenceChars)} …` : ev.sentence.text;
  const shown = { ...ev, sentence: { ...ev.sentence, text } };
  return `{\n${Object.entries(shown).map(([k, v]) => `  ${JSON.stringify(k)}: ${inline(v)}`).join(',\n')}\n}`;
}

function replaceBlock(text, marker, json) {
  const re = new RegExp(`(<!-- ${marker} -->\\n\`\`\`json\\n)[\\s\\S]*?(\\n\`\`\`)`);
  if (!re.test(text)) throw new Error(`README.md has no <!-- ${marker} --> block`);
  return text.replace(re, (_, a, b) => `${a}${json}${b}`);
}

const record = readFileSync(FIXTURE, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).find((r) => r.id === EXAMPLE.doc);
if (!record) throw new Error(`${FIXTURE} has no document ${EXAMPLE.doc}`);
let readme = readFileSync(README, 'utf8');
readme = replaceBlock(readme, 'example-record', recordBlock(record));
readme = replaceBlock(readme, 'example-event', eventBlock(record));
writeFileSync(README, readme);
