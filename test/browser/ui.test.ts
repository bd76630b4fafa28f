/**
 * The web UI in a real browser (Debian's Chromium driven by playwright-core): the story list loads, a story
 * opens, a claim row opens its report scrolled to the highlighted span, search finds a quote, and a hostile
 * report (script tags, onerror, javascript: links in its HTML, text and metadata) renders as inert text.
 * Each test starts its own server on a free port over a fresh database filled through the real pipeline.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium, type Browser, type Page } from 'playwright-core';
import { SqliteStore } from '../../src/store/sqlite/store.js';
import { ingestDocuments } from '../../src/pipeline/ingest.js';
import { startServer } from '../../src/server/start.js';
import { toRawDocument } from '../../src/server/query.js';
import { HOSTILE, REPORTS, fixtureStore } from './fixtures.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const skip = !existsSync(CHROMIUM) && `needs Chromium at ${CHROMIUM}`;

let browser: Browser;
let tmp: string;
before(async () => {
  if (skip) return;
  tmp = mkdtempSync(join(tmpdir(), 'cc-browser-'));
  execFileSync(process.execPath, ['scripts/build-ui.mjs', '--out-dir', join(tmp, 'ui')], { stdio: 'ignore' });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
});
after(async () => {
  await browser?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** A server over a fresh database with the fictional reports (and the hostile ones), and a page on it. */
async function session(t: { after(fn: () => Promise<void>): void }): Promise<{ page: Page; url: string; dialogs: string[]; errors: string[] }> {
  const store = SqliteStore.open(join(mkdtempSync(join(tmp, 'db-')), 'ui.db'));
  await ingestDocuments([...REPORTS.map(toRawDocument), ...HOSTILE], store);
  const server = await startServer({ store, port: 0, uiDir: join(tmp, 'ui') });
  const context = await browser.newContext({ viewport: { width: 1000, height: 600 } });
  context.setDefaultTimeout(60_000); // the machine is shared; a cold Chromium can be slow
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  // CSP violations and script errors show up as console errors.
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  t.after(async () => { await context.close(); await server.close(); await store.close(); });
  return { page, url: server.url, dialogs, errors };
}

test('loads the stories into the list with a sparkline each, without console errors', { skip }, async (t) => {
  const { page, url, errors } = await session(t);
  await page.goto(url);
  const card = page.locator('.story-card').first();
  await card.waitFor();
  assert.match(await card.locator('h2').innerText(), /Ferry sinks off Varnholm/);
  assert.match(await card.locator('.meta').innerText(), /^5 reports · 5 outlets/);
  assert.ok(await card.locator('svg.spark rect').count() >= 2);
  assert.match(await card.locator('.badge.disagree').innerText(), /^\d+ DISPUTED FIGURES?$/i);
  assert.deepEqual(errors, []);
});

