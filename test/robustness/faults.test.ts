// Faults as they happen, through the real CLI: output paths that are not regular files, full
// disks, read-only folders, closed pipes, signals, big stdin, bad bytes, odd file names. Every
// run that reaches its end or an error leaves its run report, saying how it ended; nothing is
// left half-written. Tests wait on events (a line, a file), never on time.
import { execFileSync, spawnSync, type ChildProcess } from 'node:child_process';
import {
  copyFileSync, createReadStream, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunEnd } from '../../src/commands/extract.js';
import type { InputReport } from '../../src/run.js';
import { validateDocumentRecord } from '../../src/schema/validate.js';
import type { DocumentRecord } from '../../src/types.js';
import { brief, device, ROOT, runCli, spawnCli, tempDir, waitForFile, waitForLines } from '../helpers/cli.js';

const SEEDS = join(ROOT, 'seeds');
const SEED_FILES = readdirSync(SEEDS).sort();
const SEED_TEXT = readFileSync(join(SEEDS, SEED_FILES[0]), 'utf8');
const ARTICLE = join(ROOT, 'fixtures', 'bad-inputs', 'arabic-article.txt');

interface RunReport {
  ended: RunEnd;
  inputs: InputReport[];
  totals: { inputs: number; processed: number; skipped: number; failed: number; records_written: number };
}
const readReport = (file: string): RunReport => JSON.parse(readFileSync(file, 'utf8')) as RunReport;
const ndjsonRecords = (text: string): DocumentRecord[] => text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as DocumentRecord);
const isRoot = process.getuid?.() === 0;

const tmp = tempDir('faults');
let n = 0;
const fresh = (name: string): string => { const dir = join(tmp, `${name}-${n++}`); mkdirSync(dir); return dir; };

/** A corpus of `count` copies of the seeds, in one folder. */
function corpusOf(count: number): string {
  const dir = fresh('corpus');
  for (let i = 0; i < count; i++) copyFileSync(join(SEEDS, SEED_FILES[i % SEED_FILES.length]), join(dir, `${String(i).padStart(4, '0')}.txt`));
  return dir;
}

/** Collects a spawned run's output; `done` resolves with its exit status. */
function collect(child: ChildProcess): { done: Promise<number | null>; stdout: () => string; stderr: () => string } {
  const out: Buffer[] = [], err: Buffer[] = [];
  child.stdout!.on('data', (c: Buffer) => out.push(c));
  child.stderr!.on('data', (c: Buffer) => err.push(c));
  child.stdin!.end();
  const done = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { done, stdout: () => Buffer.concat(out).toString('utf8'), stderr: () => Buffer.concat(err).toString('utf8') };
}

describe('--out at what is not a regular file', () => {
  it('a device is written to, not replaced', async () => {
    const dev = device('null', fresh('dev'));
    const before = statSync(dev);
    const res = await runCli(['extract', ARTICLE, '-q', '--out', dev]);
    expect(res.code, brief(res.stderr)).toBe(0);
    const after = statSync(dev);
    expect(after.isCharacterDevice()).toBe(true);
    expect(after.rdev).toBe(before.rdev);
  });

  it('a FIFO: its reader gets the whole output and the FIFO stays', async () => {
    const dir = fresh('fifo');
    const fifo = join(dir, 'out.pipe');
    execFileSync('mkfifo', [fifo]);
    const chunks: Buffer[] = [];
    const read = new Promise<void>((resolve, reject) => {
      createReadStream(fifo).on('data', (c) => chunks.push(c as Buffer)).on('end', resolve).on('error', reject);
    });
    const res = await runCli(['extract', SEEDS, '-q', '--out', fifo]);
    await read;
    expect(res.code, brief(res.stderr)).toBe(0);
    expect((JSON.parse(Buffer.concat(chunks).toString('utf8')) as DocumentRecord[]).length).toBe(SEED_FILES.length);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir)).toEqual(['out.pipe']);
  });

  it('a symlink stays a symlink and its target gets the output; a dangling one creates its target', async () => {
    const dir = fresh('link');
    writeFileSync(join(dir, 'target.json'), 'old');
    symlinkSync('target.json', join(dir, 'link.json'));
    symlinkSync('later.json', join(dir, 'dangling.json'));
    for (const link of ['link.json', 'dangling.json']) {
      const res = await runCli(['extract', ARTICLE, '-q', '--out', join(dir, link)]);
      expect(res.code, brief(res.stderr)).toBe(0);
      expect(lstatSync(join(dir, link)).isSymbolicLink()).toBe(true);
    }
    expect(readlinkSync(join(dir, 'link.json'))).toBe('target.json');
    expect(JSON.parse(readFileSync(join(dir, 'target.json'), 'utf8'))).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(dir, 'later.json'), 'utf8'))).toHaveLength(1);
    expect(readdirSync(dir).sort()).toEqual(['dangling.json', 'later.json', 'link.json', 'target.json']);
  });

  it.runIf(existsSync('/bin/bash'))('a process substitution, -o >(cat), is written directly', () => {
    const script = `"${process.execPath}" "${join(ROOT, 'bin', 'csto-extract')}" extract "${ARTICLE}" -q -f ndjson --out >(cat)`;
    const res = spawnSync('/bin/bash', ['-c', script], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(res.status, brief(res.stderr)).toBe(0);
    expect(ndjsonRecords(res.stdout)).toHaveLength(1);
  });
});

