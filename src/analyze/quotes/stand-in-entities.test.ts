import { test } from 'node:test';
import assert from 'node:assert/strict';
import { standInEntities } from './stand-in-entities.js';

test('types capitalised runs by their context and links surnames to the full name', () => {
  const text = 'President Ana Lenz met the Harbour Council. Later Lenz said the deal was done.';
  const got = standInEntities(text).map((e) => [e.text, e.type, e.canonical]);
  assert.deepEqual(got, [
    ['Ana Lenz', 'PER', 'Ana Lenz'],
    ['Harbour Council', 'ORG', 'Harbour Council'],
    ['Lenz', 'PER', 'Ana Lenz'],
  ]);
});
