/** POST /api/ingest through the real pipeline (clean → analyse → engine → store) with fictional reports. */
import { test } from 'node:test';
import assert from 'node:assert/strict';

const json = (r: Response): Promise<any> => r.json();
import { createApp } from './app.js';
import { SqliteStore } from '../store/sqlite/store.js';
import { REPORTS } from '../../test/browser/fixtures.js';

const post = (app: ReturnType<typeof createApp>, body: unknown) =>
  app.request('/api/ingest', { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });

test('ingests posted reports into one story, and re-posting them adds nothing', async () => {
  const store = SqliteStore.open(':memory:');
  const app = createApp({ store, uiDir: null });
  const first = await post(app, REPORTS);
  assert.equal(first.status, 201);
  const r = await json(first);
  assert.equal(r.added, 3);
  assert.equal(r.stories.length, 1);
  const story = await json(await app.request(`/api/stories/${r.stories[0]}`));
  assert.equal(story.outlets.length, 3);
  assert.ok(story.outlets.includes('Harbour Gazette'));
  assert.equal(story.coverage.days.length, 3);
  const again = await post(app, REPORTS[0]);
  assert.equal(again.status, 200);
  assert.deepEqual(await json(again), { read: 1, added: 0, unchanged: 1, rejected: [], stories: [] });
  await store.close();
});

test('answers 422 with the reasons when no posted report can be used', async () => {
  const store = SqliteStore.open(':memory:');
  const r = await post(createApp({ store, uiDir: null }), [{ text: 'Too short.' }]);
  assert.equal(r.status, 422);
  const body = await json(r);
  assert.equal(body.error.code, 'REJECTED');
  assert.equal(body.rejected[0].code, 'NO_TEXT');
  await store.close();
});