describe('output and report paths checked before the run', () => {
  it('--out or --report at a folder, or both at one file, is a usage error (exit 2) and writes nothing', async () => {
    const dir = fresh('paths');
    mkdirSync(join(dir, 'adir'));
    const cases: [string[], RegExp][] = [
      [['--report', join(dir, 'adir')], /--report: cannot write .*adir: it is a folder/],
      [['--out', join(dir, 'adir')], /--out: cannot write .*adir: it is a folder/],
      [['--out', join(dir, 'x.json'), '--report', join(dir, 'x.json')], /--out and --report name the same file/],
    ];
    for (const [args, message] of cases) {
      const res = await runCli(['extract', ARTICLE, ...args]);
      expect(res.code, brief(res.stderr)).toBe(2);
      expect(res.stdout).toBe('');
      expect(res.stderr).toMatch(message);
    }
    expect(readdirSync(dir)).toEqual(['adir']);
    expect(readdirSync(join(dir, 'adir'))).toEqual([]);
  });

  it('--out or --report naming an input file (or a link to one) is a usage error, and the input is kept', async () => {
    const dir = fresh('input-as-out');
    const article = join(dir, 'a.txt');
    copyFileSync(ARTICLE, article);
    symlinkSync('a.txt', join(dir, 'link.txt'));
    const cases: [string[], RegExp][] = [
      [[article, '-o', article], /^csto-extract: --out names an input file \(.*a\.txt\): writing it would replace that input\.\n/],
      [[article, '-o', join(dir, 'link.txt')], /--out names an input file/],
      [[join(dir, 'link.txt'), '--report', article], /--report names an input file \(.*link\.txt\)/],
    ];
    for (const [args, message] of cases) {
      const res = await runCli(['extract', ...args]);
      expect([res.code, res.stdout], brief(res.stderr)).toEqual([2, '']);
      expect(res.stderr).toMatch(message);
      expect(readFileSync(article)).toEqual(readFileSync(ARTICLE));
    }
  });

  it('report --html naming its records file is a usage error, and the records are kept', async () => {
    const dir = fresh('html-as-input');
    const records = join(dir, 'records.ndjson');
    const extracted = await runCli(['extract', ARTICLE, '-q', '-f', 'ndjson', '--out', records]);
    expect(extracted.code, brief(extracted.stderr)).toBe(0);
    const before = readFileSync(records);
    const res = await runCli(['report', records, '--html', records]);
    expect([res.code, res.stdout], brief(res.stderr)).toEqual([2, '']);
    expect(res.stderr).toMatch(/^csto-extract: --html names an input file \(.*records\.ndjson\): writing it would replace that input\.\n/);
    expect(readFileSync(records)).toEqual(before);
  });

  it('--out and --report inside the corpus folder are not read as inputs, nor are their temporary files', async () => {
    const dir = corpusOf(2);
    const args = ['extract', dir, '-q', '--out', join(dir, 'out.json'), '--report', join(dir, 'run.json')];
    for (let run = 0; run < 2; run++) {
      const res = await runCli(args);
      expect(res.code, brief(res.stderr)).toBe(0);
      expect(readReport(join(dir, 'run.json')).inputs.map((i) => i.source)).toEqual([join(dir, '0000.txt'), join(dir, '0001.txt')]);
    }
    expect(readdirSync(dir).sort()).toEqual(['0000.txt', '0001.txt', 'out.json', 'run.json']);
  });

  it('--out or --report naming an article inside an input folder is a usage error; an earlier output there is replaced', async () => {
    const dir = corpusOf(2);
    const article = readFileSync(join(dir, '0001.txt'));
    for (const flag of ['--out', '--report']) {
      const res = await runCli(['extract', dir, '-q', flag, join(dir, '0001.txt')]);
      expect([res.code, res.stdout], brief(res.stderr)).toEqual([2, '']);
      expect(res.stderr).toMatch(new RegExp(`^csto-extract: ${flag} names .*0001\\.txt, a file in the input folder .* that is not an earlier csto-extract output`));
      expect(readFileSync(join(dir, '0001.txt'))).toEqual(article);
    }
    // every format's earlier output may be written over by the next run
    for (const args of [['-f', 'json'], ['-f', 'ndjson'], ['-f', 'csv', '--records', 'events', '--bom']]) {
      const out = join(dir, `out.${args[1]}`);
      for (let run = 0; run < 2; run++) {
        const res = await runCli(['extract', dir, '-q', ...args, '--out', out]);
        expect(res.code, brief(res.stderr)).not.toBe(2);
      }
    }
  });

  it('temporary files of a killed run (kill -9) are removed by the next run into that folder; a live run\'s are kept', async () => {
    const dir = fresh('stale');
    const deadPid = spawnSync(process.execPath, ['-e', '']).pid!;
    writeFileSync(join(dir, `.OUT.json.${deadPid}.tmp`), 'left by kill -9');
    writeFileSync(join(dir, `.run.json.${deadPid}.tmp`), 'left by kill -9');
    writeFileSync(join(dir, `.OUT.json.${process.pid}.tmp`), 'a run still going');
    writeFileSync(join(dir, '.other.7.tmp'), 'not ours');
    const res = await runCli(['extract', ARTICLE, '-q', '--out', join(dir, 'OUT.json'), '--report', join(dir, 'run.json')]);
    expect(res.code, brief(res.stderr)).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([`.OUT.json.${process.pid}.tmp`, '.other.7.tmp', 'OUT.json', 'run.json']);
  });

  it('a FIFO as --gazetteer or --triggers is refused at once (exit 2), at any job count', async () => {
    const dir = fresh('datafifo');
    const fifo = join(dir, 'data.json');
    execFileSync('mkfifo', [fifo]);
    for (const flag of ['--gazetteer', '--triggers']) {
      const res = await runCli(['extract', ARTICLE, flag, fifo, '-j', '1']);
      expect(res.code, brief(res.stderr)).toBe(2);
      expect(res.stderr).toContain(`${flag}: ${fifo} is not a regular file`);
    }
  });
});

