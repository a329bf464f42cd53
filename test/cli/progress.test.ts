// Progress on stderr for a terminal: documents done / total, rate, ETA; none otherwise or with -q.
// The terminal is forced with CSTO_EXTRACT_PROGRESS=1 (a test's stderr is a pipe); the clock is injected.
import { describe, expect, it, vi } from 'vitest';
import { PassThrough } from 'node:stream';
import { startProgress } from '../../src/progress.js';
import { runCli } from '../helpers/cli.js';

vi.setConfig({ testTimeout: 60_000 });

function capture(tty: boolean): PassThrough & { text: () => string; isTTY?: boolean } {
  const s = new PassThrough() as PassThrough & { text: () => string; isTTY?: boolean };
  let text = '';
  s.on('data', (c: Buffer) => { text += c.toString(); });
  s.text = () => text;
  if (tty) s.isTTY = true;
  return s;
}

describe('startProgress', () => {
  it('on a terminal: done/total, rate and ETA, redrawn on one line, cleared at the end', () => {
    const stream = capture(true);
    let t = 0;
    const p = startProgress(stream, { env: {}, paths: ['seeds'], now: () => t });
    t = 1000; p.tick();
    t = 2000; p.tick();
    p.log('skipped x: reason\n');
    p.end();
    const text = stream.text();
    expect(text).toContain('\r\x1b[K1/5 documents  1.0/s  ETA 0:04');
    expect(text).toContain('\r\x1b[K2/5 documents  1.0/s  ETA 0:03');
    expect(text.endsWith('\r\x1b[Kskipped x: reason\n')).toBe(true);
  });
  it('no total for NDJSON or stdin (many documents a file), and no ETA then', () => {
    const stream = capture(true);
    let t = 0;
    const p = startProgress(stream, { env: {}, paths: ['-'], now: () => t });
    t = 500; p.tick();
    p.end();
    expect(stream.text()).toContain('\r\x1b[K1 document  2.0/s');
    expect(stream.text()).not.toContain('ETA');
  });
  it('nothing when stderr is not a terminal, with quiet, or with CSTO_EXTRACT_PROGRESS=0', () => {
    for (const [tty, env, quiet] of [[false, {}, false], [true, {}, true], [true, { CSTO_EXTRACT_PROGRESS: '0' }, false]] as const) {
      const stream = capture(tty);
      const p = startProgress(stream, { env, quiet, paths: ['seeds'] });
      p.tick(); p.tick(); p.end();
      expect(stream.text()).toBe('');
    }
  });
});

describe('extract progress', () => {
  it('shows on stderr when forced, never on stdout', async () => {
    // the 48 development articles: enough work after start-up (≈ 0.5 s now) for a redraw between
    // the first and the last document, which the 5 seeds no longer take
    const r = await runCli(['extract', 'fixtures/dev/articles', '-f', 'ndjson', '-j', '1'], { env: { CSTO_EXTRACT_PROGRESS: '1' } });
    expect(r.stderr).toMatch(/\r\x1b\[K(?:[1-9]|[1-3]\d|4[0-7])\/48 documents {2}[\d.]+\/s {2}ETA \d+:\d\d/);
    expect(r.stderr).toMatch(/\r\x1b\[Kcsto-extract: 48 inputs/);
    expect(r.stdout).not.toContain('\r');
  });
  it('is absent when stderr is not a terminal, and with -q', async () => {
    expect((await runCli(['extract', 'seeds', '-f', 'ndjson'])).stderr).not.toContain('documents');
    expect((await runCli(['extract', 'seeds', '-f', 'ndjson', '-q'], { env: { CSTO_EXTRACT_PROGRESS: '1' } })).stderr).toBe('');
  });
});
