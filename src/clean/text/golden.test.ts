import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanText } from './index.js';

const DIR = 'test/fixtures/text';

for (const slug of readdirSync(DIR).sort()) {
  test(`cleans the "${slug}" text dump as its golden fixture says`, () => {
    const r = cleanText(readFileSync(join(DIR, slug, 'source.txt'), 'utf8'), {});
    const want = JSON.parse(readFileSync(join(DIR, slug, 'expected.json'), 'utf8'));
    assert.deepEqual({ title: r.title, outlet: r.outlet, author: r.author, published: r.published, text: r.text },
      { title: want.title, outlet: want.outlet, author: want.author, published: want.published, text: want.text });
    if (want.reasons) assert.deepEqual(r.removed.map((x) => x.reason), want.reasons);
    for (const s of want.mustNotContain ?? []) assert.ok(!r.text.includes(s), `text still contains "${s}"`);
  });
}

const SEEDS = '../shared/seeds';
const seed = (prefix: string) => readFileSync(join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith(prefix))!), 'utf8');

test('reads the date, author and outlet the seed reports state', { skip: !existsSync(SEEDS) && 'needs ../shared/seeds' }, () => {
  const got = ['000', '001', '002', '003', '004'].map((p) => { const r = cleanText(seed(p), {}); return [r.published, r.author, r.outlet]; });
  assert.deepEqual(got, [
    ['2023-11-04T13:11', 'Guy Faulconbridge', 'Reuters'],
    ['2023-11-04T10:09', 'Marta Gichko', null],
    [null, null, 'Newspoint'],
    [null, null, null],
    [null, null, 'The Independent'],
  ]);
});

test('keeps none of the login/comment chrome of seed 004 and at most one copy of headline and caption', { skip: !existsSync(SEEDS) && 'needs ../shared/seeds' }, () => {
  const r = cleanText(seed('004'), {});
  for (const s of ['Leave a Reply', 'Log In', 'Log in', 'Forgot password', 'Privacy Policy', 'Add to Collection', 'Your email address', 'THR INDEPENDENT']) {
    assert.ok(!r.text.includes(s), s);
  }
  assert.ok(r.text.split('US and Ukraine hold crucial talks in Saudi Arabia').length <= 2);
  assert.ok(r.text.split('An investigator looks at the damage').length <= 2);
  assert.ok(r.text.startsWith('The US and Ukraine are currently locked in crunch talks'));
  assert.ok(r.text.endsWith('see how far apart we truly are…'));
});
