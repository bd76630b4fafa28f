/** `story <prefix>`: a unique id prefix finds the story through the store's range lookup; an ambiguous one names candidates. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureStore } from '../../../test/browser/fixtures.js';
import { findStory } from './read.js';

test('finds a story by its id, by a unique prefix, and names the candidates of an ambiguous prefix', async () => {
  const store = await fixtureStore(12, 1); // s0000 … s0011
  try {
    assert.equal((await findStory(store, 's0003')).id, 's0003');
    await assert.rejects(findStory(store, 's001'), /ambiguous; it starts s0010, s0011 — give more characters/);
    await assert.rejects(findStory(store, 's0'), /s0000, s0001, .*s0009, and more/);
    await assert.rejects(findStory(store, 'x'), /no story "x"/);
    assert.equal((await findStory(store, 's0011')).id, 's0011');
  } finally {
    await store.close();
  }
});
