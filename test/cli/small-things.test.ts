// The "smaller things seen" of a new user's trial (issue 15), each through the real CLI.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ROOT, runCli, spawnCli } from '../helpers/cli.js';

vi.setConfig({ testTimeout: 60_000 });

const tmp = mkdtempSync(join(tmpdir(), 'csto-small-'));
afterAll(() => { rmSync(tmp, { recursive: true, force: true }); });

describe('help and usage errors', () => {
  it("report --help says --html is required", async () => {
    expect((await runCli(['report', '--help'])).stdout).toMatch(/--html <file> +the HTML file to write \(required\)/);
  });
  it("a subcommand's usage error points at that subcommand's --help", async () => {
    expect((await runCli(['extract', '--bogus'])).stderr).toContain("Try 'csto-extract extract --help' for usage.");
    expect((await runCli(['report', 'x.ndjson'])).stderr).toContain("Try 'csto-extract report --help' for usage.");
    expect((await runCli(['gazetteer', 'list', '--bogus'])).stderr).toContain("Try 'csto-extract gazetteer list --help' for usage.");
  });
  it('repeatable options do not show "(default: [])", and still repeat', async () => {
    for (const cmd of [['extract'], ['gazetteer', 'list']]) expect((await runCli([...cmd, '--help'])).stdout).not.toContain('(default: [])');
    const a = join(tmp, 'a.json'), b = join(tmp, 'b.json');
    writeFileSync(a, JSON.stringify({ name: 'a', entries: [{ id: 'person:a-person', type: 'PERSON', name: 'A Person', name_ar: 'فلان الفلاني' }] }));
    writeFileSync(b, JSON.stringify({ name: 'b', entries: [{ id: 'person:b-person', type: 'PERSON', name: 'B Person', name_ar: 'علان العلاني' }] }));
    const r = await runCli(['gazetteer', 'lookup', '--gazetteer', a, '--gazetteer', b, '--no-builtin', 'علان العلاني']);
    expect(r.stdout).toContain('\tperson:b-person\t');
  });
});

describe('gazetteer', () => {
  const mine = join(tmp, 'mine.json');
  writeFileSync(mine, JSON.stringify({ name: 'mine', entries: [{ id: 'person:test-person', type: 'PERSON', name: 'Test Person', name_ar: 'فلان الفلاني' }] }));

  it('validate on a binary file says so without echoing its bytes, and counts only the files given', async () => {
    const png = join(tmp, 'image.png');
    writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    const r = await runCli(['gazetteer', 'validate', png]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\ufffd]/);
    expect(r.stderr).toMatch(/image\.png: not a gazetteer: binary content/);
    expect(r.stderr).toMatch(/^1 problem in 1 file \(checked with the \d+ built-in files\)$/m);
    expect((await runCli(['gazetteer', 'validate', mine])).stderr).toMatch(/^ok: 1 file \(\d+ entries with the \d+ built-in files\)$/m);
  });
  it('list FILE lists that file, under a header; the built-ins without a file', async () => {
    const r = await runCli(['gazetteer', 'list', mine]);
    expect(r.stdout).toBe('id\ttype\tkind\tname\tname_ar\taliases\nperson:test-person\tPERSON\t\tTest Person\tفلان الفلاني\t\n');
    const all = (await runCli(['gazetteer', 'list'])).stdout.split('\n');
    expect(all[0]).toBe('id\ttype\tkind\tname\tname_ar\taliases');
    expect(all.length).toBeGreaterThan(100);
  });
  it('lookup prints a header and does not match a name inside another word (بوتن is not in سبوتنيك)', async () => {
    const r = await runCli(['gazetteer', 'lookup', 'بوتن']);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('text\tid\ttype\tname\tmethod\tconfidence\trole');
    expect(lines.slice(1).every((l) => l.split('\t')[1] === 'person:vladimir-putin')).toBe(true);
    expect(r.stdout).not.toMatch(/sputnik/i);
  });
});

describe('extract run summary', () => {
  it('"1 record written" and a rate that is not "0.00 MB/s"', async () => {
    const r = await runCli(['extract', join(ROOT, 'seeds', '000_cbff494ec939caaa.txt'), '-f', 'ndjson']);
    expect(r.stderr).toMatch(/; 1 record written in [\d.]+ s \([\d.]+ kB\/s\)\n$/);
  });

  it('after SIGTERM with output on stdout, it does not claim that no partial file was left', async () => {
    const corpus = join(tmp, 'corpus');
    mkdirSync(corpus);
    const seeds = readdirSync(join(ROOT, 'seeds'));
    for (let i = 0; i < 300; i++) copyFileSync(join(ROOT, 'seeds', seeds[i % seeds.length]), join(corpus, `${i}.txt`));
    const child = spawnCli(['extract', corpus, '-f', 'ndjson', '-j', '1']);
    child.stdin!.end();
    let stderr = '';
    child.stderr!.on('data', (c: Buffer) => { stderr += c.toString(); });
    // the first record on stdout: the run is under way
    await new Promise<void>((resolve) => child.stdout!.once('data', () => resolve()));
    child.stdout!.resume();
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(code).toBe(143);
    expect(stderr).toContain('interrupted by SIGTERM; stdout ends at the last whole record.');
    expect(stderr).not.toContain('partial output file');
  });
});
