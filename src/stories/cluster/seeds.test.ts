import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { StoryClusterer } from './clusterer.js';
import { standInEntities } from './stand-in.js';

const DIR = '../shared/seeds';
// Publication dates of the five seed reports (as the cleaner reads them from their datelines).
const PUBLISHED = ['2023-11-04', '2023-11-04', '2025-04-23', '2025-03-11', '2025-03-11'];

test('clusters the seed reports into three linked episodes of the Ukraine peace-talks story', { skip: !existsSync(DIR) && 'needs ../shared/seeds' }, () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();
  const c = new StoryClusterer();
  // Fed in publication order, as a live stream would deliver them.
  const order = [0, 1, 3, 4, 2];
  for (const i of order) {
    const text = readFileSync(`${DIR}/${files[i]}`, 'utf8');
    c.add({ id: files[i].slice(0, 3), title: null, text, published: PUBLISHED[i], entities: standInEntities(text) });
  }
  const stories = c.stories().map((s) => [s.articles.join('+'), s.previous]);
  assert.deepEqual(stories, [['000+001', null], ['003+004', '000'], ['002', '003']]);
});