test('opens a story with its coverage chart, claims, quotes and actors', { skip }, async (t) => {
  const { page, url, errors } = await session(t);
  await page.goto(url);
  await page.locator('.story-card h2 a').first().click();
  await page.locator('.story-head h1').waitFor();
  assert.match(page.url(), /#\/story\//);
  assert.ok(await page.locator('svg.grid a circle').count() >= 4, 'each coverage dot links to a report');
  assert.match(await page.locator('table.verdict-disagree caption').first().innerText(), /people killed/);
  assert.equal(await page.locator('table.verdict-disagree .claim-row.differs .figure').first().innerText(), '13');
  assert.match(await page.locator('table.verdict-updated caption .series').first().innerText(), /^≥ 12 \(4 May 2026\) → 15 \/ 13 \(5 May 2026\) → 15 \(6 May 2026\)/);
  // One table per quantity: the disagreement and the updated count of "people killed" are the same table.
  assert.equal(await page.locator('table.claim:not(.verdict-single) caption .subject', { hasText: 'people killed' }).count(), 1);
  assert.ok((await page.locator('.quote blockquote').allInnerTexts()).some((q) => q.includes('The sea was like a wall')));
  const reported = (await page.locator('.quote blockquote').allInnerTexts()).filter((q) => /^reported:/i.test(q));
  assert.ok(reported.some((q) => /^reported:\s*15 people had been killed/i.test(q)), `reported speech is labelled, without "that": ${reported.join(' | ')}`);
  assert.ok((await page.locator('.quote blockquote').allInnerTexts()).every((q) => !/^reported:/i.test(q) || !/^reported:\s*["“]/i.test(q)), 'direct quotes are not labelled reported');
  assert.ok((await page.locator('.actor-name').allInnerTexts()).includes('Ivo Santer'));
  assert.deepEqual(errors, []);
  await page.setViewportSize({ width: 375, height: 740 });
  const widths = await page.evaluate(() => {
    const d = (globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }).document;
    return [d.documentElement.scrollWidth, d.documentElement.clientWidth];
  });
  assert.ok(widths[0] <= widths[1], `no sideways scrolling on a phone (${widths.join(' > ')})`);
  await page.locator('svg.grid a').first().click();
  await page.locator('.reader-text').waitFor();
  assert.match(page.url(), /#\/article\/[0-9a-f]+\?from=/);
});

test('clicking a claim row opens the source report scrolled to the highlighted span', { skip }, async (t) => {
  const { page, url, errors } = await session(t);
  await page.goto(url);
  await page.locator('.story-card h2 a').first().click();
  const row = page.locator('table.verdict-disagree .claim-row.differs').first();
  const wording = await row.locator('td').last().innerText();
  await row.locator('td.figure').click();
  const focus = page.locator('.reader-text .focus-start');
  await focus.waitFor();
  assert.match(page.url(), /#\/article\/[0-9a-f]+\?s=\d+&e=\d+/);
  const marked = (await page.locator('.reader-text .m-focus').allInnerTexts()).join('');
  assert.equal(marked, wording);
  const inView = await focus.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= (globalThis as unknown as { innerHeight: number }).innerHeight;
  });
  assert.ok(inView, 'the highlighted span is scrolled into view');
  assert.deepEqual(errors, []);
});

test('search finds a quote, marks the hit and opens the report at it', { skip }, async (t) => {
  const { page, url } = await session(t);
  await page.goto(url);
  await page.locator('.story-card').first().waitFor();
  await page.keyboard.press('/');
  await page.keyboard.type('wall');
  await page.keyboard.press('Enter');
  await page.locator('.result').first().waitFor();
  assert.match(await page.locator('.result .snippet').first().innerText(), /The sea was like a wall/);
  assert.equal(await page.locator('.result .snippet mark').first().innerText(), 'wall');
  await page.locator('.result h2 a').first().click();
  await page.locator('.reader-text .focus-start').waitFor();
  assert.equal(await page.locator('.reader-text .focus-start').innerText(), 'wall');
});

test('renders the hostile report as inert text everywhere', { skip }, async (t) => {
  const { page, url, dialogs } = await session(t);
  await page.goto(url);
  await page.locator('.story-card').first().waitFor();
  const views = ['#/', `#/search?q=council`];
  await page.locator('.story-card h2 a').first().click();
  await page.locator('.story-head h1').waitFor();
  views.push(new URL(page.url()).hash);
  const readers = await page.locator('.members a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  views.push(...readers);
  const shown: string[] = [];
  for (const hash of views) {
    await page.goto(`${url}${hash}`);
    await page.locator('main h1').first().waitFor();
    await page.waitForTimeout(50);
    const state = await page.evaluate(() => {
      const d = (globalThis as unknown as { document: { querySelectorAll(s: string): ArrayLike<{ getAttribute(n: string): string | null }> ; body: { innerText: string } }; __pwned?: unknown });
      const scripts = Array.from(d.document.querySelectorAll('script')).map((s) => s.getAttribute('src'));
      return {
        pwned: d.__pwned, scripts,
        imgs: d.document.querySelectorAll('main img').length,
        jsLinks: Array.from(d.document.querySelectorAll('a')).filter((a) => /^\s*javascript:/i.test(a.getAttribute('href') ?? '')).length,
        handlers: Array.from(d.document.querySelectorAll('main *')).filter((e) => (e as unknown as { getAttributeNames(): string[] }).getAttributeNames().some((n) => n.startsWith('on'))).length,
        text: d.document.body.innerText,
      };
    });
    assert.equal(state.pwned, undefined, hash);
    assert.ok(state.scripts.every((s) => s !== null && s.startsWith('/assets/')), `${hash}: only the UI's own script tags`);
    assert.equal(state.imgs, 0, hash);
    assert.equal(state.jsLinks, 0, hash);
    assert.equal(state.handlers, 0, hash);
    if (hash.includes('article')) shown.push(await page.locator('.reader-text').innerText());
  }
  assert.ok(shown.some((text) => text.includes('<script>alert(1)</script> and <img src=x onerror="window.__pwned=1">')), 'the markup is shown as words');
  assert.deepEqual(dialogs, []);
});

test('pages through a long story list and filters by an actor', { skip }, async (t) => {
  const store = await fixtureStore(25, 1);
  const server = await startServer({ store, port: 0, uiDir: join(tmp, 'ui') });
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
  context.setDefaultTimeout(60_000);
  t.after(async () => { await context.close(); await server.close(); await store.close(); });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.locator('.story-card').first().waitFor();
  assert.equal(await page.locator('.story-card').count(), 20);
  assert.equal(await page.locator('.pager .muted').innerText(), '1–20 of 25');
  await page.locator('.pager a[rel=next]').click();
  await page.locator('.pager a[rel=prev]').waitFor();
  assert.equal(await page.locator('.story-card').count(), 5);
  await page.locator('.story-card h2 a').first().click();
  await page.locator('.actor-name').first().click();
  await page.locator('.active-filters').waitFor();
  assert.match(await page.locator('.lede').innerText(), /^25 stories .* mentioning PER:edda-rusk/);
});

test('works from the keyboard: skip link, visible focus, Enter on a claim link opens the report', { skip }, async (t) => {
  const { page, url } = await session(t);
  await page.goto(url);
  await page.locator('.story-card').first().waitFor();
  const active = () => page.evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string; tagName: string } } }).document.activeElement.tagName);
  assert.equal(await active(), 'H1', 'a new view moves focus to its heading');
  await page.locator('.skip').focus();
  await page.keyboard.press('Enter');
  assert.equal(await active(), 'MAIN', 'the skip link moves focus to the content without touching the route');
  assert.match(page.url(), /\/(#\/)?$/);
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => {
    type El = { tagName: string };
    const g = globalThis as unknown as { document: { activeElement: El }; getComputedStyle(e: El): { outlineStyle: string; outlineWidth: string } };
    const s = g.getComputedStyle(g.document.activeElement);
    return { tag: g.document.activeElement.tagName, style: s.outlineStyle, width: s.outlineWidth };
  });
  assert.notEqual(outline.style, 'none', `focused ${outline.tag} shows an outline`);
  assert.notEqual(outline.width, '0px');
  await page.locator('.story-card h2 a').first().focus();
  await page.keyboard.press('Enter');
  const link = page.locator('table.verdict-disagree .claim-row td:last-child a').first();
  await link.focus();
  await page.keyboard.press('Enter');
  await page.locator('.reader-text .focus-start').waitFor();
});
