import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blockNoise, filterBlocks, wordCount } from './filter.js';
import type { Block } from './blocks.js';

const blk = (text: string, extra: Partial<Block> = {}): Block => ({ text, linkChars: 0, tag: 'P', afterImage: false, ...extra });
const PROSE = 'The harbour authority said on Tuesday that the new ferry terminal would open in March, two months later than planned.';

const LINES: [string, Block, string | null][] = [
  ['an advertisement label', blk('Advertisement'), 'boilerplate line'],
  ['a newsletter call', blk('Sign up for our daily newsletter to get the latest news in your inbox.'), 'promo/bio'],
  ['an author bio', blk('Dana Whitlock is a reporter for the Meridian Wire covering energy.'), 'promo/bio'],
  ['a photo credit', blk('Harbour Road after the storm (Image: Jan Kowal)'), 'caption/credit'],
  ['a copyright line', blk('© 2024 Valden Courier Media. All rights reserved.'), 'promo/bio'],
  ['an update stamp', blk('Updated Nov 19, 6:55 AM'), 'date/byline line'],
  ['a byline', blk('By Rui Costa and Ana Lind'), 'date/byline line'],
  ['a wire sign-off', blk('(Reporting by Sam Ilves; Editing by Dana Whitlock)'), 'wire sign-off'],
  ['ordinary prose', blk(PROSE), null],
  ['a quote that mentions subscribers', blk('"We signed up 9,000 subscribers in a week," she said.'), null],
];
for (const [name, b, want] of LINES) {
  test(`blockNoise judges ${name} as ${want ?? 'text'}`, () => assert.equal(blockNoise(b), want));
}

test('filterBlocks drops a run of linked lines but keeps a lone linked line inside the story', () => {
  const removed: { text: string; reason: string }[] = [];
  const lone = blk('Ferry operator names new chief', { linkChars: 30 });
  const out = filterBlocks([blk(PROSE), lone, blk(PROSE), blk('Island population falls', { linkChars: 23, tag: 'LI' }),
    blk('Harbour upgrade delayed again', { linkChars: 29, tag: 'LI' })], removed);
  assert.deepEqual(out.map((b) => b.text), [PROSE, lone.text, PROSE]);
  assert.deepEqual(removed.map((r) => r.reason), ['link list', 'link list']);
});

test('filterBlocks drops kicker and date lines above the first paragraph but keeps a short lead sentence', () => {
  const out = filterBlocks([blk('Business'), blk('Published 2 hours ago'), blk('Remember the long harbour dispute last year?'), blk(PROSE)], []);
  assert.deepEqual(out.map((b) => b.text), ['Remember the long harbour dispute last year?', PROSE]);
});

test('filterBlocks drops a short non-sentence under an image, but not in a photo essay', () => {
  const article = [blk(PROSE), blk('The pier under repair', { afterImage: true }), blk(PROSE), blk(PROSE), blk(PROSE)];
  assert.equal(filterBlocks(article, []).length, 4);
  const essay = [blk(PROSE), blk('Dawn over the harbour', { afterImage: true }), blk('Nets drying on the quay', { afterImage: true })];
  assert.equal(filterBlocks(essay, []).length, 3);
});

test('wordCount counts CJK text by characters', () => {
  assert.equal(wordCount('two words'), 2);
  assert.ok(wordCount('一波波接續性低溫寒流報到已將新竹尖石鄉') >= 9);
});