describe('write failures', () => {
  /** Mounts a tmpfs of `kb` KiB (root only); undefined when that is not possible here. */
  const mounts: string[] = [];
  function mountTmpfs(kb: number, readOnly = false): string | undefined {
    if (!isRoot) return undefined;
    const dir = fresh('mnt');
    const res = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${kb}k${readOnly ? ',ro' : ''}`, 'tmpfs', dir]);
    if (res.status !== 0) return undefined;
    mounts.push(dir);
    return dir;
  }
  afterAll(() => { for (const dir of mounts) spawnSync('umount', [dir]); });
  const NO_TMPFS = 'needs root and tmpfs (mount -t tmpfs) to make a full disk';

  it('a disk that fills up: exit 1, no output and no temporary file left, the report says output-error', async (ctx) => {
    const disk = mountTmpfs(48);
    if (!disk) { ctx.skip(NO_TMPFS); return; }
    const reportDir = fresh('rep');
    // the seeds' JSON is ≈ 90 KB: the last writes fail
    const res = await runCli(['extract', SEEDS, '--out', join(disk, 'out.json'), '--report', join(reportDir, 'run.json')]);
    expect(res.code, brief(res.stderr)).toBe(1);
    expect(res.stderr).toMatch(/cannot write .*out\.json: ENOSPC/);
    expect(res.stderr).not.toMatch(/^\s+at /m);
    expect(readdirSync(disk)).toEqual([]);
    const report = readReport(join(reportDir, 'run.json'));
    expect(report.ended.how).toBe('output-error');
    expect(report.ended).toMatchObject({ reason: expect.stringMatching(/ENOSPC/) });
  });

  it('a report on a full disk: exit 1, said on stderr, no temporary file left', async (ctx) => {
    const disk = mountTmpfs(16);
    if (!disk) { ctx.skip(NO_TMPFS); return; }
    // fill it to the last block
    spawnSync('dd', ['if=/dev/zero', `of=${join(disk, 'filler')}`, 'bs=4k']);
    const res = await runCli(['extract', ARTICLE, '-q', '-f', 'ndjson', '--report', join(disk, 'run.json')]);
    expect(res.code, brief(res.stderr)).toBe(1);
    expect(res.stderr).toMatch(/cannot write the run report .*run\.json: ENOSPC/);
    expect(ndjsonRecords(res.stdout)).toHaveLength(1);
    expect(readdirSync(disk)).toEqual(['filler']);
  });

  it('a folder that cannot be written (read-only file system, or no permission): exit 2 before any work', async () => {
    let dir = mountTmpfs(16, true);
    if (!dir) {
      dir = fresh('readonly');
      execFileSync('chmod', ['555', dir]);
    }
    for (const flag of ['--out', '--report']) {
      const res = await runCli(['extract', ARTICLE, flag, join(dir, 'x.json')]);
      expect(res.code, brief(res.stderr)).toBe(2);
      expect(res.stdout).toBe('');
      expect(res.stderr).toMatch(new RegExp(`${flag}: cannot write .*x\\.json: folder .* is not writable \\((EROFS|EACCES)\\)`));
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a closed pipe (| head): the run stops with exit 141, no stack trace, the report says closed-pipe', async () => {
    const corpus = corpusOf(60);
    const report = join(fresh('pipe'), 'run.json');
    const child = spawnCli(['extract', corpus, '-f', 'ndjson', '-j', '1', '--report', report]);
    const w = collect(child);
    await waitForLines(child, 1);
    child.stdout!.destroy();
    expect(await w.done, brief(w.stderr())).toBe(141);
    expect(w.stderr()).not.toMatch(/^\s+at |EPIPE/m);
    const r = readReport(report);
    expect(r.ended).toEqual({ how: 'closed-pipe' });
    expect(r.totals.inputs).toBeLessThan(60);
  });
});

describe('signals', () => {
  it('SIGINT at -j 2 with NDJSON on stdout: every line whole, and the report counts exactly the lines written', async () => {
    const corpus = corpusOf(300);
    const report = join(fresh('sig'), 'run.json');
    const child = spawnCli(['extract', corpus, '-f', 'ndjson', '-j', '2', '--report', report]);
    const w = collect(child);
    await waitForLines(child, 20);
    child.kill('SIGINT');
    expect(await w.done, brief(w.stderr())).toBe(130);
    const text = w.stdout();
    expect(text.endsWith('\n')).toBe(true);
    const records = ndjsonRecords(text);
    for (const r of records) expect(validateDocumentRecord(r)).toEqual([]);
    const r = readReport(report);
    expect(r.ended).toEqual({ how: 'interrupted', signal: 'SIGINT' });
    expect(r.totals.records_written).toBe(records.length);
    expect(r.inputs.filter((i) => i.status === 'processed').map((i) => i.id)).toEqual(records.map((x) => x.id));
    expect(records.length).toBeLessThan(300);
  });

  // At -j 1 a large document is processed off the main thread, so the signal acts at once; in
  // the main thread this one would hold the signal for about 20 s, past the test's timeout.
  it('SIGTERM during one 16 MB document at -j 1 stops the run at once', async () => {
    const dir = fresh('huge');
    const file = join(dir, 'huge.txt');
    writeFileSync(file, `${SEED_TEXT}\n`.repeat(Math.ceil(16e6 / Buffer.byteLength(SEED_TEXT))));
    const child = spawnCli(['extract', file, '-j', '1', '--out', join(dir, 'out.json'), '--report', join(dir, 'run.json')]);
    const w = collect(child);
    await waitForFile(dir, /^\.out\.json\.\d+\.tmp$/);
    child.kill('SIGTERM');
    expect(await w.done, brief(w.stderr())).toBe(143);
    expect(readReport(join(dir, 'run.json')).ended).toEqual({ how: 'interrupted', signal: 'SIGTERM' });
    expect(readdirSync(dir).sort()).toEqual(['huge.txt', 'run.json']);
  }, 15_000);
});

describe('stdin', () => {
  const line = (id: string, text = SEED_TEXT): string => JSON.stringify({ id, text });

  it('NDJSON larger than --max-bytes is read line by line, the limit applying to each line (auto and ndjson)', async () => {
    const lines = Array.from({ length: 12 }, (_, i) => line(`d${i}`));
    const limit = String(Buffer.byteLength(lines[0]) + 10);
    for (const format of ['auto', 'ndjson']) {
      const res = await runCli(['extract', '-', '-q', '-f', 'ndjson', '--max-bytes', limit, '--input-format', format], { stdin: `${lines.join('\n')}\n` });
      expect(res.code, brief(res.stderr)).toBe(0);
      expect(ndjsonRecords(res.stdout).map((r) => r.id)).toEqual(lines.map((_, i) => `d${i}`));
    }
  });

  it('a line over --max-bytes is skipped with the same reason on stdin (auto, ndjson) and in a file', async () => {
    const long = line('long', `${SEED_TEXT}\n${SEED_TEXT}`);
    const input = `${line('a')}\n${long}\n${line('b')}\n`;
    const limit = String(Buffer.byteLength(line('a')) + 10);
    const file = join(fresh('ndjson'), 'in.ndjson');
    writeFileSync(file, input);
    const runs = [
      await runCli(['extract', '-', '-f', 'ndjson', '--max-bytes', limit], { stdin: input }),
      await runCli(['extract', '-', '-f', 'ndjson', '--max-bytes', limit, '--input-format', 'ndjson'], { stdin: input }),
      await runCli(['extract', file, '-f', 'ndjson', '--max-bytes', limit]),
    ];
    for (const res of runs) {
      expect(res.code, brief(res.stderr)).toBe(1);
      expect(ndjsonRecords(res.stdout).map((r) => r.id)).toEqual(['a', 'b']);
      expect(res.stderr).toMatch(new RegExp(`skipped (stdin|.*in\\.ndjson):2: line larger than --max-bytes \\(${Buffer.byteLength(long)} > ${limit} bytes\\)`));
    }
  });

  it('text on stdin over --max-bytes is skipped with a reason', async () => {
    const res = await runCli(['extract', '-', '-f', 'ndjson', '--max-bytes', '1000'], { stdin: SEED_TEXT });
    expect(res.code).toBe(1);
    expect(res.stdout).toBe('');
    expect(res.stderr).toMatch(/skipped stdin: larger than --max-bytes \(1000 bytes\)/);
  });

  it('a BOM and CRLF line ends in NDJSON (stdin and file) are not part of the text', async () => {
    const text = 'عقد مجلس الأمن الجماعي اليوم جلسة في موسكو.';
    const input = `\ufeff${JSON.stringify({ id: 'a', text })}\r\n${JSON.stringify({ id: 'b', text })}\r\n`;
    const file = join(fresh('crlf'), 'in.ndjson');
    writeFileSync(file, input);
    for (const res of [await runCli(['extract', '-', '-q', '-f', 'ndjson'], { stdin: input }), await runCli(['extract', file, '-q', '-f', 'ndjson'])]) {
      expect(res.code, brief(res.stderr)).toBe(0);
      expect(ndjsonRecords(res.stdout).map((r) => [r.id, r.text_length])).toEqual([['a', text.length], ['b', text.length]]);
    }
  });

  it('ids are unique: repeated ids get ~2, ~3, which never meet a literal id', async () => {
    const input = ['a', 'a', 'a', 'a~2', 'a~3'].map((id) => line(id)).join('\n');
    const res = await runCli(['extract', '-', '-q', '-f', 'ndjson'], { stdin: input });
    expect(res.code, brief(res.stderr)).toBe(0);
    const ids = ndjsonRecords(res.stdout).map((r) => r.id);
    expect(ids).toEqual(['a', 'a~2', 'a~3', 'a~2~2', 'a~3~2']);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('an NDJSON "published" date that does not exist fails its line with a reason', async () => {
    const res = await runCli(['extract', '-', '-f', 'ndjson'], { stdin: JSON.stringify({ id: 'x', text: SEED_TEXT, published: '2021-02-30' }) });
    expect(res.code).toBe(1);
    expect(res.stdout).toBe('');
    expect(res.stderr).toContain('failed stdin:1: "published" is not a date that exists (2021-02-30)');
  });
});

describe('bytes and names', () => {
  it('one invalid byte in a UTF-8 article: read as UTF-8, U+FFFD in its place, a warning with the offset', async () => {
    const dir = fresh('badbyte');
    const bytes = Buffer.from(SEED_TEXT, 'utf8');
    const at = bytes.indexOf(0x20, 300);
    writeFileSync(join(dir, 'one-bad-byte.txt'), Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff]), bytes.subarray(at)]));
    const res = await runCli(['extract', dir, '-f', 'ndjson']);
    expect(res.code, brief(res.stderr)).toBe(0);
    const [rec] = ndjsonRecords(res.stdout);
    expect(rec).toMatchObject({ encoding: 'utf-8', language: 'ar' });
    expect(rec.entities.length).toBeGreaterThan(3);
    const warning = `1 invalid UTF-8 byte sequence replaced by U+FFFD (at byte offset ${at})`;
    expect(rec.warnings).toContain(warning);
    expect(res.stderr).toContain(`warning ${join(dir, 'one-bad-byte.txt')}: ${warning}`);
  });

  it('file names with line breaks or escape characters are quoted on stderr; names that are not UTF-8 are read', async () => {
    const dir = fresh('names');
    writeFileSync(join(dir, 'line\nbreak\u001b[31m.txt'), 'English text only, nothing in Arabic at all here.');
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), Buffer.from([0x6c, 0xe9, 0x2e, 0x74, 0x78, 0x74])]), SEED_TEXT);
    const res = await runCli(['extract', dir, '-f', 'ndjson']);
    expect(res.code, brief(res.stderr)).toBe(1);
    expect(res.stderr).toContain(`skipped ${JSON.stringify(join(dir, 'line\nbreak\u001b[31m.txt'))}: language is en`);
    expect(res.stderr).not.toContain('\u001b');
    const [rec] = ndjsonRecords(res.stdout);
    expect(rec).toMatchObject({ language: 'ar', source: join(dir, 'l\ufffd.txt') });
  });
});

describe('the folder walk', () => {
  it('FIFOs, symlink loops, dangling links and hidden files are each reported, nothing hangs', async () => {
    const dir = fresh('walk');
    copyFileSync(ARTICLE, join(dir, 'a.txt'));
    execFileSync('mkfifo', [join(dir, 'b.fifo')]);
    symlinkSync('.', join(dir, 'c-loop'));
    symlinkSync('missing.txt', join(dir, 'd-dangling.txt'));
    writeFileSync(join(dir, '.hidden.txt'), SEED_TEXT);
    const report = join(fresh('walkrep'), 'run.json');
    const res = await runCli(['extract', dir, '-f', 'ndjson', '--report', report]);
    expect(res.code, brief(res.stderr)).toBe(1);
    const r = readReport(report);
    expect(r.inputs.map((i) => [i.source.slice(dir.length + 1), i.status, i.reason])).toEqual([
      ['.hidden.txt', 'skipped', 'hidden file or folder'],
      ['a.txt', 'processed', null],
      ['b.fifo', 'skipped', 'not a regular file'],
      ['c-loop', 'skipped', 'symbolic link loop (folder already visited)'],
      ['d-dangling.txt', 'failed', 'broken symbolic link'],
    ]);
    expect(r.ended).toEqual({ how: 'completed' });
  });

  it('a path too long for the system is a usage error, not a crash', async () => {
    const res = await runCli(['extract', join(tmp, 'x'.repeat(300))]);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/no such file or folder/);
  });

  it('files deleted while the run goes are each reported, as processed or as failed', async () => {
    const dir = corpusOf(40);
    const report = join(fresh('delrep'), 'run.json');
    const child = spawnCli(['extract', dir, '-j', '1', '-f', 'ndjson', '--report', report]);
    const w = collect(child);
    await waitForLines(child, 1);
    for (const f of readdirSync(dir).slice(20)) execFileSync('rm', [join(dir, f)]);
    const code = await w.done;
    const r = readReport(report);
    expect(r.totals.inputs).toBe(40);
    for (const i of r.inputs) expect(i.status === 'processed' || /ENOENT/.test(i.reason ?? ''), `${i.source}: ${i.reason}`).toBe(true);
    expect(code).toBe(r.totals.failed ? 1 : 0);
  });
});

describe('--jobs', () => {
  let expected = '';
  beforeAll(async () => {
    const res = await runCli(['extract', SEEDS, '-q', '-f', 'ndjson', '-j', '1']);
    expected = res.stdout;
  });

  for (const jobs of ['3', '16']) {
    it(`-j ${jobs}: the same bytes as -j 1, no Node warning, a note when capped`, async () => {
      const res = await runCli(['extract', SEEDS, '-f', 'ndjson', '-j', jobs]);
      expect(res.code, brief(res.stderr)).toBe(0);
      expect(res.stdout).toBe(expected);
      expect(res.stderr).not.toMatch(/Warning/);
      const cap = availableParallelism() * 2;
      if (Number(jobs) > cap) expect(res.stderr).toContain(`--jobs ${jobs} capped to ${cap}`);
      else expect(res.stderr).not.toContain('capped');
    });
  }
});
