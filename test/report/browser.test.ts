// End to end: write the report, open it from disk in headless Chromium with
// the network unused, and check that it renders without console errors.
// CI installs Chromium with: apt-get update && apt-get install -y chromium

import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { renderHtmlReport } from '../../src/report/html/page.js';
import type { DocumentRecord } from '../../src/types.js';
import { generateCorpus, makeHostileCorpus } from './make-records.js';

const CHROMIUM = process.env.CSTO_CHROMIUM || '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

if (!HAVE_CHROMIUM) {
  console.warn(`browser.test.ts: skipped, ${CHROMIUM} not found (install it with: apt-get update && apt-get install -y chromium)`);
}

interface Opened {
  page: Page;
  errors: string[];
  warnings: string[];
  requests: string[];
}

describe.skipIf(!HAVE_CHROMIUM)(`HTML report in headless Chromium (${CHROMIUM})`, () => {
  let context: BrowserContext;
  let profile: string;

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    mkdirSync(ARTIFACTS, { recursive: true });
    profile = mkdtempSync(join(tmpdir(), 'csto-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport: { width: 1300, height: 900 },
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  async function open(name: string, docs: DocumentRecord[]): Promise<Opened> {
    const file = join(ARTIFACTS, `${name}.html`);
    writeFileSync(file, renderHtmlReport(docs, { title: `csto-extract report: ${name}` }));
    const page = await context.newPage();
    const o: Opened = { page, errors: [], warnings: [], requests: [] };
    page.on('console', (m) => {
      if (m.type() === 'error') o.errors.push(m.text());
      if (m.type() === 'warning') o.warnings.push(m.text());
    });
    page.on('pageerror', (e) => o.errors.push(`pageerror: ${e.message}`));
    page.on('dialog', (d) => {
      o.errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    page.on('request', (r) => {
      if (!r.url().startsWith('file:') && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) o.requests.push(r.url());
    });
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
    return o;
  }

  const visibleRows = (page: Page): Promise<number> =>
    page.$$eval('#events-table tbody tr.event-row', (rows) => rows.filter((r) => !(r as HTMLElement).hidden).length);

  it('renders the generated corpus: timeline, table, places, network', async () => {
    const docs = generateCorpus({ count: 500 });
    const nEvents = docs.reduce((n, d) => n + d.events.length, 0);
    const { page, errors, warnings, requests } = await open('report-generated', docs);

    // Timeline: a Vega view with data and SVG bars.
    const bars = await page.$$('#timeline svg .mark-rect path');
    expect(bars.length).toBeGreaterThan(20);
    expect(await page.$$('#places-chart svg .mark-rect path')).not.toHaveLength(0);
    expect((await page.$$('#network svg .mark-symbol path')).length).toBeGreaterThan(5);
    expect(await page.evaluate(() => Object.keys((window as any).__reportViews).sort())).toEqual(['network', 'places-chart', 'timeline']);

    // Table: one row per event and the count says so.
    expect(await page.textContent('#events-count')).toBe(String(nEvents));
    expect(await page.$$eval('#events-table tbody tr.event-row', (r) => r.length)).toBe(nEvents);
    expect(await visibleRows(page)).toBe(nEvents);
    await page.screenshot({ path: join(ARTIFACTS, 'report-generated.png'), fullPage: true });
    await page.locator('#network-section').screenshot({ path: join(ARTIFACTS, 'report-network.png') });

    // Expand the first row: its sentence shows the trigger highlighted.
    await page.click('#events-table tbody tr.event-row button.toggle');
    const trigger = await page.textContent('#events-table tbody tr.event-row td:nth-child(6)');
    expect(await page.textContent('#events-table tr.event-detail mark.hl-trigger')).toBe(trigger);
    expect(await page.getAttribute('#events-table tr.event-detail p.sentence', 'dir')).toBe('rtl');
    expect(await page.$$('#events-table tr.event-detail mark.hl-actor, #events-table tr.event-detail mark.hl-place')).not.toHaveLength(0);

    // Filter by type.
    await page.selectOption('#filter-type', 'AID');
    const nAid = docs.flatMap((d) => d.events).filter((e) => e.type === 'AID').length;
    expect(await page.textContent('#events-count')).toBe(String(nAid));
    expect(await visibleRows(page)).toBe(nAid);
    await page.click('#filter-clear');
    expect(await visibleRows(page)).toBe(nEvents);

    // Clicking a bar filters the table to that period and type.
    await bars[Math.floor(bars.length / 2)].click();
    await page.waitForSelector('#timeline-filter:not([hidden])');
    const shown = Number(await page.textContent('#events-count'));
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(nEvents);
    expect(await visibleRows(page)).toBe(shown);
    const types = await page.$$eval('#events-table tbody tr.event-row:not([hidden])', (rows) => [...new Set(rows.map((r) => r.getAttribute('data-type')))]);
    expect(types).toHaveLength(1);
    await page.screenshot({ path: join(ARTIFACTS, 'report-generated-filtered.png') });

    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  }, 60_000);

  it('renders an empty corpus without console errors', async () => {
    const { page, errors, requests } = await open('report-empty', []);
    expect(await page.textContent('#events-count')).toBe('0');
    expect(await visibleRows(page)).toBe(0);
    expect(await page.textContent('#timeline')).toContain('No dated events');
    await page.screenshot({ path: join(ARTIFACTS, 'report-empty.png'), fullPage: true });
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  }, 60_000);

  it('renders documents without events, and hostile text as text', async () => {
    const noEvents = generateCorpus({ count: 20, seed: 5 }).map((d) => ({ ...d, events: [] }));
    const a = await open('report-no-events', noEvents);
    expect(await a.page.textContent('#events-count')).toBe('0');
    expect(await a.page.$$('#places-chart svg')).toHaveLength(1);
    expect(a.errors).toEqual([]);
    await a.page.close();

    const b = await open('report-hostile', makeHostileCorpus());
    await b.page.click('#events-table tbody tr.event-row button.toggle');
    expect(await b.page.textContent('#events-table tr.event-detail p.sentence')).toContain('<script>alert(1)</script>');
    expect(await b.page.$$('#events-table script, #entities-table img, #places-table svg')).toHaveLength(0);
    await b.page.screenshot({ path: join(ARTIFACTS, 'report-hostile.png'), fullPage: true });
    expect(b.errors).toEqual([]);
    await b.page.close();
  }, 60_000);
});

if (!HAVE_CHROMIUM) {
  describe('HTML report in headless Chromium', () => {
    it.skip(`skipped: ${CHROMIUM} not found; CI installs it with "apt-get update && apt-get install -y chromium"`, () => {});
  });
}
