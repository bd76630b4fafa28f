import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDoc } from './dom.js';
import { restoreDropped } from './restore.js';
import type { Block } from './blocks.js';

const P = [
  'The regional water board in Tessel voted on Thursday to raise household tariffs by 6 percent from January, the first increase in four years.',
  'Board chair Miriam Osei said the increase would add about 2.40 euros a month to a typical bill, and that repairs could not wait any longer.',
  'Consumer groups criticised the decision and called on the regional assembly to review the plan before it takes effect next year.',
];
const PAGE = `<html><body><article><p>${P[0]}</p><div class="ad-slot"></div><div class="x"><p>${P[1]}</p></div><p>${P[2]}</p>
<aside><p>Sign up for our weekly water-policy briefing, the best way to follow the tariff debate from your inbox.</p></aside></article></body></html>`;
const blk = (text: string): Block => ({ text, linkChars: 0, tag: 'P', afterImage: false });

test('puts back, in page order, a prose paragraph Readability dropped between two kept ones', () => {
  const removed: { text: string; reason: string }[] = [];
  const out = restoreDropped(parseDoc(PAGE), [blk(P[0]), blk(P[2])], removed);
  assert.deepEqual(out.map((b) => b.text), P);
  assert.equal(removed[0].reason, 'restored: dropped by Readability');
});

test('does not restore furniture, or what the post-pass dropped on purpose', () => {
  const removed = [{ text: P[1], reason: 'promo/bio' }];
  const out = restoreDropped(parseDoc(PAGE), [blk(P[0]), blk(P[2])], removed);
  assert.deepEqual(out.map((b) => b.text), [P[0], P[2]]);
});
