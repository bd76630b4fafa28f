/**
 * Screenshots of the web UI on the demo corpus, for the README: story list, a story page, the reader opened
 * on a claim, and the story page at phone width. Ingests demo/corpus into a temporary database, builds the
 * UI into a temporary folder, serves it on a free port and drives Debian's Chromium with playwright-core.
 * Usage: node --import tsx scripts/screenshots.ts [outDir=docs/screenshots]
 */
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { SqliteStore } from '../src/store/sqlite/store.js';
import { ingestPaths } from '../src/pipeline/ingest.js';
import { startServer } from '../src/server/start.js';

const SHOTS = {
  chromium: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  desktop: { width: 1280, height: 900 },
  /** The story page is long; its first screens show header, coverage, summary, timeline and claims. */
  tall: { width: 1280, height: 2400 },
  phone: { width: 390, height: 844 },
  /** The demo story shown (the dam burst: five outlets, disputed death tolls); else the largest. */
  story: /Keld dam/i,
};

const outDir = process.argv[2] ?? 'docs/screenshots';
const tmp = mkdtempSync(join(tmpdir(), 'crosscheck-shots-'));
const store = SqliteStore.open(join(tmp, 'demo.db'));
await ingestPaths(['demo/corpus'], store);
execFileSync(process.execPath, ['scripts/build-ui.mjs', '--out-dir', join(tmp, 'ui')], { stdio: 'inherit' });
const server = await startServer({ store, port: 0, uiDir: join(tmp, 'ui') });
const browser = await chromium.launch({ executablePath: SHOTS.chromium, args: SHOTS.args });
try {
  mkdirSync(outDir, { recursive: true });
  const page = await browser.newPage({ viewport: SHOTS.desktop, deviceScaleFactor: 1 });
  await page.goto(server.url);
  await page.waitForSelector('.story-card');
  await page.screenshot({ path: join(outDir, 'story-list.png'), fullPage: true });
  const { items } = await store.stories({ sort: 'size', limit: 20 });
  const shown = items.find((x) => SHOTS.story.test(x.title)) ?? items[0];
  await page.goto(`${server.url}#/story/${shown.id}`);
  await page.waitForSelector('.block-claims');
  await page.setViewportSize(SHOTS.tall);
  await page.screenshot({ path: join(outDir, 'story.png') });
  await page.setViewportSize(SHOTS.desktop);
  await page.locator('.claim-row.differs, .claim-row').first().click();
  await page.waitForSelector('.focus-start');
  await page.screenshot({ path: join(outDir, 'reader.png') });
  const phone = await browser.newPage({ viewport: SHOTS.phone, deviceScaleFactor: 1 });
  await phone.goto(`${server.url}#/story/${shown.id}`);
  await phone.waitForSelector('.block-claims');
  await phone.screenshot({ path: join(outDir, 'story-phone.png') });
  console.log(`screenshots → ${outDir}`);
} finally {
  await browser.close();
  await server.close();
  await store.close();
  rmSync(tmp, { recursive: true, force: true });
}
